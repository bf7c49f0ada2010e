package dev.careerfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.education.CareerPath;
import dev.careerfit.education.EducationDistribution;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.education.Expectation;
import dev.careerfit.education.JobZone;
import dev.careerfit.education.PathStep;
import dev.careerfit.education.YearRange;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.Framing;
import dev.careerfit.market.IndustryShare;
import dev.careerfit.market.Location;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.OutlookMeasure;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.StatisticQuality;
import dev.careerfit.role.Proficiency;
import dev.careerfit.role.Rating;
import dev.careerfit.role.RatingScale;
import dev.careerfit.role.RoleId;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DomainValidationTest {

    private static final Location US = Location.national("US");
    private static final Currency USD = Currency.getInstance("USD");

    @ParameterizedTest
    @ValueSource(strings = {"", "ML-Engineer", "ml engineer", "-ml", "ml-", "ml--engineer", "ml_engineer"})
    void rejectsMalformedRoleIds(String id) {
        assertThatThrownBy(() -> RoleId.of(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("role id '" + id + "'");
    }

    static Stream<Arguments> invalidSalaryBands() {
        return Stream.of(
                Arguments.of((Runnable) () -> new SalaryBand(USD, PayPeriod.ANNUAL, US, new BigDecimal("-1"), null, null,
                        null, null, null), "mean must not be negative, was -1"),
                Arguments.of((Runnable) () -> SalaryBand.range("USD", PayPeriod.ANNUAL, US, BigDecimal.valueOf(150_000),
                        BigDecimal.valueOf(110_000)), "salary range low 150000 is above high 110000"),
                Arguments.of((Runnable) () -> new SalaryBand(USD, PayPeriod.ANNUAL, US, null, null,
                        BigDecimal.ONE, null, null, null), "a salary range needs both low and high"),
                Arguments.of((Runnable) () -> new SalaryBand(USD, PayPeriod.ANNUAL, US, null, null, null, null, null,
                        null), "a salary band needs a mean, a median, a range or percentiles"),
                Arguments.of((Runnable) () -> new SalaryBand(USD, PayPeriod.ANNUAL, US, null, null, null, null,
                        new TreeMap<>(Map.of(100, BigDecimal.ONE)), null), "percentile must be between 1 and 99, was 100"),
                Arguments.of((Runnable) () -> new SalaryBand(null, PayPeriod.ANNUAL, US, BigDecimal.ONE, null, null, null,
                        null, null), "currency must not be null"));
    }

    @ParameterizedTest
    @MethodSource("invalidSalaryBands")
    void rejectsInvalidSalaryBandsWithExactMessages(Runnable construction, String message) {
        assertThatThrownBy(construction::run).hasMessage(message);
    }

    @Test
    void convertsHourlyToAnnualAt2080HoursAndBack() {
        SalaryBand hourly = SalaryBand.mean("USD", PayPeriod.HOURLY, US, new BigDecimal("54.05"));

        assertThat(hourly.convertTo(PayPeriod.ANNUAL).mean()).isEqualByComparingTo("112424.00");
        assertThat(SalaryBand.mean("USD", PayPeriod.ANNUAL, US, new BigDecimal("112430")).convertTo(PayPeriod.HOURLY)
                .mean()).isEqualByComparingTo("54.05");
    }

    @Test
    void centralEstimatePrefersMedianThenMeanThenRangeMidpoint() {
        assertThat(SalaryBand.range("USD", PayPeriod.ANNUAL, US, BigDecimal.valueOf(110_000), BigDecimal.valueOf(150_000))
                .centralEstimate()).isEqualByComparingTo("130000");
        assertThat(new SalaryBand(USD, PayPeriod.ANNUAL, US, BigDecimal.TEN, BigDecimal.ONE, null, null, null, null)
                .centralEstimate()).isEqualByComparingTo("1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "USA", "U"})
    void rejectsCountriesThatAreNotTwoCapitalLetters(String country) {
        assertThatThrownBy(() -> Location.national(country)).hasMessageContaining("ISO 3166-1 alpha-2");
    }

    @Test
    void locationsMatchByCityRegionOrCountryIgnoringCase() {
        Location sf = Location.city("US", "CA", "San Francisco");

        assertThat(sf.matches("san francisco")).isTrue();
        assertThat(sf.matches("ca")).isTrue();
        assertThat(sf.matches("London")).isFalse();
        assertThat(sf.scope()).isEqualTo(Location.Scope.CITY);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 100.1, Double.NaN})
    void rejectsPercentagesOutsideZeroToHundred(double percent) {
        assertThatThrownBy(() -> IndustryShare.of("Technology", percent)).hasMessageContaining("percent must be between 0 and 100");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.9, 5.1})
    void rejectsFactorIntensitiesOutsideOneToFive(double intensity) {
        assertThatThrownBy(() -> FactorExposure.of("pay", intensity, Framing.PRO, null))
                .hasMessageContaining("intensity must be between 1 and 5");
    }

    @Test
    void outlookFiguresNeedTheYearsTheirMeasureImplies() {
        assertThatThrownBy(() -> new OutlookFigure(OutlookMeasure.EMPLOYMENT_GROWTH_PERCENT, 9.7, 2022, null, null))
                .hasMessage("EMPLOYMENT_GROWTH_PERCENT needs an endYear");
        assertThatThrownBy(() -> new OutlookFigure(OutlookMeasure.JOBS_IN_YEAR, 10_000, null, null, null))
                .hasMessage("JOBS_IN_YEAR needs a year");
        assertThatThrownBy(() -> OutlookFigure.openingsPerYear(-5)).hasMessage("OPENINGS_PER_YEAR must not be negative, was -5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023", "2022-2032", " 2015 - 2017 "})
    void parsesReferencePeriods(String text) {
        assertThat(ReferencePeriod.parse(text).toString()).isEqualTo(text.replace(" ", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "last year", "2032-2022", "20x3"})
    void rejectsMalformedReferencePeriods(String text) {
        assertThatThrownBy(() -> ReferencePeriod.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEducationRequirementOfMastersOrPhdNeedsAtLeastAMasters() {
        EducationRequirement req = new EducationRequirement(List.of(EducationLevel.DOCTORATE, EducationLevel.MASTERS),
                Expectation.REQUIRED, List.of("computer science"));

        assertThat(req.minimumLevel()).isEqualTo(EducationLevel.MASTERS);
        assertThat(EducationLevel.MASTERS.onetCategory()).isEqualTo(8);
        assertThat(EducationLevel.ofOnetCategory(11)).isEqualTo(EducationLevel.DOCTORATE);
    }

    @Test
    void careerPathAddsUpRequiredAndOptionalYears() {
        CareerPath path = new CareerPath("degree route", List.of(
                new PathStep("Bachelor's degree", null, YearRange.exactly(4), false),
                new PathStep("Entry-level experience", null, YearRange.of(1, 2), false),
                new PathStep("Master's degree", null, YearRange.of(1, 2), true),
                new PathStep("Build a portfolio", null, null, false)));

        assertThat(path.requiredYears()).isEqualTo(YearRange.of(5, 6));
        assertThat(path.allYears()).isEqualTo(YearRange.of(6, 8));
    }

    @Test
    void holdsAnOnetEducationDistributionWithItsStandardErrors() {
        // O*NET 15-2041.00 style: percent of respondents per category, each with N and SE.
        EducationDistribution d = new EducationDistribution(
                Map.of(EducationLevel.BACHELORS, 10.0, EducationLevel.MASTERS, 55.0, EducationLevel.DOCTORATE, 35.0),
                Map.of(EducationLevel.MASTERS, new StatisticQuality(28, 11.39, 11.43, 55.82, false)));

        assertThat(d.mostCommon()).contains(EducationLevel.MASTERS);
        assertThat(d.percentAtLeast(EducationLevel.MASTERS)).isEqualTo(90.0);
        assertThatThrownBy(() -> new EducationDistribution(Map.of(EducationLevel.BACHELORS, 80.0,
                EducationLevel.MASTERS, 40.0), Map.of())).hasMessageContaining("more than 100");
    }

    @Test
    void ratingsStayWithinTheirScale() {
        assertThat(Rating.of(3.0, RatingScale.ONET_IMPORTANCE).normalised()).isEqualTo(0.5);
        assertThatThrownBy(() -> Rating.of(7.5, RatingScale.ONET_LEVEL))
                .hasMessage("rating on scale LV must be between 0 and 7, was 7.5");
        assertThat(Proficiency.fromOnetLevel(4.38)).isEqualTo(Proficiency.ADVANCED);
        assertThatThrownBy(() -> new JobZone(6)).hasMessage("job zone must be between 1 and 5, was 6");
    }
}
