package dev.careerfit.market;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * Representation of a group among the people in the role, e.g. women at 30%.
 *
 * @param group   the group, e.g. "women"
 * @param percent its share of the workforce in percent
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record WorkforceShare(String group, double percent) {
    public WorkforceShare {
        group = Checks.notBlank(group, "group");
        Checks.percent(percent, "percent");
    }
}
