package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import java.util.List;
import java.util.Map;

/**
 * How much a role satisfies each work value (O*NET extent: 1 to 7 per value), and the values that
 * stand out, strongest first (O*NET's first, second and third work value high points).
 *
 * @param ratings    the rating of each value
 * @param highPoints the high-point values, strongest first; possibly empty
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record WorkValueProfile(Map<WorkValue, Rating> ratings, List<WorkValue> highPoints) {
    public WorkValueProfile {
        ratings = Checks.map(ratings, "ratings");
        if (ratings.isEmpty()) {
            throw new IllegalArgumentException("a work value profile needs at least one rating");
        }
        highPoints = Checks.list(highPoints, "highPoints");
        if (highPoints.stream().distinct().count() != highPoints.size()) {
            throw new IllegalArgumentException("work value high points must not repeat a value: " + highPoints);
        }
    }

    /** A profile without high points. */
    public WorkValueProfile(Map<WorkValue, Rating> ratings) {
        this(ratings, List.of());
    }
}
