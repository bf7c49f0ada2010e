package dev.careerfit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that failed validation. Carries every problem found, not just the first, so a user can fix
 * a document or an answers file in one pass. Serialisable with its problems.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public class InvalidDataException extends CareerfitException {
    private static final long serialVersionUID = 1L;
    /**
     * The most problems the message repeats ({@value}); {@link #problems()} has them all. A document with
     * hundreds of mistakes would otherwise make a message of many kilobytes (found by fuzzing the answers
     * reader, docs/reliability.md).
     */
    public static final int PROBLEMS_IN_MESSAGE = 10;

    private final String subject;
    /** An unmodifiable list of {@link Problem}s (records, serialisable), so it survives serialisation. */
    private final List<Problem> problems;

    /**
     * @param subject what was being read, e.g. a file name or {@code provider 'bls'}
     * @param problems every problem found; at least one
     */
    public InvalidDataException(String subject, List<Problem> problems) {
        super(format(subject, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidDataException needs at least one problem");
        }
        this.subject = subject;
        this.problems = List.copyOf(problems);
    }

    public String subject() {
        return subject;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(String subject, List<Problem> problems) {
        String first = problems.isEmpty() ? "" : problems.get(0).toString();
        if (problems.size() <= 1) {
            return subject + ": " + first;
        }
        String listed = problems.stream().limit(PROBLEMS_IN_MESSAGE).map(Problem::toString)
                .collect(Collectors.joining("; "));
        int more = problems.size() - PROBLEMS_IN_MESSAGE;
        return subject + ": " + problems.size() + " problems: " + listed
                + (more > 0 ? "; and " + more + " more" : "");
    }
}
