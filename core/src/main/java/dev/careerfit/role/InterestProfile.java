package dev.careerfit.role;

import dev.careerfit.internal.Checks;
import java.util.Map;

/**
 * How strongly a role draws on each interest area (O*NET: 1 to 7 per area).
 *
 * @since 0.1
 */
public record InterestProfile(Map<InterestArea, Rating> ratings) {
    public InterestProfile {
        ratings = Checks.map(ratings, "ratings");
        if (ratings.isEmpty()) {
            throw new IllegalArgumentException("an interest profile needs at least one rating");
        }
    }
}
