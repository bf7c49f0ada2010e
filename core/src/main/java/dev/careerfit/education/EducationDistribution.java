package dev.careerfit.education;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import dev.careerfit.provenance.StatisticQuality;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the people in a role are spread over education levels, as O*NET publishes it: percent of
 * respondents per level, each with its own precision.
 *
 * @param percentByLevel percent of respondents at each level; must not add up to more than 100.5
 * @param qualityByLevel sample size, standard error and interval per level, possibly empty
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record EducationDistribution(Map<EducationLevel, Double> percentByLevel,
                                    Map<EducationLevel, StatisticQuality> qualityByLevel) {
    public EducationDistribution {
        percentByLevel = Checks.map(percentByLevel, "percentByLevel");
        qualityByLevel = Checks.map(qualityByLevel, "qualityByLevel");
        double total = 0;
        for (Map.Entry<EducationLevel, Double> e : percentByLevel.entrySet()) {
            total += Checks.percent(e.getValue(), "percentByLevel[" + e.getKey() + "]");
        }
        if (total > 100.5) {
            throw new IllegalArgumentException("education percentages add up to " + total + ", more than 100");
        }
    }

    /** The level with the largest share, if any. */
    public Optional<EducationLevel> mostCommon() {
        return percentByLevel.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** Percent of respondents at {@code level} or above. */
    public double percentAtLeast(EducationLevel level) {
        return percentByLevel.entrySet().stream().filter(e -> e.getKey().compareTo(level) >= 0)
                .mapToDouble(Map.Entry::getValue).sum();
    }

    public Map<EducationLevel, Double> asEnumMap() {
        return percentByLevel.isEmpty() ? new EnumMap<>(EducationLevel.class) : new EnumMap<>(percentByLevel);
    }
}
