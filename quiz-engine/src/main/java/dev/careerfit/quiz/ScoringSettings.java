package dev.careerfit.quiz;

import dev.careerfit.quiz.report.Band;

/**
 * The constants of the scoring method (docs/scoring.md). The defaults are what careerfit ships with;
 * change them only to study the method, since reports made with other settings are not comparable.
 *
 * @param z                     multiplier of the standard errors: 1.96 for about 95%
 * @param itemNoiseFloor        least spread assumed among a factor's item scores (0.5 = one scale step),
 *                              so that a few identical answers do not claim certainty
 * @param minimumAnswers        answered items a factor needs to count (2)
 * @param defaultWeight         weight of a factor whose importance question is unanswered (0.5)
 * @param strongFrom            lowest score of the strong band (75)
 * @param goodFrom              lowest score of the good band (60)
 * @param mixedFrom             lowest score of the mixed band (40); below it is weak
 * @param dealBreakerAttitude   attitude at or below which a factor can be a deal-breaker (-0.5)
 * @param dealBreakerImportance importance answer at or above which it can be one (4)
 * @param dealBreakerIntensity  role intensity at or above which it can be one (4)
 * @param changesListed         how many "what would change the result" entries a report lists (5)
 * @param separableDifference   least difference of scores for two roles to count as separate (2 points):
 *                              role intensities are judged in whole steps, and a step on one factor
 *                              moves a score by about that much
 * @since 0.1
 */
public record ScoringSettings(double z, double itemNoiseFloor, int minimumAnswers, double defaultWeight,
                              double strongFrom, double goodFrom, double mixedFrom, double dealBreakerAttitude,
                              int dealBreakerImportance, double dealBreakerIntensity, int changesListed,
                              double separableDifference) {
    private static final ScoringSettings DEFAULTS = new ScoringSettings(1.96, 0.5, 2, 0.5, 75, 60, 40, -0.5, 4, 4, 5,
            2);

    public ScoringSettings {
        check(z > 0 && z <= 5, "z must be above 0 and at most 5, was " + z);
        check(itemNoiseFloor >= 0 && itemNoiseFloor <= 2, "itemNoiseFloor must be between 0 and 2, was " + itemNoiseFloor);
        check(minimumAnswers >= 1, "minimumAnswers must be at least 1, was " + minimumAnswers);
        check(defaultWeight >= 0 && defaultWeight <= 1, "defaultWeight must be between 0 and 1, was " + defaultWeight);
        check(0 < mixedFrom && mixedFrom < goodFrom && goodFrom < strongFrom && strongFrom <= 100,
                "band thresholds must rise: 0 < mixedFrom < goodFrom < strongFrom <= 100, were "
                        + mixedFrom + ", " + goodFrom + ", " + strongFrom);
        check(dealBreakerAttitude >= -1 && dealBreakerAttitude < 0,
                "dealBreakerAttitude must be between -1 and 0, was " + dealBreakerAttitude);
        check(dealBreakerImportance >= 1 && dealBreakerImportance <= 5,
                "dealBreakerImportance must be between 1 and 5, was " + dealBreakerImportance);
        check(dealBreakerIntensity >= 1 && dealBreakerIntensity <= 5,
                "dealBreakerIntensity must be between 1 and 5, was " + dealBreakerIntensity);
        check(changesListed >= 0, "changesListed must not be negative, was " + changesListed);
        check(separableDifference >= 0 && separableDifference <= 100,
                "separableDifference must be between 0 and 100, was " + separableDifference);
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

    /** The weight of a factor: (importance - 1) / 4, or {@link #defaultWeight()} when {@code null}. */
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

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds {@link ScoringSettings}, starting from the defaults. Not thread-safe. */
    public static final class Builder {
        private double z;
        private double itemNoiseFloor;
        private int minimumAnswers;
        private double defaultWeight;
        private double strongFrom;
        private double goodFrom;
        private double mixedFrom;
        private double dealBreakerAttitude;
        private int dealBreakerImportance;
        private double dealBreakerIntensity;
        private int changesListed;
        private double separableDifference;

        private Builder(ScoringSettings s) {
            z = s.z;
            itemNoiseFloor = s.itemNoiseFloor;
            minimumAnswers = s.minimumAnswers;
            defaultWeight = s.defaultWeight;
            strongFrom = s.strongFrom;
            goodFrom = s.goodFrom;
            mixedFrom = s.mixedFrom;
            dealBreakerAttitude = s.dealBreakerAttitude;
            dealBreakerImportance = s.dealBreakerImportance;
            dealBreakerIntensity = s.dealBreakerIntensity;
            changesListed = s.changesListed;
            separableDifference = s.separableDifference;
        }

        public Builder z(double value) {
            z = value;
            return this;
        }

        public Builder itemNoiseFloor(double value) {
            itemNoiseFloor = value;
            return this;
        }

        public Builder minimumAnswers(int value) {
            minimumAnswers = value;
            return this;
        }

        public Builder defaultWeight(double value) {
            defaultWeight = value;
            return this;
        }

        /** The lowest scores of the strong, good and mixed bands. */
        public Builder bands(double strong, double good, double mixed) {
            strongFrom = strong;
            goodFrom = good;
            mixedFrom = mixed;
            return this;
        }

        /** When a factor is a deal-breaker: attitude at most, importance and intensity at least. */
        public Builder dealBreaker(double attitudeAtMost, int importanceAtLeast, double intensityAtLeast) {
            dealBreakerAttitude = attitudeAtMost;
            dealBreakerImportance = importanceAtLeast;
            dealBreakerIntensity = intensityAtLeast;
            return this;
        }

        public Builder changesListed(int value) {
            changesListed = value;
            return this;
        }

        /** Least difference of scores for two roles to count as separate. */
        public Builder separableDifference(double points) {
            separableDifference = points;
            return this;
        }

        public ScoringSettings build() {
            return new ScoringSettings(z, itemNoiseFloor, minimumAnswers, defaultWeight, strongFrom, goodFrom,
                    mixedFrom, dealBreakerAttitude, dealBreakerImportance, dealBreakerIntensity, changesListed,
                    separableDifference);
        }
    }
}
