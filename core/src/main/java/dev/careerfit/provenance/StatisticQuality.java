package dev.careerfit.provenance;

import dev.careerfit.Api;

/**
 * How precise a statistic is, where its publisher says so (O*NET publishes N, standard error and a
 * confidence interval for every rating; the BLS a relative standard error for OEWS estimates). Every
 * part is optional.
 *
 * @param sampleSize            number of respondents or observations ({@code N}), or {@code null}
 * @param standardError         standard error of the value, or {@code null}
 * @param lowerBound            lower bound of the published confidence interval, or {@code null}
 * @param upperBound            upper bound of the published confidence interval, or {@code null}
 * @param suppressionAdvised    {@code true} when the publisher recommends not using the value
 *                              (O*NET's "Recommend Suppress"); {@code null} when not stated
 * @param relativeStandardError the standard error as a percent of the value (the BLS's PRSE), or {@code null}
 * @param notRelevant           {@code true} when the publisher marks the value as not relevant to the
 *                              occupation (O*NET's "Not Relevant" on level ratings); {@code null} when not stated
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record StatisticQuality(Integer sampleSize, Double standardError, Double lowerBound, Double upperBound,
                               Boolean suppressionAdvised, Double relativeStandardError, Boolean notRelevant) {
    public StatisticQuality {
        if (sampleSize != null && sampleSize < 0) {
            throw new IllegalArgumentException("sampleSize must not be negative, was " + sampleSize);
        }
        if (standardError != null && (standardError.isNaN() || standardError < 0)) {
            throw new IllegalArgumentException("standardError must not be negative, was " + standardError);
        }
        if (lowerBound != null && upperBound != null && lowerBound > upperBound) {
            throw new IllegalArgumentException("lowerBound " + lowerBound + " is above upperBound " + upperBound);
        }
        if (relativeStandardError != null && (relativeStandardError.isNaN() || relativeStandardError < 0)) {
            throw new IllegalArgumentException("relativeStandardError must not be negative, was "
                    + relativeStandardError);
        }
    }

    /** Sample size, standard error, interval and suppression flag, as O*NET publishes them. */
    public StatisticQuality(Integer sampleSize, Double standardError, Double lowerBound, Double upperBound,
                            Boolean suppressionAdvised) {
        this(sampleSize, standardError, lowerBound, upperBound, suppressionAdvised, null, null);
    }

    public static StatisticQuality sampleSize(int n) {
        return new StatisticQuality(n, null, null, null, null, null, null);
    }

    /** A relative standard error in percent, as the BLS publishes it for OEWS estimates. */
    public static StatisticQuality relativeStandardError(double percent) {
        return new StatisticQuality(null, null, null, null, null, percent, null);
    }

    /** One line: {@code N=8, SE 0.18, 95% CI 4.27-4.98, suppression advised}; empty when nothing is known. */
    public String describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (sampleSize != null) {
            parts.add("N=" + sampleSize);
        }
        if (standardError != null) {
            parts.add("SE " + trim(standardError));
        }
        if (lowerBound != null && upperBound != null) {
            parts.add("95% CI " + trim(lowerBound) + "-" + trim(upperBound));
        }
        if (relativeStandardError != null) {
            parts.add("relative SE " + trim(relativeStandardError) + "%");
        }
        if (Boolean.TRUE.equals(suppressionAdvised)) {
            parts.add("publisher advises suppressing it");
        }
        if (Boolean.TRUE.equals(notRelevant)) {
            parts.add("marked not relevant");
        }
        return String.join(", ", parts);
    }

    private static String trim(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.4f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "") : s;
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
