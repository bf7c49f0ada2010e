package dev.careerfit.provider.oews;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * One cell of the OEWS table as published: a number, or one of the BLS's markers, kept as the marker so
 * that a top-coded or unavailable figure is never turned into a number.
 *
 * @param value  the number, or {@code null} when the cell holds a marker
 * @param marker {@value #NOT_AVAILABLE}, {@value #EMPLOYMENT_NOT_AVAILABLE} or {@value #TOP_CODED}, or
 *               {@code null} for a number
 */
record Figure(BigDecimal value, String marker) {
    /** A wage estimate is not available. */
    static final String NOT_AVAILABLE = "*";
    /** An employment estimate is not available. */
    static final String EMPLOYMENT_NOT_AVAILABLE = "**";
    /** A wage at or above the top-coding limit the Field Descriptions sheet states. */
    static final String TOP_CODED = "#";

    private static final Set<String> MARKERS = Set.of(NOT_AVAILABLE, EMPLOYMENT_NOT_AVAILABLE, TOP_CODED);

    Figure {
        if ((value == null) == (marker == null)) {
            throw new IllegalArgumentException("a figure is a number or a marker, not " + (value == null ? "neither" : "both"));
        }
        if (marker != null && !MARKERS.contains(marker)) {
            throw new IllegalArgumentException("marker '" + marker + "' must be one of " + MARKERS);
        }
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException("an OEWS figure must not be negative, was " + value.toPlainString());
        }
    }

    static Figure of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        // Whole numbers keep scale 0 so that 67920 is written and shown as 67920, not 6.792E+4.
        BigDecimal v = value.stripTrailingZeros();
        return new Figure(v.scale() < 0 ? v.setScale(0) : v, null);
    }

    static Figure marked(String marker) {
        return new Figure(null, marker);
    }

    boolean isNumber() {
        return value != null;
    }

    boolean is(String aMarker) {
        return aMarker.equals(marker);
    }
}
