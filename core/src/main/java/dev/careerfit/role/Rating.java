package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import dev.careerfit.provenance.StatisticQuality;

/**
 * A value on a rating scale, with its precision where published.
 *
 * @param value   the rating, within the scale's bounds
 * @param scale   the scale it is on
 * @param quality sample size, standard error and interval, or {@code null}
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Rating(double value, RatingScale scale, StatisticQuality quality) {
    public Rating {
        Checks.notNull(scale, "scale");
        Checks.inRange(value, scale.minimum(), scale.maximum(), "rating on scale " + scale.id());
    }

    public static Rating of(double value, RatingScale scale) {
        return new Rating(value, scale, null);
    }

    /** Where the value sits on its scale, from 0 to 1. */
    public double normalised() {
        return scale.normalise(value);
    }
}
