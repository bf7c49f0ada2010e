package dev.careerfit.role;

import dev.careerfit.internal.Checks;
import java.util.Map;

/**
 * How much a role satisfies each work value (O*NET extent: 1 to 7 per value).
 *
 * @since 0.1
 */
public record WorkValueProfile(Map<WorkValue, Rating> ratings) {
    public WorkValueProfile {
        ratings = Checks.map(ratings, "ratings");
        if (ratings.isEmpty()) {
            throw new IllegalArgumentException("a work value profile needs at least one rating");
        }
    }
}
