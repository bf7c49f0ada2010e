package dev.careerfit.education;

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
 * @since 0.1
 */
public record EducationRequirement(List<EducationLevel> levels, Expectation expectation, List<String> fields) {
    public EducationRequirement {
        levels = Checks.list(levels, "levels");
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("an education requirement needs at least one level");
        }
        Checks.notNull(expectation, "expectation");
        fields = Checks.list(fields, "fields");
    }

    /** The lowest accepted level: the least a person needs to meet this requirement. */
    public EducationLevel minimumLevel() {
        return levels.stream().min(Comparator.naturalOrder()).orElseThrow();
    }
}
