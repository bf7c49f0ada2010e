package dev.careerfit.provider.oews;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One "detailed" row of the OEWS national table, as published: the cells careerfit uses, markers kept.
 *
 * @param code          the SOC code (or OEWS-specific code) of the row, e.g. {@code 15-2051}
 * @param title         the OEWS title, e.g. "Data Scientists"
 * @param annualOnly    ANNUAL is TRUE: OEWS releases annual wages only
 * @param hourlyOnly    HOURLY is TRUE: OEWS releases hourly wages only
 * @param employment    TOT_EMP
 * @param employmentRse EMP_PRSE
 * @param meanRse       MEAN_PRSE
 * @param hourly        H_MEAN, H_PCT10, H_PCT25, H_MEDIAN, H_PCT75, H_PCT90, in {@link #STATISTICS} order
 * @param annual        A_MEAN, A_PCT10, A_PCT25, A_MEDIAN, A_PCT75, A_PCT90, in {@link #STATISTICS} order
 */
record OewsOccupation(String code, String title, boolean annualOnly, boolean hourlyOnly, Figure employment,
                      Figure employmentRse, Figure meanRse, List<Figure> hourly, List<Figure> annual) {
    /** The wage statistics of each pay period, by the column suffix OEWS gives them. */
    static final List<String> STATISTICS = List.of("MEAN", "PCT10", "PCT25", "MEDIAN", "PCT75", "PCT90");

    static final Pattern CODE = Pattern.compile("\\d{2}-\\d{4}");

    OewsOccupation {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code '" + code + "' must be a 6-digit SOC code such as 15-2051");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(employment, "employment");
        Objects.requireNonNull(employmentRse, "employmentRse");
        Objects.requireNonNull(meanRse, "meanRse");
        hourly = List.copyOf(hourly);
        annual = List.copyOf(annual);
        if (hourly.size() != STATISTICS.size() || annual.size() != STATISTICS.size()) {
            throw new IllegalArgumentException("hourly and annual need one figure per statistic " + STATISTICS);
        }
    }

    /**
     * Whether the code is a SOC broad group (its last digit is 0) that OEWS publishes as its most detailed
     * level, standing in for the detailed occupations it does not publish separately.
     */
    boolean isBroadGroup() {
        return code.endsWith("0");
    }
}
