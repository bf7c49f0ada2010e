package dev.careerfit.web.internal;

import dev.careerfit.Api;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.Answer;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.Person;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.bank.BankListing;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.quiz.session.QuizSession;
import dev.careerfit.quiz.session.SessionState;
import dev.careerfit.role.RoleId;
import dev.careerfit.web.ResultPage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every call the web app makes to the quiz engine, in one place: reading what a request carries (answers, a quiz's
 * state), the quiz's next question, rankings and reports. Nothing is kept between requests: each one brings the
 * person's answers, so any instance can serve it.
 */
@Api(Api.Status.INTERNAL)
public final class Scoring {
    /** Occupations a result lists, as the command line's. */
    static final int SHOWN = 10;
    /** The best occupations whose reports a result explains (why they fit, the way in), as the command line's. */
    static final int EXPLAINED = 3;

    private final FitScorer scorer;

    public Scoring(FitScorer scorer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    CareerCatalog catalog() {
        return scorer.catalog();
    }

    QuestionBank bank() {
        return scorer.bank();
    }

    BankListing listing() {
        return scorer.bank().listing();
    }

    /**
     * The answers document {@code text}, checked against the bank and the catalog.
     *
     * @param where how problems name the input: "request body", or an uploaded file's name
     * @throws InvalidDataException listing every problem, each with its JSON path
     */
    Answers answers(String text, String where) {
        return QuizJson.readAnswers(text, where, scorer);
    }

    /** A new quiz, about {@code role} when it is not {@code null}. */
    QuizSession start(RoleId role) {
        return QuizSession.builder(scorer).role(role).quick(true).start();
    }

    /**
     * The quiz a page carried in its form ({@code careerfit-session/1}), checked.
     *
     * @throws InvalidDataException naming what is wrong with it, under {@code where}
     */
    QuizSession resume(String state, String where) {
        SessionState read = QuizJson.read(state, where + ".json", SessionState.class);
        try {
            return QuizSession.resume(scorer, read);
        } catch (InvalidDataException e) {
            throw new InvalidDataException(where, e.problems().stream()
                    .map(p -> new Problem(where + " " + p.where(), p.message())).toList());
        }
    }

    /** The quiz carried on from {@code answers}: the questions they answer count as asked, the next is a new one. */
    QuizSession carryOn(Answers answers, boolean quick) {
        List<QuestionId> asked = answers.answers().stream().map(Answer::question).toList();
        SessionState state = new SessionState(SessionState.FORMAT, answers.bank(), answers.bankVersion(),
                answers.role().orElse(null), quick, answers.answers(), asked, asked.size());
        return QuizSession.resume(scorer, state);
    }

    /** The {@code limit} best occupations for {@code answers}. */
    Ranking ranking(Answers answers, int limit) {
        return scorer.rank(scorer.person(answers), RankingRequest.top(limit));
    }

    /** The report on {@code role} for {@code answers}. */
    FitReport report(Answers answers, RoleId role) {
        return scorer.report(scorer.person(answers), role);
    }

    /**
     * Why {@code answers} are too few for a result, saying how many more and of what kind; empty when they are
     * enough. A ranking or report of too few answers is {@code NotEnoughAnswersException}, which the API answers 400.
     */
    Optional<String> shortfall(Answers answers) {
        return scorer.person(answers).shortfall();
    }

    /** What a result page shows for {@code answers}: the best occupations, the first few explained, the role asked. */
    ResultPage result(Answers answers) {
        Person person = scorer.person(answers);
        Ranking ranking = scorer.rank(person, RankingRequest.top(SHOWN));
        List<FitReport> best = ranking.roles().stream().filter(e -> e.score() != null).limit(EXPLAINED)
                .map(e -> scorer.report(person, e.role())).toList();
        FitReport asked = answers.role().map(role -> scorer.report(person, role)).orElse(null);
        return new ResultPage(ranking, best, asked);
    }
}
