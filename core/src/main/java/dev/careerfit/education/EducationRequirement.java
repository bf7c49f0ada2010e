package dev.careerfit.education;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import java.util.Comparator;
import java.util.List;

/**
 * What a source says about the education a role needs, e.g. "a master's or PhD" (two levels, either
 * accepted) in computer science or statistics.
 *
 * @param levels      the accepted levels, any one of which satisfies the requirement; at least one
 * @param expectation how firmly the source expects it
 * @param fields      fields of study named, possibly empty
 * @param label       the requirement as the source words its category (the BLS's "No formal educational
 *                    credential", which is not "less than a high school diploma"), shown instead of the levels'
 *                    own words; {@code null} when the source names levels only. The levels are careerfit's
 *                    placing of the category on O*NET's scale, for comparison and readiness
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record EducationRequirement(List<EducationLevel> levels, Expectation expectation, List<String> fields,
                                   String label) {
    public EducationRequirement {
        levels = Checks.list(levels, "levels");
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("an education requirement needs at least one level");
        }
        Checks.notNull(expectation, "expectation");
        fields = Checks.list(fields, "fields");
        label = Checks.optionalText(label);
    }

    /** A requirement stated as levels, without a category of the source's own. */
    public EducationRequirement(List<EducationLevel> levels, Expectation expectation, List<String> fields) {
        this(levels, expectation, fields, null);
    }

    /** The lowest accepted level: the least a person needs to meet this requirement. */
    public EducationLevel minimumLevel() {
        return levels.stream().min(Comparator.naturalOrder()).orElseThrow();
    }
}
