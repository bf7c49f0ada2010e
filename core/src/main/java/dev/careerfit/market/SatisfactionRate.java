package dev.careerfit.market;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * Share of people in the role who report being satisfied with their job.
 *
 * @param percent satisfied, in percent
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record SatisfactionRate(double percent) {
    public SatisfactionRate {
        Checks.percent(percent, "percent");
    }
}
