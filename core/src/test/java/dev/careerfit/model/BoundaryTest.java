package dev.careerfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.Framing;
import dev.careerfit.market.Location;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.role.Proficiency;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of documented ranges, where mutation testing (docs/reliability.md) found that moving a bound by
 * one step went unnoticed: each documented bound is checked on both sides.
 */
class BoundaryTest {
    private static final Location US = Location.national("US");
    private static final Currency USD = Currency.getInstance("USD");

    /** As {@link Proficiency#fromOnetLevel} documents: below 1 none, 2.5 basic, 4 intermediate, 5.5 advanced. */
    @ParameterizedTest
    @CsvSource({"0, NONE", "0.99, NONE", "1, BASIC", "2.49, BASIC", "2.5, INTERMEDIATE", "3.99, INTERMEDIATE",
            "4, ADVANCED", "5.49, ADVANCED", "5.5, EXPERT", "7, EXPERT"})
    void onetLevelsMapToProficienciesAtTheDocumentedBounds(double level, Proficiency expected) {
        assertThat(Proficiency.fromOnetLevel(level)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 7.01, Double.NaN})
    void onetLevelsOutsideZeroToSevenAreRejected(double level) {
        assertThatThrownBy(() -> Proficiency.fromOnetLevel(level)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 7");
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 5.0})
    void factorIntensitiesOfExactlyOneAndFiveAreAccepted(double intensity) {
        assertThat(FactorExposure.of("pressure", intensity, Framing.NEUTRAL, null).intensity()).isEqualTo(intensity);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.99, 5.01})
    void factorIntensitiesJustOutsideOneToFiveAreRejected(double intensity) {
        assertThatThrownBy(() -> FactorExposure.of("pressure", intensity, Framing.NEUTRAL, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and 5");
    }

    @Test
    void theCentralEstimateIsTopCodedOnlyWhenTheFigureItUsesIs() {
        TreeMap<Integer, BigDecimal> p = new TreeMap<>();
        p.put(50, BigDecimal.valueOf(239_200));
        p.put(90, BigDecimal.valueOf(239_200));
        assertThat(band(null, BigDecimal.valueOf(200_000), p, Set.of(SalaryBand.MEDIAN)).centralEstimateTopCoded())
                .isTrue();
        assertThat(band(null, BigDecimal.valueOf(200_000), p, Set.of("p90")).centralEstimateTopCoded()).isFalse();
        assertThat(band(BigDecimal.valueOf(210_000), null, p, Set.of(SalaryBand.MEAN)).centralEstimateTopCoded())
                .isTrue();
        assertThat(band(BigDecimal.valueOf(210_000), null, p, Set.of("p50")).centralEstimateTopCoded()).isFalse();
        assertThat(band(null, null, p, Set.of("p50")).centralEstimateTopCoded()).isTrue();
        assertThat(band(null, null, p, Set.of("p90")).centralEstimateTopCoded()).isFalse();
    }

    @Test
    void percentilesOneAndNinetyNineAreTheirRangesEnds() {
        TreeMap<Integer, BigDecimal> ends = new TreeMap<>();
        ends.put(1, BigDecimal.ONE);
        ends.put(99, BigDecimal.TEN);
        assertThat(band(null, null, ends, Set.of()).percentiles()).containsOnlyKeys(1, 99);
        for (int outside : new int[] {0, 100}) {
            TreeMap<Integer, BigDecimal> bad = new TreeMap<>();
            bad.put(outside, BigDecimal.ONE);
            assertThatThrownBy(() -> band(null, null, bad, Set.of())).hasMessageContaining("between 1 and 99");
        }
    }

    @Test
    void anExceptionWithManyProblemsRepeatsTenAndCountsTheRest() {
        List<Problem> problems = IntStream.range(0, 73)
                .mapToObj(i -> new Problem("$.answers[" + i + "]", "unknown field 'qe'")).toList();

        InvalidDataException e = new InvalidDataException("answers.json", problems);

        assertThat(e.problems()).hasSize(73);
        assertThat(e.getMessage()).startsWith("answers.json: 73 problems: $.answers[0]")
                .contains("$.answers[9]").doesNotContain("$.answers[10]").endsWith("; and 63 more");
    }

    private static SalaryBand band(BigDecimal mean, BigDecimal median, TreeMap<Integer, BigDecimal> percentiles,
                                   Set<String> topCoded) {
        return new SalaryBand(USD, PayPeriod.ANNUAL, US, mean, median, null, null, percentiles, null, topCoded,
                Set.of(), null);
    }
}
