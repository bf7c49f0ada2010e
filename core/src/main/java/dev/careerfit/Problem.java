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
public record Problem(String where, String message) implements Serializable {
    public Problem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
