package dev.careerfit.catalog;

import static dev.careerfit.catalog.TestData.BOARD;
import static dev.careerfit.catalog.TestData.GUIDE;
import static dev.careerfit.catalog.TestData.OFFICIAL;
import static dev.careerfit.catalog.TestData.from;
import static dev.careerfit.catalog.TestData.usMean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.Framing;
import dev.careerfit.market.Location;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Reading;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which values disagree and why one was chosen, said truthfully: a value inside a stated range agrees with it,
 * a dispute counts only the values that disagree, and a choice the policy did not make (two values it ranks
 * alike) is put down to the order the values came in, not to the policy.
 */
class DisputeRulesTest {
    private static final Source SURVEY = new Source(SourceId.of("survey"), "A Survey", "Pay of widget makers",
            SourceKind.SURVEY, null, null);
    private static final Source OTHER_GUIDE = new Source(SourceId.of("other-guide"), "Another Guide", "Widgets",
            SourceKind.EDITORIAL, null, null);
    private static final Source READING = new Source(SourceId.of("reading"), "careerfit", "careerfit's readings",
            SourceKind.CAREERFIT_ASSESSMENT, null, null);
    private static final Source ESTIMATE = new Source(SourceId.of("estimate"), "careerfit", "careerfit's estimates",
            SourceKind.CAREERFIT_ASSESSMENT, null, null);

    private static CareerRole role(ProviderStub... providers) {
        return CareerCatalog.builder().discoverProviders(false).addProvider(providers).build().requireRole("widget-maker");
    }

    private static ProviderStub provider(String id, Source source, RoleProfile profile) {
        return new ProviderStub(id, 10, List.of(source), List.of(profile));
    }

    private static RoleProfile.Builder widgetMaker() {
        return RoleProfile.builder("widget-maker");
    }

    @Test
    void aRangeAgreesWithTheFiguresInsideItAndOnlyTheValuesThatDisagreeAreCounted() {
        CareerRole role = role(
                provider("stats", OFFICIAL, widgetMaker().title("Widget maker")
                        .add(FactKinds.SALARY, from(OFFICIAL, usMean(112_430))).build()),
                provider("board", BOARD, widgetMaker().add(FactKinds.SALARY, from(BOARD, SalaryBand.range("USD",
                        PayPeriod.ANNUAL, Location.national("US"), BigDecimal.valueOf(110_000),
                        BigDecimal.valueOf(150_000)))).build()),
                provider("survey", SURVEY, widgetMaker().add(FactKinds.SALARY, from(SURVEY, usMean(120_000))).build()));

        FactGroup<SalaryBand> us = role.salariesAt("US").get(0);
        Sourced<SalaryBand> range = us.values().stream().filter(v -> v.value().hasRange()).findFirst().orElseThrow();
        assertThat(us.disputed()).as("the two means differ").isTrue();
        assertThat(us.disagreeing()).extracting(v -> v.provenance().source()).containsExactly(OFFICIAL, SURVEY);
        assertThat(us.agreesWithAll(range)).isTrue();
        assertThat(us.resolution()).isEqualTo("chose A Statistics Office, cited in test by policy "
                + "'authoritative-source-first': official statistics before a survey");
        assertThat(role.conflicts()).singleElement().satisfies(c -> assertThat(c.describe())
                .contains("2 of 3 values differ on amount, from A Statistics Office; A Survey;"));
    }

    @Test
    void twoRangesAgreeWhenTheyOverlap() {
        SalaryBand a = SalaryBand.range("USD", PayPeriod.ANNUAL, Location.national("US"), BigDecimal.valueOf(110_000),
                BigDecimal.valueOf(150_000));
        SalaryBand b = SalaryBand.range("USD", PayPeriod.ANNUAL, Location.national("US"), BigDecimal.valueOf(140_000),
                BigDecimal.valueOf(170_000));
        SalaryBand c = SalaryBand.range("USD", PayPeriod.ANNUAL, Location.national("US"), BigDecimal.valueOf(160_000),
                BigDecimal.valueOf(170_000));

        assertThat(FactKinds.SALARY.differences(a, b)).isEmpty();
        assertThat(FactKinds.SALARY.differences(a, c)).containsExactly("amount");
    }

    @Test
    void aChoiceBetweenValuesThePolicyRanksAlikeIsPutDownToTheirOrder() {
        CareerRole role = role(
                provider("guide", GUIDE, widgetMaker().title("Widget maker")
                        .add(FactKinds.SALARY, from(GUIDE, usMean(100_000))).build()),
                provider("other", OTHER_GUIDE, widgetMaker().add(FactKinds.SALARY, from(OTHER_GUIDE, usMean(90_000)))
                        .build()));

        assertThat(role.salariesAt("US").get(0).resolution()).isEqualTo("policy 'authoritative-source-first' has no "
                + "preference here (both of one rank (an editorial guide's own words), neither with a more recent "
                + "reference period), so the first value in provider order, then in the order its provider lists them: "
                + "A Career Guide, cited in test");
        assertThat(role.salariesAt("US").get(0).tiedWithChosen(ConflictPolicies.authoritativeSourceFirst())).isPresent();
    }

    @Test
    void careerfitsReadingOfASourcesWordsRanksAfterThePublishersOwnWordsAndBeforeItsOwnEstimates() {
        Provenance reading = Provenance.citedIn(READING, "guide.txt")
                .withReading(new Reading(GUIDE, "The work is calm and steady."));
        CareerRole role = role(new ProviderStub("all", 10, List.of(GUIDE, READING, ESTIMATE), List.of(widgetMaker()
                .title("Widget maker")
                .add(FactKinds.FACTOR, Sourced.of(FactorExposure.of("pressure", 5, Framing.CON, null),
                        Provenance.of(ESTIMATE).withBasis("a guess")))
                .add(FactKinds.FACTOR, Sourced.of(FactorExposure.of("pressure", 1, Framing.PRO, null), reading))
                .add(FactKinds.FACTOR, from(GUIDE, FactorExposure.of("pressure", 3, Framing.NEUTRAL, null))).build())));

        FactGroup<FactorExposure> pressure = role.factor(FactorId.of("pressure")).orElseThrow();
        assertThat(pressure.values()).extracting(v -> v.provenance().source()).containsExactly(GUIDE, READING, ESTIMATE);
        assertThat(pressure.values().get(1).provenance().describe())
                .isEqualTo("careerfit's reading of A Career Guide, cited in guide.txt: \"The work is calm and steady.\"");
    }
}
