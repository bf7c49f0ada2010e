package dev.careerfit.quiz;

import dev.careerfit.quiz.report.Band;

/**
 * The constants of the scoring method (docs/scoring.md). The defaults are what careerfit ships with and
 * what docs/validity.md measured; change them only to study the method, since reports made with other
 * settings are not comparable.
 *
 * @param z multiplier of the standard error: 1.645 for the stated 90% coverage (1.645)
 * @param noisePrior the item noise (standard deviation of an item score, -1..1 units) assumed before any answers: 0.35 is 0.7 of a scale step (0.35)
 * @param noisePriorWeight how many residual degrees of freedom the prior counts as (4)
 * @param defaultWeight weight of a work factor whose importance question is unanswered (0.5)
 * @param interestWeight weight of the interests part of the fit (2)
 * @param valueWeight weight of the work values part (1)
 * @param factorWeight weight of the pros-and-cons part (1)
 * @param minimumItems answered interest, value and work-factor items needed before any score is given (12)
 * @param strongFrom lowest score of the strong band (70)
 * @param goodFrom lowest score of the good band (60)
 * @param mixedFrom lowest score of the mixed band; below it is weak (45)
 * @param dealBreakerAttitude attitude at or below which a work factor can be a deal-breaker (-0.5)
 * @param dealBreakerImportance importance answer at or above which it can be one (4)
 * @param dealBreakerPercentile the role's percentile on the factor among all roles at or above which it can be one (80)
 * @param changesListed how many "what would change the result" entries a report lists (5)
 * @since 0.1
 */
public record ScoringSettings(double z, double noisePrior, double noisePriorWeight, double defaultWeight, double interestWeight, double valueWeight, double factorWeight, int minimumItems, double strongFrom, double goodFrom, double mixedFrom, double dealBreakerAttitude, int dealBreakerImportance, double dealBreakerPercentile, int changesListed) {
    private static final ScoringSettings DEFAULTS = new ScoringSettings(1.645, 0.35, 4, 0.5, 2, 1, 1, 12, 70, 60, 45, -0.5, 4, 80, 5);

    public ScoringSettings {
        check(z > 0 && z <= 5, "z must be above 0 and at most 5, was " + z);
        check(noisePrior > 0 && noisePrior <= 2, "noisePrior must be above 0 and at most 2, was " + noisePrior);
        check(noisePriorWeight >= 0, "noisePriorWeight must not be negative, was " + noisePriorWeight);
        check(defaultWeight >= 0 && defaultWeight <= 1, "defaultWeight must be between 0 and 1, was " + defaultWeight);
        check(interestWeight >= 0, "interestWeight must not be negative, was " + interestWeight);
        check(valueWeight >= 0, "valueWeight must not be negative, was " + valueWeight);
        check(factorWeight >= 0, "factorWeight must not be negative, was " + factorWeight);
        check(minimumItems >= 1, "minimumItems must be at least 1, was " + minimumItems);
        check(strongFrom <= 100 && strongFrom > goodFrom, "band thresholds must rise: 0 < mixedFrom < goodFrom < strongFrom <= 100, was " + strongFrom);
        check(goodFrom > mixedFrom, "band thresholds must rise: 0 < mixedFrom < goodFrom < strongFrom <= 100, was " + goodFrom);
        check(mixedFrom > 0, "band thresholds must rise: 0 < mixedFrom < goodFrom < strongFrom <= 100, was " + mixedFrom);
        check(dealBreakerAttitude >= -1 && dealBreakerAttitude < 0, "dealBreakerAttitude must be between -1 and 0, was " + dealBreakerAttitude);
        check(dealBreakerImportance >= 1 && dealBreakerImportance <= 5, "dealBreakerImportance must be between 1 and 5, was " + dealBreakerImportance);
        check(dealBreakerPercentile >= 0 && dealBreakerPercentile <= 100, "dealBreakerPercentile must be between 0 and 100, was " + dealBreakerPercentile);
        check(changesListed >= 0, "changesListed must not be negative, was " + changesListed);
    }

