package dev.careerfit.market;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import java.util.Locale;

/**
 * An industry that employs people in the role, and what share of the role's jobs it holds.
 *
 * @param industry the industry, e.g. "Technology"
 * @param percent  share of the role's jobs in percent, or {@code null} when a source names the
 *                 industry as an employer without a share
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record IndustryShare(String industry, Double percent) {
    public IndustryShare {
        industry = Checks.notBlank(industry, "industry");
        if (percent != null) {
            Checks.percent(percent, "percent");
        }
    }

    public static IndustryShare of(String industry, double percent) {
        return new IndustryShare(industry, percent);
    }

    public static IndustryShare named(String industry) {
        return new IndustryShare(industry, null);
    }

    /** Case-insensitive key: "Technology" and "technology" are the same industry. */
    public String key() {
        return industry.toLowerCase(Locale.ROOT);
    }
}
