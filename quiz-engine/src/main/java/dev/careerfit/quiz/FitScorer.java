package dev.careerfit.quiz;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.bank.Dimension;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.RoleComparison;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Scores a person's answers against every role of a catalog (docs/scoring.md). Immutable and safe to
 * share between threads; create one with {@link FitScorers}. Creating one reads every role's level on
 * every dimension once.
 *
 * <pre>{@code
 * FitScorer scorer = FitScorers.create(CareerCatalog.builder().build());
 * Answers answers = QuizJson.readAnswers(Path.of("me.yaml"), scorer);
 * ScoringProfile me = scorer.profile(answers);              // checked once; reuse it, from any thread
 * RoleComparison best = scorer.compareAll(me, 10);          // the ten best-fitting occupations
 * FitReport report = scorer.score(me, "15-2051.00");        // why, with rank and percentile
 * List<RankedRole> many = scorer.best(me, 100);             // the fast path: scores and ranks only
 * }</pre>
 *
 * <p>Every method that takes answers checks them first and throws one {@link InvalidDataException}
 * listing every problem: another bank version, an unknown role, unknown question ids, values out of
 * range, duplicate answers.
 *
 * @since 0.1
 */
public interface FitScorer {

    CareerCatalog catalog();

    /** The question bank, with a self-rating question for every skill the catalog's roles require. */
    QuestionBank bank();

    /** The scoring dimensions, from the bank: interests, work values, work factors. */
    default List<Dimension> dimensions() {
        return bank().dimensions();
    }

    ScoringSettings settings();

    /**
     * What the bank cannot measure well for this catalog: its own {@linkplain QuestionBank#warnings()
     * warnings} (a provider's question document left out, a factor a provider declares with no questions),
     * work factors roles are rated on that no dimension
     * or question measures, dimensions without questions, statements not balanced between the two keys.
     * Empty when covered.
     */
    List<Problem> warnings();

    /** Every problem with {@code answers} (and the extra {@code roles}), without throwing; empty when fine. */
    List<Problem> check(Answers answers, Collection<String> roles);

    /**
     * {@code answers} checked once and held as the person's vectors, to score the same person many times (and
     * from many threads).
     *
     * @throws InvalidDataException listing every problem with the answers
     */
    ScoringProfile profile(Answers answers);

    /** The {@code limit} best-fitting roles by the fast path: scores and ranks only, for many people at once. */
    List<RankedRole> best(ScoringProfile person, int limit);

    /** The {@code limit} best-fitting roles with intervals, bands, percentiles and close calls. */
    RoleComparison compareAll(ScoringProfile person, int limit);

    /** The report for {@code roleId}, with its rank and percentile among every scored role. */
    FitReport score(ScoringProfile person, String roleId);

    /** The report for the role the answers name. */
    FitReport score(Answers answers);

    /** The report for {@code roleId}, with its rank and percentile among every scored role. */
    FitReport score(Answers answers, String roleId);

    /** The score, interval, band, rank and percentile for {@code roleId}, without the explanation. */
    FitEstimate estimate(Answers answers, String roleId);

    /** {@code roleIds} ranked by fit (ranks and percentiles among every role), with close calls. */
    RoleComparison compare(Answers answers, Collection<String> roleIds);

    /**
     * The self-rating questions for the skills {@code roleId} asks (the guides' skills, and the O*NET skills
     * rated important to an occupation), most important first: what readiness compares.
     */
    List<Question> skillQuestions(String roleId);

    /**
     * Advice for an adaptive quiz on {@code answers}: the open question (not in {@code asked}) most likely
     * to change the {@code top} roles, and whether they are settled.
     */
    QuizAdvice advise(Answers answers, Set<String> asked, int top);

    /** Every role of the catalog ranked by fit. */
    default RoleComparison compareAll(Answers answers) {
        return compareAll(answers, Integer.MAX_VALUE);
    }

    /** The {@code limit} best-fitting roles of the catalog, best first. */
    RoleComparison compareAll(Answers answers, int limit);
}
