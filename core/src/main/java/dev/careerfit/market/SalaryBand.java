package dev.careerfit.market;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Pay for a role at one place, as a source states it: a mean, a median, a range, percentiles, or
 * several of these. Reference year and publisher travel in the surrounding
 * {@link dev.careerfit.provenance.Sourced Sourced}'s provenance.
 *
 * <p>Publishers qualify some figures, and careerfit keeps the qualification rather than a bare number:
 * a {@linkplain #topCoded() top-coded} statistic (the BLS's {@code #}) holds the published limit and
 * means "at least this much"; an {@linkplain #unavailable() unavailable} one (the BLS's {@code *}) has no
 * amount and says so. When a source states the same statistics both per year and per hour, the second
 * period travels in {@link #otherPeriod()}: one statistic in two units is one value, not two.
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
 * @param topCoded    statistics ({@value #MEAN}, {@value #MEDIAN}, {@code p90}...) whose amount is the
 *                    publisher's top-coding limit: the true figure is at least that much
 * @param unavailable statistics the publisher lists but marks as not available; they have no amount
 * @param otherPeriod the same statistics as the source states them per the other pay period, or {@code null}
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record SalaryBand(Currency currency, PayPeriod period, Location location, BigDecimal mean, BigDecimal median,
                         BigDecimal low, BigDecimal high, SortedMap<Integer, BigDecimal> percentiles, String basis,
                         Set<String> topCoded, Set<String> unavailable, SalaryBand otherPeriod) {
    /** Name of the mean in {@link #topCoded()} and {@link #unavailable()}. */
    public static final String MEAN = "mean";
    /** Name of the median in {@link #topCoded()} and {@link #unavailable()}. */
    public static final String MEDIAN = "median";
    /** Name of the bottom of the range. */
    public static final String LOW = "low";
    /** Name of the top of the range. */
    public static final String HIGH = "high";

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
        percentiles = Collections.unmodifiableSortedMap(copy);
        basis = Checks.optionalText(basis);
        topCoded = statistics(topCoded, "topCoded");
        unavailable = statistics(unavailable, "unavailable");
        for (String s : topCoded) {
            if (amountOf(s, mean, median, low, high, percentiles) == null) {
                throw new IllegalArgumentException("topCoded names '" + s + "', which has no amount; a top-coded "
                        + "statistic holds the publisher's limit");
            }
        }
        for (String s : unavailable) {
            if (amountOf(s, mean, median, low, high, percentiles) != null) {
                throw new IllegalArgumentException("unavailable names '" + s + "', which has an amount");
            }
        }
        if (mean == null && median == null && low == null && percentiles.isEmpty()) {
            throw new IllegalArgumentException("a salary band needs a mean, a median, a range or percentiles");
        }
        if (otherPeriod != null) {
            if (otherPeriod.period == period) {
                throw new IllegalArgumentException("otherPeriod must be per the other pay period than " + period);
            }
            if (!otherPeriod.currency.equals(currency) || !otherPeriod.location.equals(location)) {
                throw new IllegalArgumentException("otherPeriod must be for the same currency and location");
            }
            if (otherPeriod.otherPeriod != null) {
                throw new IllegalArgumentException("otherPeriod must not have an otherPeriod of its own");
            }
        }
    }

    /** A band in one period, without qualifications. */
    public SalaryBand(Currency currency, PayPeriod period, Location location, BigDecimal mean, BigDecimal median,
                      BigDecimal low, BigDecimal high, SortedMap<Integer, BigDecimal> percentiles, String basis) {
        this(currency, period, location, mean, median, low, high, percentiles, basis, null, null, null);
    }

    /** An average, e.g. the BLS's national mean. */
    public static SalaryBand mean(String currency, PayPeriod period, Location location, BigDecimal mean) {
        return new SalaryBand(currencyOf(currency), period, location, mean, null, null, null, null, null);
    }

    /** A low-to-high range, e.g. Glassdoor's base-pay range. */
    public static SalaryBand range(String currency, PayPeriod period, Location location, BigDecimal low,
                                   BigDecimal high) {
        return new SalaryBand(currencyOf(currency), period, location, null, null, low, high, null, null);
    }

    /** The same band with the statistics the source also states per the other period. */
    public SalaryBand withOtherPeriod(SalaryBand other) {
        return new SalaryBand(currency, period, location, mean, median, low, high, percentiles, basis, topCoded,
                unavailable, other);
    }

    /** The name a percentile goes by in {@link #topCoded()} and {@link #unavailable()}: {@code p90}. */
    public static String percentile(int p) {
        return "p" + p;
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

    /** Whether the central estimate is a top-coded limit, so the true figure is at least that much. */
    public boolean centralEstimateTopCoded() {
        if (median != null) {
            return topCoded.contains(MEDIAN);
        }
        if (mean != null) {
            return topCoded.contains(MEAN);
        }
        return percentiles.containsKey(50) && topCoded.contains(percentile(50));
    }

    public boolean isTopCoded(String statistic) {
        return topCoded.contains(statistic);
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

    /**
     * This band per {@code target}: the figures the source states for that period when it states
     * them, otherwise converted at {@value PayPeriod#HOURS_PER_YEAR} hours a year.
     */
    public SalaryBand convertTo(PayPeriod target) {
        if (target == period) {
            return this;
        }
        if (otherPeriod != null) {
            return otherPeriod;
        }
        TreeMap<Integer, BigDecimal> p = new TreeMap<>();
        percentiles.forEach((k, v) -> p.put(k, period.convert(v, target)));
        return new SalaryBand(currency, target, location, conv(mean, target), conv(median, target), conv(low, target),
                conv(high, target), p, basis, topCoded, unavailable, null);
    }

    /** Whether {@link #convertTo(PayPeriod)} gives the source's own figures rather than a conversion. */
    public boolean statedPer(PayPeriod target) {
        return target == period || otherPeriod != null;
    }

    private BigDecimal conv(BigDecimal amount, PayPeriod target) {
        return amount == null ? null : period.convert(amount, target);
    }

    private static Currency currencyOf(String code) {
        Checks.notNull(code, "currency");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency '" + code + "' is not an ISO 4217 code, e.g. USD, GBP or EUR",
                    e);
        }
    }

    private static Set<String> statistics(Set<String> names, String field) {
        if (names == null || names.isEmpty()) {
            return Set.of();
        }
        Set<String> copy = new LinkedHashSet<>();
        for (String n : names) {
            Checks.notNull(n, field + " entry");
            if (!n.equals(MEAN) && !n.equals(MEDIAN) && !n.equals(LOW) && !n.equals(HIGH) && !n.matches("p[1-9][0-9]?")) {
                throw new IllegalArgumentException(field + " entry '" + n + "' must be one of " + List.of(MEAN, MEDIAN,
                        LOW, HIGH) + " or a percentile such as p90");
            }
            copy.add(n);
        }
        return Collections.unmodifiableSet(copy);
    }

    private static BigDecimal amountOf(String s, BigDecimal mean, BigDecimal median, BigDecimal low, BigDecimal high,
                                       Map<Integer, BigDecimal> percentiles) {
        return switch (s) {
            case MEAN -> mean;
            case MEDIAN -> median;
            case LOW -> low;
            case HIGH -> high;
            default -> percentiles.get(Integer.parseInt(s.substring(1)));
        };
    }
}
