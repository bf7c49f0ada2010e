package dev.careerfit.market;

import dev.careerfit.Api;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an amount of pay is per. Converting between them assumes full-time work of
 * {@value #HOURS_PER_YEAR} hours a year (40 hours for 52 weeks), the convention the BLS uses.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public enum PayPeriod {
    ANNUAL,
    HOURLY;

    /** Paid hours in a full-time year: 40 hours times 52 weeks. */
    public static final int HOURS_PER_YEAR = 2080;

    /** Converts an amount from this period to {@code target}; hourly figures keep cents. */
    public BigDecimal convert(BigDecimal amount, PayPeriod target) {
        if (this == target) {
            return amount;
        }
        BigDecimal hours = BigDecimal.valueOf(HOURS_PER_YEAR);
        return this == HOURLY
                ? amount.multiply(hours)
                : amount.divide(hours, 2, RoundingMode.HALF_EVEN);
    }
}
