package dev.careerfit.web.internal;

import dev.careerfit.Api;
import dev.careerfit.catalog.RoleSummary;
import java.util.List;

/**
 * The search page's model.
 *
 * @param search  what was searched for, or {@code null} before a search
 * @param matched how many roles matched
 * @param shown   the first of them
 * @param total   how many roles the catalog holds
 */
@Api(Api.Status.INTERNAL)
public record SearchView(String search, int matched, List<RoleSummary> shown, int total) {
    public SearchView {
        shown = List.copyOf(shown);
    }
}
