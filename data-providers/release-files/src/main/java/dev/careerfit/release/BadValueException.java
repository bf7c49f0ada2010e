package dev.careerfit.release;

import dev.careerfit.Api;

/**
 * A value in a release file that cannot be what its column says (a word where a number belongs, a
 * scale the release does not define). Thrown by a row's accessors and caught by the table, which
 * records it with the row's line and column and skips the row.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class BadValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String column;

    public BadValueException(String column, String message) {
        super(message, null, false, false);
        this.column = column;
    }

    /** The column (or cell) that holds the bad value. */
    public String column() {
        return column;
    }
}
