package dev.careerfit.provenance;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import dev.careerfit.market.PayPeriod;

/**
 * A publisher's figures converted by careerfit to another pay period: the figures are the publisher's,
 * the conversion (and so every amount shown) is careerfit's. Where the publisher withholds the period on
 * purpose (the BLS publishes only annual wages for teachers, only hourly ones for actors), its reason is
 * in the provenance's note and is shown before the conversion.
 *
 * @param from         the period the publisher states the figures per
 * @param to           the period careerfit converted them to
 * @param hoursPerYear the hours of a working year the conversion assumes
 * @since 0.3
 */
@Api(Api.Status.EXPERIMENTAL)
public record Conversion(PayPeriod from, PayPeriod to, int hoursPerYear) {
    public Conversion {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        if (from == to) {
            throw new IllegalArgumentException("a conversion goes from one pay period to the other, not " + from
                    + " to " + to);
        }
        if (hoursPerYear <= 0) {
            throw new IllegalArgumentException("hoursPerYear must be positive, was " + hoursPerYear);
        }
    }

    /** Annual to hourly, or back, at {@value PayPeriod#HOURS_PER_YEAR} hours a year. */
    public static Conversion of(PayPeriod from, PayPeriod to) {
        return new Conversion(from, to, PayPeriod.HOURS_PER_YEAR);
    }

    /** The rule in words: {@code annual figures ÷ 2,080 hours}. */
    public String rule() {
        String hours = String.format(java.util.Locale.ROOT, "%,d", hoursPerYear);
        return from == PayPeriod.ANNUAL ? "the annual figures ÷ " + hours + " hours a year"
                : "the hourly figures × " + hours + " hours a year";
    }

    /** {@code converted by careerfit from the annual figures: annual figures ÷ 2,080 hours a year}. */
    public String describe() {
        return "converted by careerfit: " + rule();
    }
}
