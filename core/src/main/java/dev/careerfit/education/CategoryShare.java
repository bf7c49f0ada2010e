package dev.careerfit.education;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import dev.careerfit.provenance.StatisticQuality;

/**
 * One category of a {@link CategoryDistribution}: its number and meaning, and the percent of
 * respondents in it, with the precision the publisher gives.
 *
 * @param category the publisher's category number, e.g. 3
 * @param label    what the category means, in the publisher's words, e.g. "Over 1 year, up to and
 *                 including 2 years" or "Doctoral or professional degree"
 * @param percent  percent of respondents, 0 to 100
 * @param quality  sample size, standard error and interval, or {@code null}
 * @param level    for a category of education, the lowest {@link EducationLevel} it covers, so that
 *                 distributions can be compared with requirements; otherwise {@code null}
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public record CategoryShare(int category, String label, double percent, StatisticQuality quality,
                            EducationLevel level) {
    public CategoryShare {
        label = Checks.notBlank(label, "label");
        Checks.percent(percent, "percent");
    }
}
