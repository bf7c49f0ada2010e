package dev.careerfit.internal;

import dev.careerfit.Api;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the domain records. Messages name the field so that a failing record
 * built from a document can be traced to the offending value. Not part of the public API.
 */
@Api(Api.Status.INTERNAL)
public final class Checks {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");

    private Checks() {}

    public static <T> T notNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    public static String notBlank(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }

    /** Blank becomes null: for optional text fields. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether {@code value} is lower-case letters and digits separated by '-' or '.'. */
    public static boolean isSlug(String value) {
        return value != null && SLUG.matcher(value).matches();
    }

    public static String slug(String value, String field) {
        notNull(value, field);
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " '" + dev.careerfit.Problem.quote(value)
                    + "' must be lower-case letters and digits separated by '-' or '.', e.g. 'ml-engineer'");
        }
        return value;
    }

    public static double inRange(double value, double min, double max, String field) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + fmt(min) + " and " + fmt(max)
                    + ", was " + fmt(value));
        }
        return value;
    }

    public static double percent(double value, String field) {
        return inRange(value, 0, 100, field);
    }

    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value);
        }
        return value;
    }

    public static BigDecimal nonNegative(BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value.toPlainString());
        }
        return value;
    }

    /** Null-tolerant copy: a missing list in a document is an empty list. */
    public static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }

    public static <K, V> Map<K, V> map(Map<K, V> values, String field) {
        if (values == null) {
            return Map.of();
        }
        values.forEach((k, v) -> {
            notNull(k, field + " key");
            notNull(v, field + "[" + k + "]");
        });
        return Map.copyOf(values);
    }

    public static String fmt(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value)
                ? Long.toString((long) value) : Double.toString(value);
    }
}
