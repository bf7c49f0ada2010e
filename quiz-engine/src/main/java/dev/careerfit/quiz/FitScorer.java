package dev.careerfit.quiz;

import dev.careerfit.Api;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Set;

/**
 * Scores a person's answers against every role of a catalog (docs/scoring.md), with four verbs: check a
 * {@linkplain #person person}, {@linkplain #rank rank} roles for them, {@linkplain #report report} on one role, and
 * {@linkplain #advise advise} an adaptive quiz's next question. Immutable and safe to share between threads;
 * create one with {@link FitScorers}.
 *
 * <pre>{@code
 * FitScorer scorer = FitScorers.create(CareerCatalog.builder().build());
 * Person me = scorer.person(QuizJson.readAnswers(Path.of("me.yaml"), scorer));   // checked once; reuse it
 * Ranking best = scorer.rank(me, RankingRequest.top(10));                         // the ten best occupations
 * FitReport why = scorer.report(me, RoleId.of("15-2051.00"));                      // why, with rank and percentile
 * }</pre>
 *
 * <p>{@link #rank} and {@link #report} give no result from too few answers: they throw
 * {@link NotEnoughAnswersException}, saying how many more are needed and of what kind
 * ({@link Person#shortfall()} says so beforehand).
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public interface FitScorer {

    /**
     * The person these answers describe, checked once against the bank and the catalog and held as the vectors
     * every role is compared with: score the same person many times, from any thread.
     *
     * @throws InvalidDataException listing every problem with the answers: another bank version, an unknown role,
     *                              unknown question ids, values out of range, duplicate answers
     */
    Person person(Answers answers);

    /**
     * Roles ranked by fit for {@code person}, as {@code request} asks: scores, intervals, bands, ranks and
     * percentiles among every scored role, and the neighbours too close to call.
     *
     * @throws NotEnoughAnswersException when the answers are too few for any result
     * @throws dev.careerfit.catalog.UnknownRoleException when the request names a role not in the catalog
     */
    Ranking rank(Person person, RankingRequest request);

    /**
     * The roles {@link #rank} gives for the same request, alone: without the person's profile, the close calls,
     * the families and the notes, which a caller writing only the roles (a batch of many people) need not pay for;
     * each role's {@linkplain FitEstimate#stability() stability} may be left null, since it takes simulated retakes.
     * None when the answer pattern withholds the verdict, as in {@link #rank}.
     *
     * @throws NotEnoughAnswersException when the answers are too few for any result
     * @throws dev.careerfit.catalog.UnknownRoleException when the request names a role not in the catalog
     * @since 0.6
     */
    default List<FitEstimate> estimates(Person person, RankingRequest request) {
        return rank(person, request).roles();
    }

    /**
     * How well {@code role} fits {@code person} and why: its rank and percentile among every scored role, the
     * reasons with their sources, deal-breakers, readiness and what would change the result.
     *
     * @throws NotEnoughAnswersException when the answers are too few for any result
     * @throws dev.careerfit.catalog.UnknownRoleException when the role is not in the catalog
     */
    FitReport report(Person person, RoleId role);

    /**
     * Advice for an adaptive quiz: the open question (not in {@code asked}) most likely to change the {@code top}
     * roles, and whether they are settled (docs/scoring.md, "Adaptive quiz").
     */
    QuizAdvice advise(Person person, Set<QuestionId> asked, int top);

    CareerCatalog catalog();

    /** The question bank, with a self-rating question for every skill the catalog's roles require. */
    QuestionBank bank();

    ScoringSettings settings();

    /**
     * What the bank cannot measure well for this catalog: its own {@linkplain QuestionBank#warnings() warnings} (a
     * provider's question document left out, a factor a provider declares with no questions), work factors roles
     * are rated on that no dimension or question measures, dimensions without questions, statements not balanced
     * between the two keys. Empty when covered.
     */
    List<Problem> warnings();

    /**
     * The self-rating questions for the skills {@code role} asks (the guides' skills, and the O*NET skills rated
     * important to an occupation), most important first: what readiness compares.
     */
    List<Question> skillQuestions(RoleId role);
}
