package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import java.util.Objects;

/**
 * Identifies a scoring dimension, e.g. {@code investigative}, {@code achievement} or {@code pay}.
 *
 * @param value lower-case letters and digits separated by {@code -} or {@code .}
 * @since 0.5
 */
@Api(Api.Status.STABLE)
public record DimensionId(String value) implements Comparable<DimensionId> {
    public DimensionId {
        Objects.requireNonNull(value, "dimension id");
        if (!isValid(value)) {
            throw new IllegalArgumentException("dimension id '" + value + "' must be lower-case letters and digits "
                    + "separated by '-' or '.', e.g. 'night-shifts'");
        }
    }

    public static DimensionId of(String value) {
        return new DimensionId(value);
    }

    /** Whether {@code value} is a valid dimension id. */
    public static boolean isValid(String value) {
        return value != null && value.length() <= 200 && QuestionId.SLUG.matcher(value).matches();
    }

    @Override
    public int compareTo(DimensionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
