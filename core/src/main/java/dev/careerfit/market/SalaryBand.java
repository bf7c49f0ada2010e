package dev.careerfit.market;

import dev.careerfit.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Pay for a role at one place, as a source states it: a mean, a median, a range, percentiles, or
 * several of these. Reference year and publisher travel in the surrounding
 * {@link dev.careerfit.provenance.Sourced Sourced}'s provenance.
 *
 * @param currency    ISO 4217 currency of every amount
 * @param period      what the amounts are per (annual or hourly)
 * @param location    where they apply
 * @param mean        average pay, or {@code null}
 * @param median      median pay, or {@code null}
 * @param low         bottom of the stated range, or {@code null}
 * @param high        top of the stated range, or {@code null}
 * @param percentiles pay at given percentiles (e.g. 10, 25, 75, 90), possibly empty
 * @param basis       what the pay covers when the source says (e.g. "base pay"), or {@code null}
 * @since 0.1
 */
public record SalaryBand(Currency currency, PayPeriod period, Location location, BigDecimal mean, BigDecimal median,
                         BigDecimal low, BigDecimal high, SortedMap<Integer, BigDecimal> percentiles, String basis) {
    public SalaryBand {
        Checks.notNull(currency, "currency");
        Checks.notNull(period, "period");
        Checks.notNull(location, "location");
        Checks.nonNegative(mean, "mean");
        Checks.nonNegative(median, "median");
        Checks.nonNegative(low, "low");
        Checks.nonNegative(high, "high");
        if ((low == null) != (high == null)) {
            throw new IllegalArgumentException("a salary range needs both low and high");
        }
        if (low != null && low.compareTo(high) > 0) {
            throw new IllegalArgumentException("salary range low " + low.toPlainString() + " is above high "
                    + high.toPlainString());
        }
        TreeMap<Integer, BigDecimal> copy = new TreeMap<>();
        if (percentiles != null) {
            for (Map.Entry<Integer, BigDecimal> e : percentiles.entrySet()) {
                Checks.notNull(e.getKey(), "percentile");
                if (e.getKey() < 1 || e.getKey() > 99) {
                    throw new IllegalArgumentException("percentile must be between 1 and 99, was " + e.getKey());
                }
                copy.put(e.getKey(), Checks.nonNegative(Checks.notNull(e.getValue(), "percentiles[" + e.getKey() + "]"),
                        "percentiles[" + e.getKey() + "]"));
            }
        }
        percentiles = java.util.Collections.unmodifiableSortedMap(copy);
        if (mean == null && median == null && low == null && percentiles.isEmpty()) {
            throw new IllegalArgumentException("a salary band needs a mean, a median, a range or percentiles");
        }
        basis = Checks.optionalText(basis);
    }

    /** An average, e.g. the BLS's national mean. */
    public static SalaryBand mean(String currency, PayPeriod period, Location location, BigDecimal mean) {
        return new SalaryBand(Currency.getInstance(currency), period, location, mean, null, null, null, null, null);
    }

    /** A low-to-high range, e.g. Glassdoor's base-pay range. */
    public static SalaryBand range(String currency, PayPeriod period, Location location, BigDecimal low,
                                   BigDecimal high) {
        return new SalaryBand(Currency.getInstance(currency), period, location, null, null, low, high, null, null);
    }

    /**
     * The single figure that best represents the band: the median, else the mean, else the 50th
     * percentile, else the midpoint of the range, else the middle of the percentiles given.
     */
    public BigDecimal centralEstimate() {
        if (median != null) {
            return median;
        }
        if (mean != null) {
            return mean;
        }
        if (percentiles.containsKey(50)) {
            return percentiles.get(50);
        }
        if (low != null) {
            return low.add(high).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
        }
        return percentiles.get(percentiles.firstKey()).add(percentiles.get(percentiles.lastKey()))
                .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
    }

    /** Which figure {@link #centralEstimate()} uses, for saying so in reports. */
    public String centralEstimateKind() {
        if (median != null) {
            return "median";
        }
        if (mean != null) {
            return "mean";
        }
        return percentiles.containsKey(50) ? "50th percentile" : "midpoint of range";
    }

    public Optional<BigDecimal> meanAmount() {
        return Optional.ofNullable(mean);
    }

    public Optional<BigDecimal> medianAmount() {
        return Optional.ofNullable(median);
    }

    public boolean hasRange() {
        return low != null;
    }

    /** The same band expressed per {@code target} period, at {@value PayPeriod#HOURS_PER_YEAR} hours a year. */
    public SalaryBand convertTo(PayPeriod target) {
        if (target == period) {
            return this;
        }
        TreeMap<Integer, BigDecimal> p = new TreeMap<>();
        percentiles.forEach((k, v) -> p.put(k, period.convert(v, target)));
        return new SalaryBand(currency, target, location, conv(mean, target), conv(median, target), conv(low, target),
                conv(high, target), p, basis);
    }

    private BigDecimal conv(BigDecimal amount, PayPeriod target) {
        return amount == null ? null : period.convert(amount, target);
    }
}
