package dev.careerfit.catalog;

import static dev.careerfit.catalog.TestData.BOARD;
import static dev.careerfit.catalog.TestData.GUIDE;
import static dev.careerfit.catalog.TestData.OFFICIAL;
import static dev.careerfit.catalog.TestData.from;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.Framing;
import dev.careerfit.market.IndustryShare;
import dev.careerfit.market.Location;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.ProviderId;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CareerCatalogConflictTest {

    private final ProviderStub official = new ProviderStub("official", 100, List.of(OFFICIAL), List.of(
            RoleProfile.builder("widget-maker").add(FactKinds.SALARY, from(OFFICIAL, TestData.usMean(100_000)))
                    .add(FactKinds.SALARY, from(OFFICIAL, SalaryBand.mean("USD", PayPeriod.HOURLY, Location.national("US"),
                            new BigDecimal("48.08"))))
                    .build()));
    private final ProviderStub board = new ProviderStub("board", 50, List.of(BOARD), List.of(
            RoleProfile.builder("widget-maker").add(FactKinds.SALARY, from(BOARD, SalaryBand.range("USD", PayPeriod.ANNUAL,
                    Location.national("US"), BigDecimal.valueOf(110_000), BigDecimal.valueOf(150_000)))).build()));
    private final ProviderStub guide = new ProviderStub("guide", 10, List.of(GUIDE), List.of(
            TestData.definingProfile("widget-maker", GUIDE, 100_500)));

    private CareerCatalog catalog(ConflictPolicy policy) {
        return CareerCatalog.builder().discoverProviders(false).addProvider(guide, board, official)
                .conflictPolicy(policy).build();
    }

    @Test
    void keepsEverySourcedValueAndChoosesTheOfficialOneByDefault() {
        CareerRole role = catalog(ConflictPolicies.authoritativeSourceFirst()).requireRole("widget-maker");

        FactGroup<SalaryBand> us = role.salariesAt("US").get(0);
        assertThat(us.values()).hasSize(4);
        assertThat(us.chosen().provenance().source()).isEqualTo(OFFICIAL);
        assertThat(us.disputed()).isTrue();
        assertThat(us.resolution()).contains("A Statistics Office").contains("authoritative-source-first");
    }

    @Test
    void hourlyAndAnnualFiguresThatAgreeAt2080HoursAreNotAConflict() {
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).addProvider(
                new ProviderStub("official", 100, List.of(OFFICIAL),
                        List.of(official.roles().get(0).toBuilder().title("Widget maker").build()))).build();

        assertThat(catalog.conflicts()).isEmpty();
        assertThat(catalog.requireRole("widget-maker").groups(FactKinds.SALARY).get(0).values()).hasSize(2);
    }

    @Test
    void oneStatisticStatedPerYearAndPerHourIsOneValue() {
        SalaryBand annual = TestData.usMean(100_000).withOtherPeriod(
                SalaryBand.mean("USD", PayPeriod.HOURLY, Location.national("US"), new BigDecimal("48.08")));
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).addProvider(
                new ProviderStub("official", 100, List.of(OFFICIAL), List.of(RoleProfile.builder("widget-maker")
                        .title("Widget maker").add(FactKinds.SALARY, from(OFFICIAL, annual)).build()))).build();

        FactGroup<SalaryBand> us = catalog.requireRole("widget-maker").salariesAt("US").get(0);
        assertThat(us.values()).hasSize(1);
        assertThat(us.text()).isEqualTo("mean $100,000 a year; mean $48.08 an hour");
        assertThat(us.value().convertTo(PayPeriod.HOURLY).mean()).isEqualByComparingTo("48.08");
    }

    @Test
    void theUserCanChangeThePolicyAndTheCatalogSaysWhichItUsed() {
        CareerCatalog catalog = catalog(ConflictPolicies.preferProviders("board"));

        FactGroup<SalaryBand> us = catalog.requireRole("widget-maker").salariesAt("us").get(0);
        assertThat(us.chosen().provenance().providerId()).isEqualTo(ProviderId.of("board"));
        assertThat(catalog.conflictPolicy().name()).startsWith("prefer-providers");
        assertThat(catalog.conflicts()).singleElement().satisfies(c ->
                assertThat(c.describe()).contains("widget-maker").contains("salary in US (USD)").contains("A Job Board"));
    }

    @Test
    void mostRecentFirstPrefersTheLaterReferencePeriod() {
        ProviderStub two = new ProviderStub("two-years", 0, List.of(GUIDE), List.of(RoleProfile.builder("widget-maker")
                .title("Widget maker")
                .add(FactKinds.INDUSTRY, Sourced.of(IndustryShare.of("Finance", 20), TestData.from(GUIDE, "x").provenance()
                        .withReferencePeriod(ReferencePeriod.year(2020))))
                .add(FactKinds.INDUSTRY, Sourced.of(IndustryShare.of("finance", 30), TestData.from(GUIDE, "x").provenance()
                        .withReferencePeriod(ReferencePeriod.year(2024))))
                .build()));

        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).addProvider(two)
                .conflictPolicy(ConflictPolicies.mostRecentFirst()).build();

        FactGroup<IndustryShare> finance = catalog.requireRole("widget-maker").industry("Finance").orElseThrow();
        assertThat(finance.value().percent()).isEqualTo(30.0);
        assertThat(finance.disputed()).isTrue();
    }

    @Test
    void stampsTheProviderIdOnEveryProvenance() {
        CareerRole role = catalog(ConflictPolicies.authoritativeSourceFirst()).requireRole("widget-maker");

        assertThat(role.allGroups()).flatExtracting(FactGroup::values)
                .allSatisfy(v -> assertThat(((Sourced<?>) v).provenance().providerId()).isNotNull());
        assertThat(role.providers()).containsExactly("official", "board", "guide");
    }

    @Test
    void holdsAFactorThatOneSourceCallsAProAndAnotherACon() {
        ProviderStub mixed = new ProviderStub("mixed", 0, List.of(GUIDE, BOARD), List.of(RoleProfile.builder("widget-maker")
                .title("Widget maker")
                .add(FactKinds.FACTOR, from(GUIDE, FactorExposure.of("continuous-learning", 4, Framing.PRO, "always learning")))
                .add(FactKinds.FACTOR, from(BOARD, FactorExposure.of("continuous-learning", 4, Framing.CON, "never stops")))
                .build()));

        CareerRole role = CareerCatalog.builder().discoverProviders(false).addProvider(mixed).build()
                .requireRole("widget-maker");

        FactGroup<FactorExposure> learning = role.factor(FactorId.of("continuous-learning")).orElseThrow();
        assertThat(learning.values()).extracting(v -> v.value().framing()).containsExactlyInAnyOrder(Framing.PRO, Framing.CON);
        assertThat(learning.disputed()).isTrue();
        assertThat(learning.differences()).as("the amount agrees; only the framing differs")
                .containsExactly("framing as pro or con");
    }

    @Test
    void anIndustryNamedWithoutAShareIsNotAShare() {
        ProviderStub two = new ProviderStub("two", 0, List.of(GUIDE, BOARD), List.of(RoleProfile.builder("widget-maker")
                .title("Widget maker")
                .add(FactKinds.INDUSTRY, from(GUIDE, IndustryShare.of("Finance", 25)))
                .add(FactKinds.INDUSTRY, from(BOARD, IndustryShare.of("Finance", 30)))
                .add(FactKinds.INDUSTRY, from(BOARD, IndustryShare.named("Finance")))
                .build()));

        CareerRole role = CareerCatalog.builder().discoverProviders(false).addProvider(two).build()
                .requireRole("widget-maker");

        FactGroup<IndustryShare> share = role.industry("Finance").orElseThrow();
        assertThat(share.values()).as("the two shares; the bare mention is not a share").hasSize(2);
        assertThat(share.differences()).containsExactly("share");
        assertThat(role.groups(FactKinds.INDUSTRY)).filteredOn(g -> g.value().percent() == null).singleElement()
                .satisfies(g -> assertThat(g.disputed()).isFalse());
    }

    @Test
    void aSectorsGrowthIsNotTheRolesGrowth() {
        ProviderStub p = new ProviderStub("p", 0, List.of(GUIDE), List.of(RoleProfile.builder("widget-maker")
                .title("Widget maker")
                .add(FactKinds.OUTLOOK, from(GUIDE, OutlookFigure.sectorGrowthIn("widget sector", 2023, 15)))
                .add(FactKinds.OUTLOOK, from(GUIDE, OutlookFigure.growth(5, 2022, 2032)))
                .build()));

        CareerRole role = CareerCatalog.builder().discoverProviders(false).addProvider(p).build()
                .requireRole("widget-maker");

        assertThat(role.groups(FactKinds.OUTLOOK)).extracting(FactGroup::text).containsExactly(
                "+15% growth of the widget sector in 2023 (the sector's growth, not the role's)",
                "+5% employment growth 2022-2032");
    }
}
