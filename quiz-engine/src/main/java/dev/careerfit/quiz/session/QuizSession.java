package dev.careerfit.quiz.session;

import dev.careerfit.Api;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.quiz.Answer;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.QuizAdvice;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.role.RoleId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A quiz in progress, for any front end to drive: show {@link #current()}, then {@link #answer(int)},
 * {@link #notSure()}, {@link #skip()} or {@link #back()}; {@link #progress()} says how far it is;
 * {@link #save()} gives a state that {@link #resume(FitScorer, SessionState)} continues exactly.
 *
 * <pre>{@code
 * QuizSession quiz = QuizSession.builder(scorer).role(RoleId.of("ml-engineer")).quick(true).start();
 * while (quiz.current().isPresent()) {
 *     Question q = quiz.current().get();
 *     quiz.answer(askSomehow(q));
 * }
 * FitReport report = quiz.report();      // or scorer.rank(scorer.person(quiz.answers()), ...)
 * }</pre>
 *
 * <p>Order is adaptive: the next question is the one most likely to change the top of the ranking of
 * every role (the scorer's {@link FitScorer#advise advice}). A quick session stops once that top is
 * settled, after the readiness questions; a full one asks the whole pool (docs/scoring.md, "Adaptive
 * quiz"). The role, if any, is the one the person asks about: the report says where it stands, and its
 * skill self-ratings are in the pool. Not thread-safe: one session per person.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class QuizSession {
    private final FitScorer scorer;
    private final CareerRole role;
    private final boolean quick;
    private final List<Question> pool;
    private final List<QuestionId> history;
    private Answers answers;
    private int position;
    private Question next;
    private boolean nextKnown;

    private QuizSession(FitScorer scorer, CareerRole role, boolean quick, Answers answers, List<QuestionId> history,
                        int position) {
        this.scorer = scorer;
        this.role = role;
        this.quick = quick;
        this.answers = answers;
        this.history = new ArrayList<>(history);
        this.position = position;
        this.pool = pool(scorer, role);
    }

    public static Builder builder(FitScorer scorer) {
        return new Builder(scorer);
    }

    /**
     * Continues a saved session.
     *
     * @throws InvalidDataException listing every problem: another format or bank version, unknown role or
     *                              questions, out-of-range or duplicate answers, a bad position
     */
    public static QuizSession resume(FitScorer scorer, SessionState state) {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(state, "state");
        List<Problem> problems = new ArrayList<>();
        if (!SessionState.FORMAT.equals(state.format())) {
            problems.add(new Problem("$.format", "must be '" + SessionState.FORMAT + "', was '" + Problem.quote(state.format()) + "'"));
        }
        int questions = scorer.bank().questions().size();
        if (state.answers().size() > questions || state.history().size() > questions) {
            boolean answersOver = state.answers().size() > questions;
            throw new InvalidDataException("quiz session", List.of(new Problem(answersOver ? "$.answers" : "$.history",
                    "has " + (answersOver ? state.answers() : state.history()).size() + " entries but the question "
                            + "bank has " + questions + " questions; a question is asked once")));
        }
        Answers answers = Answers.builder(state.bank(), state.bankVersion()).role(state.role())
                .addAll(state.answers()).build();
        try {
            scorer.person(answers);
        } catch (InvalidDataException e) {
            problems.addAll(e.problems());
        }
        for (int i = 0; i < state.history().size(); i++) {
            if (scorer.bank().question(state.history().get(i)).isEmpty()) {
                problems.add(new Problem("$.history[" + i + "]", "unknown question id '" + state.history().get(i) + "'"));
            }
        }
        if (state.position() < 0 || state.position() > state.history().size()) {
            problems.add(new Problem("$.position", "must be between 0 and " + state.history().size() + ", was "
                    + state.position()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException("quiz session", problems);
        }
        CareerRole role = state.role() == null ? null : scorer.catalog().requireRole(state.role().value());
        return new QuizSession(scorer, role, state.quick(), answers, state.history(), state.position());
    }

    /** The question to show now; empty when the session is finished. */
    public Optional<Question> current() {
        if (position < history.size()) {
            return scorer.bank().question(history.get(position));
        }
        if (!nextKnown) {
            next = pickNext();
            nextKnown = true;
        }
        return Optional.ofNullable(next);
    }

    /** The current answer to the current question, if it has one (after {@link #back()}). */
    public Optional<Answer> currentAnswer() {
        return current().flatMap(q -> answers.answer(q.id()));
    }

    /**
     * Answers the current question with {@code value} and moves on.
     *
     * @throws IllegalArgumentException when {@code value} is not one of the question's options
     * @throws IllegalStateException    when the session is finished
     */
    public QuizSession answer(int value) {
        Question q = requireCurrent();
        if (!q.accepts(value)) {
            throw new IllegalArgumentException("question '" + q.id() + "': " + value + " is not an allowed answer; "
                    + "use one of " + q.options().stream().map(o -> String.valueOf(o.value()))
                    .collect(Collectors.joining(", ")));
        }
        return record(Answer.of(q.id(), value));
    }

    /** Answers the current question "not sure" and moves on; it will not count, nor as zero. */
    public QuizSession notSure() {
        return record(Answer.notSure(requireCurrent().id()));
    }

    /** Skips the current question and moves on; it is not asked again unless the person goes back. */
    public QuizSession skip() {
        return record(Answer.skipped(requireCurrent().id()));
    }

    /** Goes back to the previous question, keeping its answer to show. {@code false} at the first question. */
    public boolean back() {
        if (position == 0) {
            return false;
        }
        position--;
        return true;
    }

    public boolean finished() {
        return current().isEmpty();
    }

    public Progress progress() {
        Set<QuestionId> inPool = pool.stream().map(Question::id).collect(Collectors.toSet());
        int dealt = (int) answers.answers().stream().filter(a -> inPool.contains(a.question())).count();
        return new Progress(dealt, pool.size(), position + 1, finished());
    }

    /** The answers so far, naming the session's role. */
    public Answers answers() {
        return answers;
    }

    public Optional<RoleId> role() {
        return Optional.ofNullable(role).map(CareerRole::id);
    }

    public boolean quick() {
        return quick;
    }

    /**
     * The report for the session's role on the answers so far.
     *
     * @throws dev.careerfit.quiz.NotEnoughAnswersException when the answers so far are too few for a result
     */
    public FitReport report() {
        if (role == null) {
            throw new IllegalStateException("this session has no role; score its answers() against a role instead");
        }
        return scorer.report(scorer.person(answers), role.id());
    }

    /** The state to save; {@link #resume(FitScorer, SessionState)} continues from it. */
    public SessionState save() {
        return new SessionState(SessionState.FORMAT, answers.bank(), answers.bankVersion(),
                role == null ? null : role.id(), quick, answers.answers(), history, position);
    }

    private Question requireCurrent() {
        return current().orElseThrow(() -> new IllegalStateException("the quiz session is finished"));
    }

    private QuizSession record(Answer answer) {
        answers = answers.with(answer);
        if (position == history.size()) {
            history.add(answer.question());
        }
        position++;
        nextKnown = false;
        return this;
    }

    // --- order ------------------------------------------------------------------------------------

    /** How many roles "the top" is when a quick session decides it is settled. */
    public static final int TOP = 10;

    /** How many of the role's skills a session asks the person to rate, most important first. */
    public static final int SKILLS_ASKED = 10;

    /**
     * The questions this session may ask: every interest, value, work-factor and readiness question, and the
     * self-ratings of its role's most important skills (of no skills without a role).
     */
    private static List<Question> pool(FitScorer scorer, CareerRole role) {
        Set<QuestionId> skills = new HashSet<>();
        if (role != null) {
            scorer.skillQuestions(role.id()).stream().limit(SKILLS_ASKED).forEach(q -> skills.add(q.id()));
        }
        return scorer.bank().questions().stream()
                .filter(q -> q.kind() != QuestionKind.SKILL_RATING || skills.contains(q.id())).toList();
    }

    /**
     * Adaptive order (docs/scoring.md, "Adaptive quiz"): the scorer's advice picks the question most likely to
     * change the top of the ranking. A quick session then stops once the top is settled, after the readiness
     * questions (education held, years of study, experience); a full one goes on through the pool.
     */
    private Question pickNext() {
        Set<QuestionId> done = new HashSet<>();
        answers.answers().forEach(a -> done.add(a.question()));
        Set<QuestionId> excluded = new HashSet<>(done);
        Set<QuestionId> inPool = new HashSet<>();
        pool.forEach(q -> inPool.add(q.id()));
        scorer.bank().questions().forEach(q -> {
            if (!inPool.contains(q.id())) {
                excluded.add(q.id());
            }
        });
        QuizAdvice advice = scorer.advise(scorer.person(answers), excluded, TOP);
        Question next = advice.next();
        if (quick && advice.settled()) {
            for (Question q : pool) {
                if (!done.contains(q.id()) && !q.kind().measures() && q.kind() != QuestionKind.IMPORTANCE) {
                    return q;
                }
            }
            return null;
        }
        return next;
    }

    /** Configures and starts a {@link QuizSession}. */
    @Api(Api.Status.STABLE)
    public static final class Builder {
        private final FitScorer scorer;
        private RoleId role;
        private boolean quick;

        private Builder(FitScorer scorer) {
            this.scorer = Objects.requireNonNull(scorer, "scorer");
        }

        /** The role the quiz is about: its questions come first and {@link #report()} scores it. */
        public Builder role(RoleId value) {
            this.role = value;
            return this;
        }

        /** Stop once the top of the ranking is settled (after the readiness questions). */
        public Builder quick(boolean enabled) {
            this.quick = enabled;
            return this;
        }

        /** @throws dev.careerfit.catalog.UnknownRoleException when the role is not in the catalog */
        public QuizSession start() {
            CareerRole r = role == null ? null : scorer.catalog().requireRole(role.value());
            Answers empty = Answers.builder(scorer.bank()).role(role).build();
            return new QuizSession(scorer, r, quick, empty, List.of(), 0);
        }
    }
}
