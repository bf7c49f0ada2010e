package dev.careerfit.quiz.batch;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.Person;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.json.OnePassAnswers;
import dev.careerfit.quiz.json.PersonLines;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.ResponseFlag;
import dev.careerfit.role.RoleId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores many people, one at a time, into the rows of a batch: each person's {@code top} best roles among every
 * role of the catalog (or among the {@code roles} given), with rank, score, interval, band and answer-pattern
 * flags. The one place that turns answers into {@link BatchRow}s, for {@code careerfit batch} and the Spark job
 * alike, so that both give what {@code careerfit score --json} gives for the same answers. Immutable and safe
 * to share between threads.
 *
 * <pre>{@code
 * BatchScorer batch = new BatchScorer(FitScorers.create(catalog), 10, List.of());
 * BatchScorer.Outcome o = batch.scoreLine("{\"person\":\"p1\",\"format\":\"careerfit-answers/1\",...}",
 *         "people.jsonl", 1);
 * o.rows();    // the ten best roles, best first; or o.error(): why the line could not be scored
 * }</pre>
 *
 * <p>A line never throws: whatever is wrong with it (not JSON, no person id, answers that do not check against
 * the bank, too few answers for any result, saying how many more) comes back as its {@link BatchError}.
 *
 * @since 0.4
 */
@Api(Api.Status.EXPERIMENTAL)
public final class BatchScorer {
    /** How many roles a person gets when no other number is given. */
    public static final int DEFAULT_TOP = 10;

    private final FitScorer scorer;
    private final int top;
    private final RankingRequest request;
    private final List<RoleId> roles;
    private final OnePassAnswers lines;

