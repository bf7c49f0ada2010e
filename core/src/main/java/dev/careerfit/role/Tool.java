package dev.careerfit.role;

import dev.careerfit.internal.Checks;

/**
 * A tool, library or technology used in the role, e.g. TensorFlow.
 *
 * @param name     the tool's name
 * @param category what kind of tool, e.g. "machine learning framework", or {@code null}
 * @param inDemand {@code true} where the source flags it as in demand (O*NET "Hot Technology")
 * @since 0.1
 */
public record Tool(String name, String category, boolean inDemand) {
    public Tool {
        name = Checks.notBlank(name, "name");
        category = Checks.optionalText(category);
    }
}
