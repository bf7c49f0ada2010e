package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * A rating scale with its bounds, e.g. O*NET importance ({@code IM}, 1 to 5) or level ({@code LV}, 0 to 7).
 *
 * @param id      short id, e.g. {@code IM}
 * @param name    display name
 * @param minimum lowest value on the scale
 * @param maximum highest value on the scale
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record RatingScale(String id, String name, double minimum, double maximum) {
    /** O*NET importance, 1 (not important) to 5 (extremely important). */
    public static final RatingScale ONET_IMPORTANCE = new RatingScale("IM", "Importance", 1, 5);
    /** O*NET level, 0 to 7. */
    public static final RatingScale ONET_LEVEL = new RatingScale("LV", "Level", 0, 7);
    /** O*NET occupational interests, 1 to 7. */
    public static final RatingScale ONET_INTEREST = new RatingScale("OI", "Occupational Interests", 1, 7);
    /** O*NET work values extent, 1 to 7. */
    public static final RatingScale ONET_EXTENT = new RatingScale("EX", "Extent", 1, 7);

    public RatingScale {
        id = Checks.notBlank(id, "id");
        name = Checks.notBlank(name, "name");
        if (!(minimum < maximum)) {
            throw new IllegalArgumentException("scale " + id + " minimum " + minimum + " must be below maximum "
                    + maximum);
        }
    }

    /** Where a value sits on the scale, from 0 (minimum) to 1 (maximum). */
    public double normalise(double value) {
        return (value - minimum) / (maximum - minimum);
    }
}
