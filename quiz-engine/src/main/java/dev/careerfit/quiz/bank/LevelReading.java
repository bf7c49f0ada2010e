package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import java.util.List;
import java.util.Objects;

/**
 * What one role's facts say about its level on one dimension, as a {@link DimensionFamily} reads it: the level on
 * the family's scale, or, for a formula that places the role among all roles (a percentile of its median wage,
 * say), the figures to rank; with what it came from.
 *
 * @param value      the level on the scale {@code minimum..maximum}; NaN when {@code statistics} are given
 * @param statistics figures to rank among every role's (the level is then minimum + (maximum - minimum) × the mean
 *                   of their mid-rank percentiles); {@code null} for a level read directly
 * @param minimum    the scale's lowest value
 * @param maximum    the scale's highest value
 * @param derived    whether careerfit derived the level rather than a source stating it
 * @param basis      how the level was obtained, in words
 * @param from       the published figures it came from, each with its provenance
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public record LevelReading(double value, double[] statistics, double minimum, double maximum, boolean derived,
                           String basis, List<LevelInput> from) {
    public LevelReading {
        Objects.requireNonNull(basis, "basis");
        from = List.copyOf(from);
        if (!(maximum > minimum)) {
            throw new IllegalArgumentException("a level's scale must run upwards, was " + minimum + " to " + maximum);
        }
        if (statistics == null && Double.isNaN(value)) {
            throw new IllegalArgumentException("a level needs a value or figures to rank");
        }
        statistics = statistics == null ? null : statistics.clone();
    }

    /** A level read directly from a rating. */
    public static LevelReading of(double value, double minimum, double maximum, boolean derived, String basis,
                                  List<LevelInput> from) {
        return new LevelReading(value, null, minimum, maximum, derived, basis, from);
    }

    /** A level from figures ranked among every role's, on {@code minimum..maximum}. */
    public static LevelReading ranked(double[] statistics, double minimum, double maximum, String basis,
                                      List<LevelInput> from) {
        return new LevelReading(Double.NaN, statistics, minimum, maximum, true, basis, from);
    }

    /** Whether the level comes from ranking {@link #statistics()} among every role. */
    public boolean ranked() {
        return statistics != null;
    }

    @Override
    public double[] statistics() {
        return statistics == null ? null : statistics.clone();
    }
}
