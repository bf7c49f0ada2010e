package dev.careerfit.provider.ep;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One occupation of the National Employment Matrix as the EP tables publish it: its Table 1.2 line item
 * and its Table 5.3 row, either of which may be missing when a release lacks the workbook.
 *
 * @param code       the National Employment Matrix code, a SOC code such as {@code 15-2051}
 * @param title      the BLS's title, e.g. "Data scientists"
 * @param projection the Table 1.2 line item, or {@code null}
 * @param attainment the Table 5.3 row, or {@code null}
 */
record EpOccupation(String code, String title, Projection projection, Attainment attainment) {
    static final Pattern CODE = Pattern.compile("\\d{2}-\\d{4}");

    EpOccupation {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code '" + code + "' must be a 6-digit SOC code such as 15-2051");
        }
        Objects.requireNonNull(title, "title");
        if (projection == null && attainment == null) {
            throw new IllegalArgumentException(code + " needs a projection or an attainment");
        }
    }

    /**
     * A Table 1.2 line item as published; {@code null} wherever the BLS prints "—". Counts are in thousands,
     * as published.
     *
     * @param employment          employment in the base year, thousands
     * @param projectedEmployment employment in the projection year, thousands
     * @param change              employment change over the period, thousands
     * @param changePercent       employment change over the period, percent
     * @param selfEmployedPercent percent of the base year's jobs held by self-employed workers
     * @param openings            occupational openings, annual average over the period, thousands
     * @param education           typical education needed for entry, the BLS's category
     * @param experience          work experience in a related occupation, the BLS's category
     * @param training            typical on-the-job training, the BLS's category
     */
    record Projection(BigDecimal employment, BigDecimal projectedEmployment, BigDecimal change,
                      BigDecimal changePercent, BigDecimal selfEmployedPercent, BigDecimal openings, String education,
                      String experience, String training) {
        Projection {
            nonNegative(employment, "employment");
            nonNegative(projectedEmployment, "projectedEmployment");
            nonNegative(openings, "openings");
            nonNegative(selfEmployedPercent, "selfEmployedPercent");
        }

        private static void nonNegative(BigDecimal v, String field) {
            if (v != null && v.signum() < 0) {
                throw new IllegalArgumentException(field + " must not be negative, was " + v.toPlainString());
            }
        }
    }

    /**
     * A Table 5.3 row: the percent of workers 25 and older in each attainment category, in the table's
     * column order, or no percents when the BLS prints "—".
     *
     * @param percents one per category of {@link EpEdition#attainmentLabels()}, or empty
     * @param note     the footnotes the row's title is marked with, in the BLS's words, or {@code null}
     */
    record Attainment(List<BigDecimal> percents, String note) {
        Attainment {
            percents = List.copyOf(percents);
        }
    }
}
