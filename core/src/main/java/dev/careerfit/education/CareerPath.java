package dev.careerfit.education;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import java.util.List;

/**
 * The steps into a role, in order.
 *
 * @param name  short name of this route, e.g. "degree, experience, portfolio"
 * @param steps the steps; at least one
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record CareerPath(String name, List<PathStep> steps) {
    public CareerPath {
        name = Checks.notBlank(name, "name");
        steps = Checks.list(steps, "steps");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a career path needs at least one step");
        }
    }

    /** Total time of the required steps that state a duration. */
    public YearRange requiredYears() {
        return steps.stream().filter(s -> !s.optional() && s.duration() != null).map(PathStep::duration)
                .reduce(YearRange.exactly(0), YearRange::plus);
    }

    /** Total time of every step that states a duration, optional ones included. */
    public YearRange allYears() {
        return steps.stream().filter(s -> s.duration() != null).map(PathStep::duration)
                .reduce(YearRange.exactly(0), YearRange::plus);
    }
}
