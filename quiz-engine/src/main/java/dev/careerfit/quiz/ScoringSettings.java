package dev.careerfit.quiz;

import dev.careerfit.Api;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.report.Band;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The constants of the scoring method (docs/scoring.md). The defaults are what careerfit ships with and
 * what docs/validity.md measured; change them only to study the method, since reports made with other
 * settings are not comparable.
 *
 * @param z multiplier of the standard error: 1.645 for the stated 90% coverage (1.645)
 * @param noisePrior the item noise (standard deviation of an item score, -1..1 units) assumed before any answers: 0.35 is 0.7 of a scale step (0.35)
 * @param noisePriorWeight how many residual degrees of freedom the prior counts as (4)
 * @param defaultWeight weight of a dimension weighed by importance (a work factor) whose importance question is unanswered (0.5)
 * @param weights the weight W of each family's part of the fit, by family id, where it differs from the family's
 *                {@linkplain DimensionFamily#defaultWeight() own} (none: interests 2, work values 1, work factors 1, preparation 1)
 * @param minimumItems answered items on dimensions needed before any result is given (12)
 * @param strongFrom lowest score of the strong band (70)
 * @param goodFrom lowest score of the good band (60)
 * @param mixedFrom lowest score of the mixed band; below it is weak (45)
 * @param dealBreakerAttitude attitude at or below which a work factor can be a deal-breaker (-0.5)
 * @param dealBreakerImportance importance answer at or above which it can be one (4)
 * @param dealBreakerPercentile the role's percentile on the factor among all roles at or above which it can be one (80)
 * @param changesListed how many "what would change the result" entries a report lists (5)
 * @param wantsFrom item score from which a person {@linkplain dev.careerfit.quiz.report.Stance#WANTS wants} a dimension (0.75)
 * @param avoidsFrom item score up to which a person {@linkplain dev.careerfit.quiz.report.Stance#AVOIDS avoids} one (-0.5)
 * @param neutralWithin how far from their own reference (0 for a work factor, their mean for interests and values)
 *                      a person's side may be and still be neutral: never given as a reason for or against (0.25)
 * @param consistencyFloor the split-half consistency of the work activities below which the answers are flagged
 *                         {@linkplain dev.careerfit.quiz.report.ResponseFlag#INCONSISTENT inconsistent} (0.3)
 * @param retakes how many retakes are simulated to state how often a role or family stays in the top 10 (40)
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record ScoringSettings(double z, double noisePrior, double noisePriorWeight, double defaultWeight,
                              Map<String, Double> weights, int minimumItems, double strongFrom, double goodFrom,
                              double mixedFrom, double dealBreakerAttitude, int dealBreakerImportance,
                              double dealBreakerPercentile, int changesListed, double wantsFrom, double avoidsFrom,
                              double neutralWithin, double consistencyFloor, int retakes) {
    private static final ScoringSettings DEFAULTS = new ScoringSettings(1.645, 0.35, 4, 0.5, Map.of(), 12, 70, 60, 45,
            -0.5, 4, 80, 5, 0.75, -0.5, 0.25, 0.3, 40);

    public ScoringSettings {
        check(z > 0 && z <= 5, "z must be above 0 and at most 5, was " + z);
        check(noisePrior > 0 && noisePrior <= 2, "noisePrior must be above 0 and at most 2, was " + noisePrior);
        check(noisePriorWeight >= 0, "noisePriorWeight must not be negative, was " + noisePriorWeight);
        check(defaultWeight >= 0 && defaultWeight <= 1, "defaultWeight must be between 0 and 1, was " + defaultWeight);
        weights = Map.copyOf(Objects.requireNonNull(weights, "weights"));
        weights.forEach((family, w) -> check(w != null && w >= 0, "the weight of family " + family
                + " must not be negative, was " + w));
        check(minimumItems >= 1, "minimumItems must be at least 1, was " + minimumItems);
        check(strongFrom <= 100 && strongFrom > goodFrom, "band thresholds must rise: 0 < mixedFrom < goodFrom < strongFrom <= 100, was " + strongFrom);
        check(goodFrom > mixedFrom, "band thresholds must rise: 0 < mixedFrom < goodFrom < strongFrom <= 100, was " + goodFrom);
        check(mixedFrom > 0, "band thresholds must rise: 0 < mixedFrom < goodFrom < strongFrom <= 100, was " + mixedFrom);
        check(dealBreakerAttitude >= -1 && dealBreakerAttitude < 0, "dealBreakerAttitude must be between -1 and 0, was " + dealBreakerAttitude);
        check(dealBreakerImportance >= 1 && dealBreakerImportance <= 5, "dealBreakerImportance must be between 1 and 5, was " + dealBreakerImportance);
        check(dealBreakerPercentile >= 0 && dealBreakerPercentile <= 100, "dealBreakerPercentile must be between 0 and 100, was " + dealBreakerPercentile);
        check(changesListed >= 0, "changesListed must not be negative, was " + changesListed);
        check(wantsFrom > 0 && wantsFrom <= 1, "wantsFrom must be above 0 and at most 1, was " + wantsFrom);
        check(avoidsFrom >= -1 && avoidsFrom < 0, "avoidsFrom must be between -1 and 0, was " + avoidsFrom);
        check(neutralWithin >= 0 && neutralWithin < 1, "neutralWithin must be at least 0 and below 1, was " + neutralWithin);
        check(consistencyFloor >= -1 && consistencyFloor <= 1, "consistencyFloor must be between -1 and 1, was "
                + consistencyFloor);
        check(retakes >= 0 && retakes <= 10_000, "retakes must be between 0 and 10000, was " + retakes);
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

    /** The weight W of {@code family}'s part of the fit: the one set here, else the family's own. */
    public double weight(DimensionFamily family) {
        Double w = weights.get(family.id());
        return w != null ? w : family.defaultWeight();
    }

    /** The weight of a dimension weighed by importance: (importance - 1) / 4, or {@link #defaultWeight()} when {@code null}. */
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
    @Api(Api.Status.STABLE)
    public static final class Builder {
        private double z;
        private double noisePrior;
        private double noisePriorWeight;
        private double defaultWeight;
        private final Map<String, Double> weights;
        private int minimumItems;
        private double strongFrom;
        private double goodFrom;
        private double mixedFrom;
        private double dealBreakerAttitude;
        private int dealBreakerImportance;
        private double dealBreakerPercentile;
        private int changesListed;
        private double wantsFrom;
        private double avoidsFrom;
        private double neutralWithin;
        private double consistencyFloor;
        private int retakes;

        private Builder(ScoringSettings s) {
            z = s.z;
            noisePrior = s.noisePrior;
            noisePriorWeight = s.noisePriorWeight;
            defaultWeight = s.defaultWeight;
            weights = new LinkedHashMap<>(s.weights);
            minimumItems = s.minimumItems;
            strongFrom = s.strongFrom;
            goodFrom = s.goodFrom;
            mixedFrom = s.mixedFrom;
            dealBreakerAttitude = s.dealBreakerAttitude;
            dealBreakerImportance = s.dealBreakerImportance;
            dealBreakerPercentile = s.dealBreakerPercentile;
            changesListed = s.changesListed;
            wantsFrom = s.wantsFrom;
            avoidsFrom = s.avoidsFrom;
            neutralWithin = s.neutralWithin;
            consistencyFloor = s.consistencyFloor;
            retakes = s.retakes;
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

        /** The weight W of {@code family}'s part of the fit; 0 leaves the family out of the fit. */
        public Builder weight(DimensionFamily family, double value) {
            weights.put(family.id(), value);
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

        public Builder wantsFrom(double value) {
            this.wantsFrom = value;
            return this;
        }

        public Builder avoidsFrom(double value) {
            this.avoidsFrom = value;
            return this;
        }

        public Builder neutralWithin(double value) {
            this.neutralWithin = value;
            return this;
        }

        public Builder consistencyFloor(double value) {
            this.consistencyFloor = value;
            return this;
        }

        /** Retakes simulated for a ranking's stability; 0 states none. */
        public Builder retakes(int value) {
            this.retakes = value;
            return this;
        }

        /** @throws IllegalArgumentException naming the first setting out of range */
        public ScoringSettings build() {
            return new ScoringSettings(z, noisePrior, noisePriorWeight, defaultWeight, weights, minimumItems,
                    strongFrom, goodFrom, mixedFrom, dealBreakerAttitude, dealBreakerImportance, dealBreakerPercentile,
                    changesListed, wantsFrom, avoidsFrom, neutralWithin, consistencyFloor, retakes);
        }
    }
}
