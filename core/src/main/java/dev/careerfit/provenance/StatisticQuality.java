package dev.careerfit.provenance;

/**
 * How precise a statistic is, where its publisher says so (O*NET publishes all of these for every
 * rating). Every part is optional.
 *
 * @param sampleSize        number of respondents or observations ({@code N}), or {@code null}
 * @param standardError     standard error of the value, or {@code null}
 * @param lowerBound        lower bound of the published confidence interval, or {@code null}
 * @param upperBound        upper bound of the published confidence interval, or {@code null}
 * @param suppressionAdvised {@code true} when the publisher recommends not using the value
 *                           (O*NET's "Recommend Suppress"); {@code null} when not stated
 * @since 0.1
 */
public record StatisticQuality(Integer sampleSize, Double standardError, Double lowerBound, Double upperBound,
                               Boolean suppressionAdvised) {
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
    }

    public static StatisticQuality sampleSize(int n) {
        return new StatisticQuality(n, null, null, null, null);
    }
}
