package dev.careerfit.provider.oews;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Which OEWS release was read and what it says about itself: the release name from the Field
 * Descriptions sheet, the reference year, the sheet of national estimates, and the top-coding limits
 * behind its {@code #} marker.
 *
 * @param label       the release's own name, e.g. "May 2024 OEWS Estimates"
 * @param period      the reference month and year, e.g. "May 2024", or {@code null} when not found
 * @param year        the reference year, e.g. 2024, or {@code null} when not found
 * @param table       the sheet the estimates were read from, e.g. {@code national_M2024_dl}, or {@code null}
 * @param hourlyLimit the hourly top-coding limit, e.g. 115.00, or {@code null} when the release does not state it
 * @param annualLimit the annual top-coding limit, e.g. 239200, or {@code null} when the release does not state it
 * @param file        the workbook's file name, or {@code null} when none was found
 */
record OewsEdition(String label, String period, Integer year, String table, BigDecimal hourlyLimit,
                   BigDecimal annualLimit, String file) {
    OewsEdition {
        Objects.requireNonNull(label, "label");
        if ((period == null) != (year == null)) {
            throw new IllegalArgumentException("period and year are known together or not at all");
        }
    }
}
