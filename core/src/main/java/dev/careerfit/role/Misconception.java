package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import java.util.List;

/**
 * A common belief about the role, and what is actually the case.
 *
 * @param myth    the belief
 * @param reality what the sources say instead
 * @param details supporting points, possibly empty
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Misconception(String myth, String reality, List<String> details) {
    public Misconception {
        myth = Checks.notBlank(myth, "myth");
        reality = Checks.notBlank(reality, "reality");
        details = Checks.list(details, "details");
    }
}