    /** careerfit's settings. */
    public static ScoringSettings defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The weight of a work factor: (importance - 1) / 4, or {@link #defaultWeight()} when {@code null}. */
    public double weightOf(Integer importance) {
        return importance == null ? defaultWeight : (importance - 1) / 4.0;
    }

    /** The band a score falls in. */
    public Band bandOf(double score) {
        if (score >= strongFrom) {
            return Band.STRONG;
        }
        if (score >= goodFrom) {
            return Band.GOOD;
        }
        return score >= mixedFrom ? Band.MIXED : Band.WEAK;
    }

    /** The coverage the intervals state, from {@link #z()}: 0.90 for 1.645. */
    public double coverage() {
        return Numbers.normalCdf(z) * 2 - 1;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds {@link ScoringSettings} from the defaults or another instance. */
    public static final class Builder {
        private double z;
        private double noisePrior;
        private double noisePriorWeight;
        private double defaultWeight;
        private double interestWeight;
        private double valueWeight;
        private double factorWeight;
        private int minimumItems;
        private double strongFrom;
        private double goodFrom;
        private double mixedFrom;
        private double dealBreakerAttitude;
        private int dealBreakerImportance;
        private double dealBreakerPercentile;
        private int changesListed;

        private Builder(ScoringSettings s) {
            z = s.z;
            noisePrior = s.noisePrior;
            noisePriorWeight = s.noisePriorWeight;
            defaultWeight = s.defaultWeight;
            interestWeight = s.interestWeight;
            valueWeight = s.valueWeight;
            factorWeight = s.factorWeight;
            minimumItems = s.minimumItems;
            strongFrom = s.strongFrom;
            goodFrom = s.goodFrom;
            mixedFrom = s.mixedFrom;
            dealBreakerAttitude = s.dealBreakerAttitude;
            dealBreakerImportance = s.dealBreakerImportance;
            dealBreakerPercentile = s.dealBreakerPercentile;
            changesListed = s.changesListed;
        }

        public Builder z(double value) {
            this.z = value;
            return this;
        }

        public Builder noisePrior(double value) {
            this.noisePrior = value;
            return this;
        }

        public Builder noisePriorWeight(double value) {
            this.noisePriorWeight = value;
            return this;
        }

        public Builder defaultWeight(double value) {
            this.defaultWeight = value;
            return this;
        }

        public Builder interestWeight(double value) {
            this.interestWeight = value;
            return this;
        }

        public Builder valueWeight(double value) {
            this.valueWeight = value;
            return this;
        }

        public Builder factorWeight(double value) {
            this.factorWeight = value;
            return this;
        }

        public Builder minimumItems(int value) {
            this.minimumItems = value;
            return this;
        }

        public Builder strongFrom(double value) {
            this.strongFrom = value;
            return this;
        }

        public Builder goodFrom(double value) {
            this.goodFrom = value;
            return this;
        }

        public Builder mixedFrom(double value) {
            this.mixedFrom = value;
            return this;
        }

        public Builder dealBreakerAttitude(double value) {
            this.dealBreakerAttitude = value;
            return this;
        }

        public Builder dealBreakerImportance(int value) {
            this.dealBreakerImportance = value;
            return this;
        }

        public Builder dealBreakerPercentile(double value) {
            this.dealBreakerPercentile = value;
            return this;
        }

        public Builder changesListed(int value) {
            this.changesListed = value;
            return this;
        }

        /** @throws IllegalArgumentException naming the first setting out of range */
        public ScoringSettings build() {
            return new ScoringSettings(z, noisePrior, noisePriorWeight, defaultWeight, interestWeight, valueWeight, factorWeight, minimumItems, strongFrom, goodFrom, mixedFrom, dealBreakerAttitude, dealBreakerImportance, dealBreakerPercentile, changesListed);
        }
    }
}
