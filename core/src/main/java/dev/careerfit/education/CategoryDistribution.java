package dev.careerfit.education;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How the people in an occupation are spread over the categories of one measure, as the publisher
 * gives it: O*NET's related work experience, on-site training and on-the-job training; the BLS's
 * educational attainment of the people who hold the job.
 *
 * @param measure what is measured, e.g. "Related Work Experience" or "Educational attainment of workers
 *                25 years and older"
 * @param shares  one share per category, in the publisher's category order
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public record CategoryDistribution(String measure, List<CategoryShare> shares) {
    public CategoryDistribution {
        measure = Checks.notBlank(measure, "measure");
        shares = Checks.list(shares, "shares");
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("a distribution needs at least one category");
        }
        double total = shares.stream().mapToDouble(CategoryShare::percent).sum();
        if (total > 100.5) {
            throw new IllegalArgumentException(measure + " percentages add up to " + total + ", more than 100");
        }
    }

    /** The category with the largest share. */
    public Optional<CategoryShare> mostCommon() {
        return shares.stream().max(Comparator.comparingDouble(CategoryShare::percent));
    }

    /** Percent of people in categories at {@code level} or above; categories without a level do not count. */
    public double percentAtLeast(EducationLevel level) {
        return shares.stream().filter(s -> s.level() != null && s.level().compareTo(level) >= 0)
                .mapToDouble(CategoryShare::percent).sum();
    }
}
