package dev.careerfit.quiz.batch;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A line (or file) of a batch's input that could not be scored, and why. {@code careerfit batch} writes each as
 * a JSON line to its errors file; the Spark job as a row of its errors output (docs/batch.md).
 *
 * @param source the input file (or, in Spark, the name given for the input)
 * @param line   the line number, 1 for the first; {@code null} for a folder of answers files
 * @param person the person's id when it could be read, else {@code null}
 * @param error  what is wrong, in one line, with where: {@code people.jsonl:17 $.answers[3].value: ...}
 * @since 0.4
 */
@Api(Api.Status.EXPERIMENTAL)
public record BatchError(String source, Long line, String person, String error) {
    /** The fields, in order: the Spark schema's field names. */
    public static final List<String> COLUMNS = List.of("source", "line", "person", "error");

    public BatchError {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(error, "error");
    }

    /** This error as one JSON object on one line, without the line break; absent fields left out. */
    public String toJson() {
        StringBuilder sb = new StringBuilder(200).append("{\"source\":");
        Text.quote(sb, source);
        if (line != null) {
            sb.append(",\"line\":").append(line);
        }
        if (person != null) {
            Text.quote(sb.append(",\"person\":"), person);
        }
        Text.quote(sb.append(",\"error\":"), error);
        return sb.append('}').toString();
    }

    /**
     * {@code e} in one line: an {@link InvalidDataException}'s problems, each with its place (several joined by
     * {@code ;}); anything else after {@code where}, named by its class unless it is careerfit's own.
     */
    static String describe(RuntimeException e, String where) {
        if (e instanceof InvalidDataException ide) {
            List<Problem> problems = ide.problems();
            return problems.size() == 1 ? problems.get(0).toString() : problems.size() + " problems: "
                    + String.join("; ", problems.stream().map(Problem::toString).toList());
        }
        String message = e.getMessage() == null ? "" : e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        return where + ": " + (e instanceof CareerfitException ? message
                : e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
    }
}
