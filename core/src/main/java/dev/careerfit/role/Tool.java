package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * A tool, library or technology used in the role, e.g. TensorFlow.
 *
 * @param name          the tool's name
 * @param category      what kind of tool, e.g. "machine learning framework" (O*NET: the UNSPSC
 *                      commodity title), or {@code null}
 * @param inDemand      {@code true} where the source flags it as in demand (O*NET's "In Demand":
 *                      frequently in employers' job postings for the occupation)
 * @param hotTechnology {@code true} where O*NET flags it as a "Hot Technology": frequently in job
 *                      postings across all occupations; {@code null} reads as {@code false}
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Tool(String name, String category, boolean inDemand, Boolean hotTechnology) {
    public Tool {
        name = Checks.notBlank(name, "name");
        category = Checks.optionalText(category);
        hotTechnology = Boolean.TRUE.equals(hotTechnology);
    }

    /** Whether O*NET flags it as a hot technology. */
    public boolean isHotTechnology() {
        return hotTechnology;
    }

    /** A tool without O*NET's hot-technology flag. */
    public Tool(String name, String category, boolean inDemand) {
        this(name, category, inDemand, false);
    }
}