    /**
     * @param scorer the scorer, over the catalog and bank the answers are checked against
     * @param top    how many roles each person gets, at least 1
     * @param roles  the roles to rank (ranks stay those among every role); empty for every role
     * @throws IllegalArgumentException when {@code top} is below 1
     * @throws dev.careerfit.catalog.UnknownRoleException when one of {@code roles} is not in the catalog
     */
    public BatchScorer(FitScorer scorer, int top, Collection<RoleId> roles) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, was " + top);
        }
        this.top = top;
        this.roles = List.copyOf(new LinkedHashSet<>(roles));
        this.roles.forEach(id -> scorer.catalog().requireRole(id.value()));
        this.request = RankingRequest.builder().limit(top).roles(this.roles).build();
        this.lines = new OnePassAnswers(scorer.bank());
    }

    public FitScorer scorer() {
        return scorer;
    }

    public int top() {
        return top;
    }

    /** The roles ranked; empty for every role. */
    public List<RoleId> roles() {
        return roles;
    }

    /**
     * What became of one person: their rows, best first, or why there are none.
     *
     * @param rows  the rows; empty when {@code error} is set
     * @param error why the person could not be scored, or {@code null}
     */
    @Api(Api.Status.EXPERIMENTAL)
    public record Outcome(List<BatchRow> rows, BatchError error) {
        public Outcome {
            rows = List.copyOf(rows);
        }

        /** Whether the person could not be scored. */
        public boolean failed() {
            return error != null;
        }
    }

    /**
     * Scores one line of JSON-lines input: an answers document with the person's id in {@code "person"}.
     *
     * @param line       the line's text
     * @param source     the input's name, for errors: a file name
     * @param lineNumber the line's number, 1 for the first; {@code null} when not known
     */
    public Outcome scoreLine(String line, String source, Long lineNumber) {
        List<BatchRow> plain = plainLine(line);
        if (plain != null) {
            return new Outcome(plain, null);
        }
        String where = where(source, lineNumber);
        String person = null;
        try {
            PersonLines.PersonLine read = PersonLines.read(line, where);
            person = read.person();
            return outcome(person, QuizJson.readAnswers(read.answers(), where), source, lineNumber);
        } catch (RuntimeException e) {
            return new Outcome(List.of(), new BatchError(source, lineNumber, person, BatchError.describe(e, where)));
        }
    }

    /**
     * The rows of a line of the plain shape that scores without a problem, read in one pass ({@link OnePassAnswers});
     * {@code null} for any other line, which the full readers then read to say what is wrong: a line comes out
     * the same either way.
     */
    private List<BatchRow> plainLine(String line) {
        OnePassAnswers.Read read = lines.read(line, true);
        if (read == null) {
            return null;
        }
        try {
            Person person = scorer.person(read.answers());
            if (person.shortfall().isPresent()) {
                return null;
            }
            List<BatchRow> rows = rows(read.person(), person);
            return rows.isEmpty() ? null : rows;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Scores one person's answers document (JSON, or YAML when {@code source} ends in {@code .yaml} or
     * {@code .yml}), given apart from their id: a file of a folder, or a row with person and answers columns.
     *
     * @param person     the person's id
     * @param document   the answers document ({@code careerfit-answers/1})
     * @param source     the file's name (or the input's name), for errors
     * @param lineNumber the line or row number, or {@code null} when the document is a whole file
     */
    public Outcome scoreDocument(String person, String document, String source, Long lineNumber) {
        String where = where(source, lineNumber);
        try {
            if (document == null) {
                throw new CareerfitException("no answers document (the answers are empty)");
            }
            return outcome(person, QuizJson.readAnswers(document, where), source, lineNumber);
        } catch (RuntimeException e) {
            return new Outcome(List.of(), new BatchError(source, lineNumber, person, BatchError.describe(e, where)));
        }
    }

    /**
     * The rows for answers whose shape was read at {@code source:lineNumber}: checked against the bank once, by the
     * scorer, whose problems are then placed there as {@code QuizJson.readAnswers} would have placed them.
     */
    private Outcome outcome(String person, Answers answers, String source, Long lineNumber) {
        List<BatchRow> rows;
        try {
            rows = rows(person, answers);
        } catch (InvalidDataException e) {
            String where = where(source, lineNumber);
            throw new InvalidDataException(where, e.problems().stream()
                    .map(p -> new Problem(where + " " + p.where(), p.message())).toList());
        }
        if (rows.isEmpty()) {
            Set<ResponseFlag> flags = scorer.person(answers).flags();
            String why = flags.stream().anyMatch(ResponseFlag::withholdsVerdict)
                    ? "no ranking: the answer pattern (" + flags.stream().filter(ResponseFlag::withholdsVerdict)
                    .map(Enum::name).sorted().collect(Collectors.joining(", ")) + ") says more about how the questions "
                    + "were answered than about the person"
                    : "no role asked for could be scored: none has a level on what these answers measure";
            return new Outcome(rows, new BatchError(source, lineNumber, person, where(source, lineNumber) + ": " + why));
        }
        return new Outcome(rows, null);
    }

    /**
     * {@code person}'s rows for answers already read: their {@code top} best scored roles, best first, as
     * {@code careerfit score --json --limit top} ranks them. Empty when no role could be scored.
     *
     * @throws dev.careerfit.InvalidDataException listing every problem with the answers
     * @throws dev.careerfit.quiz.NotEnoughAnswersException when they are too few for a result, saying how many more
     */
    public List<BatchRow> rows(String person, Answers answers) {
        return rows(person, scorer.person(answers));
    }

    /** As {@link #rows(String, Answers)}, for a person already checked: the roles alone, without a whole ranking. */
    private List<BatchRow> rows(String id, Person person) {
        List<FitEstimate> ranked = scorer.estimates(person, request);
        List<ResponseFlag> flags = person.flags().isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(person.flags()));
        List<BatchRow> rows = new ArrayList<>(top);
        for (FitEstimate e : ranked) {
            if (rows.size() == top) {
                break;
            }
            if (e.score() != null) {
                rows.add(new BatchRow(id, e.rank(), e.role(), e.title(), e.score(), e.interval().low(),
                        e.interval().high(), e.band(), flags));
            }
        }
        return rows;
    }

    /** {@code people.jsonl:17}, or the source alone when the line is not known. */
    private static String where(String source, Long lineNumber) {
        return lineNumber == null ? source : source + ":" + lineNumber;
    }

}
