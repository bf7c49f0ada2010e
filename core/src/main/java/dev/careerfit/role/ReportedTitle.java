package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * A job title that people in the occupation reported for themselves (O*NET's Sample of Reported Titles).
 *
 * @param title             the title as reported
 * @param shownInMyNextMove {@code true} when O*NET shows it on its My Next Move site
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public record ReportedTitle(String title, boolean shownInMyNextMove) {
    public ReportedTitle {
        title = Checks.notBlank(title, "title");
    }
}
