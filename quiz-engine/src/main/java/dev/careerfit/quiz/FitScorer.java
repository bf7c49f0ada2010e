package dev.careerfit.quiz;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.RoleComparison;
import java.util.Collection;
import java.util.List;

/**
 * Scores a person's answers against the roles of a catalog. Immutable and safe to share between
 * threads; create one with {@link FitScorers}.
 *
 * <pre>{@code
 * FitScorer scorer = FitScorers.create(CareerCatalog.builder().build());
 * Answers answers = QuizJson.readAnswers(Path.of("me.yaml"), scorer);
 * FitReport report = scorer.score(answers, "ml-engineer");
 * System.out.println(report.toText());
 * RoleComparison ranking = scorer.compareAll(answers);
 * }</pre>
 *
 * <p>Every method that takes answers checks them first and throws one {@link InvalidDataException}
 * listing every problem: a different bank version, an unknown role, unknown question ids, values out
 * of range, duplicate answers.
 *
 * @since 0.1
 */
public interface FitScorer {

    CareerCatalog catalog();

    /** The question bank, with a self-rating question for every skill the catalog's roles require. */
    QuestionBank bank();

    ScoringSettings settings();

    /**
     * Factors that roles have but the bank cannot measure (no or too few questions, no importance
     * question). They never count for or against a role; they widen its interval. Empty when covered.
     */
    List<Problem> warnings();

    /** Every problem with {@code answers} (and the extra {@code roles}), without throwing; empty when fine. */
    List<Problem> check(Answers answers, Collection<String> roles);

    /** The report for the role the answers name. */
    FitReport score(Answers answers);

    /** The report for {@code roleId}. */
    FitReport score(Answers answers, String roleId);

    /** The score, interval and band for {@code roleId}, without the explanation: cheaper than a report. */
    FitEstimate estimate(Answers answers, String roleId);

    /** {@code roleIds} ranked by fit, saying which neighbours are too close to separate. */
    RoleComparison compare(Answers answers, Collection<String> roleIds);

    /** Every role of the catalog ranked by fit. */
    RoleComparison compareAll(Answers answers);
}
