package dev.careerfit.education;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * One step on the way into a role.
 *
 * @param title       short name, e.g. "Get a bachelor's degree"
 * @param description what the step involves, or {@code null}
 * @param duration    how long it takes in years, or {@code null} when the source gives no figure
 * @param optional    {@code true} for steps some people take and others skip (e.g. a master's)
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record PathStep(String title, String description, YearRange duration, boolean optional) {
    public PathStep {
        title = Checks.notBlank(title, "title");
        description = Checks.optionalText(description);
    }
}
