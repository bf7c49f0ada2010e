package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import java.util.List;
import java.util.Map;

/**
 * How strongly a role draws on each interest area (O*NET: 1 to 7 per RIASEC area), and its
 * high-point code: the areas that stand out, strongest first (O*NET's first, second and third
 * interest high points; "IAS" for a role whose high points are investigative, artistic, social).
 *
 * @param ratings    the rating of each area
 * @param highPoints the high-point areas, strongest first; possibly empty
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record InterestProfile(Map<InterestArea, Rating> ratings, List<InterestArea> highPoints) {
    public InterestProfile {
        ratings = Checks.map(ratings, "ratings");
        if (ratings.isEmpty()) {
            throw new IllegalArgumentException("an interest profile needs at least one rating");
        }
        highPoints = Checks.list(highPoints, "highPoints");
        if (highPoints.stream().distinct().count() != highPoints.size()) {
            throw new IllegalArgumentException("interest high points must not repeat an area: " + highPoints);
        }
    }

    /** A profile without high points. */
    public InterestProfile(Map<InterestArea, Rating> ratings) {
        this(ratings, List.of());
    }

    /** The high-point code in RIASEC letters, e.g. {@code IAS}; empty when none are given. */
    public String code() {
        StringBuilder sb = new StringBuilder();
        highPoints.forEach(a -> sb.append(a.name().charAt(0)));
        return sb.toString();
    }
}
