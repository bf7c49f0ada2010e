package dev.careerfit.quiz;

import static dev.careerfit.quiz.fixture.FixtureCatalog.DATA_SCIENTISTS;
import static dev.careerfit.quiz.fixture.FixtureCatalog.DESIGNERS;
import static dev.careerfit.quiz.fixture.FixtureCatalog.NURSES;
import static dev.careerfit.quiz.fixture.FixtureCatalog.TINY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.careerfit.quiz.bank.DimensionFamilies;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.fixture.FixtureCatalog;
import dev.careerfit.role.RoleId;
import org.junit.jupiter.api.Test;

/** Every role's level on every dimension, and what scoring compares, on the four roles of the fixture. */
class ScoringIndexTest {
    private final ScoringIndex index = ((StandardFitScorer) FixtureCatalog.scorer()).index();

    private int row(String role) {
        return index.row(RoleId.of(role)).orElseThrow();
    }

    private int d(String id) {
        return index.dimension(DimensionId.of(id));
    }

    @Test
    void readsEachRolesLevelFromItsFactsAndNothingWhereItHasNone() {
        assertThat(index.size()).isEqualTo(4);
        assertThat(index.level[row(DATA_SCIENTISTS)][d("investigative")]).isEqualTo(6.99);
        assertThat(index.level[row(TINY)][d("investigative")]).isNaN();
        assertThat(index.level[row(DESIGNERS)][d("pay")]).isEqualTo(2.0);
        assertThat(index.rated[d("investigative")]).isEqualTo(3);
        assertThat(index.rated[d("achievement")]).isEqualTo(2);
    }

    @Test
    void placesAStandingFamilysLevelsAmongAllRolesByMidRankPercentile() {
        // Pay 5, 3, 2, 4: mid-ranks (below + equal / 2) / 4.
        assertThat(index.percentile[row(DATA_SCIENTISTS)][d("pay")]).isEqualTo(0.875);
        assertThat(index.percentile[row(NURSES)][d("pay")]).isEqualTo(0.375);
        assertThat(index.percentile[row(DESIGNERS)][d("pay")]).isEqualTo(0.125);
        assertThat(index.compared[row(DATA_SCIENTISTS)][d("pay")]).isEqualTo(0.75);
        assertThat(index.compared[row(DESIGNERS)][d("pay")]).isEqualTo(-0.75);
    }

    @Test
    void centresTheInterestProfileOnTheRolesOwnMeanAndScalesItToUnitLengthForTheCorrelation() {
        int f = index.families.indexOf(DimensionFamilies.INTEREST);
        double[] ratings = {2.16, 6.99, 2.59, 1.66, 1.71, 5.40};
        double mean = java.util.Arrays.stream(ratings).average().orElseThrow();
        double length = Math.sqrt(java.util.Arrays.stream(ratings).map(y -> (y - mean) * (y - mean)).sum());

        assertThat(index.compared[row(DATA_SCIENTISTS)][d("investigative")]).isCloseTo(6.99 - mean, within(1e-12));
        assertThat(index.bound[f]).as("r lies within -1..1").isEqualTo(1);
        assertThat(index.dense[row(DATA_SCIENTISTS) * index.dimensions.size() + d("investigative")])
                .isCloseTo((6.99 - mean) / length, within(1e-12));
    }

    @Test
    void aDimensionOnlyOneRoleIsRatedOnCannotPlaceItAmongTheOthers() {
        assertThat(index.has(row(DATA_SCIENTISTS), d("messy-data"))).isTrue();
        assertThat(index.comparable(row(DATA_SCIENTISTS), d("messy-data"))).isFalse();
        assertThat(index.dense[row(DATA_SCIENTISTS) * index.dimensions.size() + d("messy-data")]).isZero();
        assertThat(index.familyCount[index.families.indexOf(DimensionFamilies.WORK_FACTOR)][row(DATA_SCIENTISTS)])
                .isEqualTo(2);
    }
}
