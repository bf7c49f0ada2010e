package dev.careerfit;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong with some input, and where it is: a JSON path ({@code $.roles[0].salaries[1].mean}),
 * a question id, a provider id or a field name.
 *
 * @param where the place of the problem, never blank
 * @param message what is wrong, in one line
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Problem(String where, String message) implements Serializable {
    /** The most characters of a value from the input that a message repeats: {@value}. */
    public static final int QUOTED = 60;

    public Problem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }

    /**
     * {@code value} as a message repeats it: its first {@value #QUOTED} characters, then an ellipsis and
     * its length when it is longer, so that a huge value in the input never makes a huge message.
     *
     * @param value a value read from the input, e.g. a role id or an answer; {@code null} gives {@code "null"}
     */
    public static String quote(Object value) {
        return quote(value, QUOTED);
    }

    /**
     * {@code value} cut to its first {@code limit} characters as {@link #quote(Object)} cuts it, for longer text
     * taken from the input, such as a parser's own message that repeats a token of any length.
     */
    public static String quote(Object value, int limit) {
        String text = String.valueOf(value);
        if (text.length() <= limit) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        return text.substring(0, end) + "... (" + text.length() + " characters)";
    }
}
