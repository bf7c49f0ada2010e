package dev.careerfit.catalog;

import static dev.careerfit.catalog.TestData.BOARD;
import static dev.careerfit.catalog.TestData.GUIDE;
import static dev.careerfit.catalog.TestData.OFFICIAL;
import static dev.careerfit.catalog.TestData.from;
import static dev.careerfit.catalog.TestData.usMean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.role.DataGap;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures published by code reach every role that carries the code, or a code it implies, and where the
 * publisher combines several of the roles' codes into one (the BLS's SOC 2018 codes against O*NET's), the
 * code that combines them, as far as the publisher's own list of codes says so. Roles that are not occupations
 * are linked to occupations by title and by code, and their disagreements with figures applied by code are
 * listed by the catalog like any other.
 */
class CodedRolesTest {

    /**
     * A publisher of figures by SOC code, each code with the title the publisher gives it and a salary of 1,000
     * times its position + 50,000.
     */
    private static CareerCatalogIndexTest.OccupationsStub figures(String... codesAndTitles) {
        List<RoleProfile> profiles = new ArrayList<>();
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        for (int i = 0; i < codesAndTitles.length; i += 2) {
            titles.put(codesAndTitles[i], codesAndTitles[i + 1]);
            profiles.add(RoleProfile.builder(codesAndTitles[i]).code(OccupationCode.soc(codesAndTitles[i]))
                    .add(FactKinds.SALARY, from(OFFICIAL, usMean(50_000 + 1_000L * (i / 2)))).build());
        }
        return new CareerCatalogIndexTest.OccupationsStub("bls", OFFICIAL, profiles, titles);
    }

    private static RoleProfile occupation(String code, String title, String... otherTitles) {
        RoleProfile.Builder b = RoleProfile.builder(code).title(title).code(OccupationCode.onetSoc(code))
                .code(OccupationCode.soc(code.substring(0, 7))).code(OccupationCode.soc(code.substring(0, 6) + "0"));
        List.of(otherTitles).forEach(b::alternateTitle);
        return b.build();
    }

    private final ProviderStub onet = new ProviderStub("onet", 100, List.of(GUIDE), List.of(
            occupation("21-1011.00", "Substance Abuse Counselors"),
            occupation("21-1012.00", "Career Counselors"),
            occupation("21-1014.00", "Mental Health Counselors", "Wellbeing Counsellor"),
            occupation("25-2055.00", "Kindergarten Teachers"),
            occupation("25-2056.00", "Elementary Teachers")));
    /** 21-1018 is the one code it publishes in 21-1010 that no occupation carries; 25-2050 has two such codes. */
    private final CareerDataProvider bls = figures("21-1012", "Career Counselors",
            "21-1018", "Substance Abuse and Mental Health Counselors", "25-2052", "Kindergarten and Elementary Teachers",
            "25-2059", "Teachers, All Other");

    private CareerCatalog catalog(CareerDataProvider... more) {
        CareerCatalog.Builder b = CareerCatalog.builder().discoverProviders(false).addProvider(onet, bls);
        for (CareerDataProvider p : more) {
            b.addProvider(p);
        }
        return b.build();
    }

    @Test
    void impliesTheSocCodeOfAnOnetSocCodeAndTheBroadGroupOfASocCode() {
        assertThat(OccupationCode.onetSoc("15-1243.00").implied())
                .containsExactly(OccupationCode.soc("15-1243"), OccupationCode.soc("15-1240"));
        assertThat(OccupationCode.soc("21-1018").implied()).containsExactly(OccupationCode.soc("21-1010"));
        assertThat(OccupationCode.soc("21-1010").implied()).isEmpty();
        assertThat(new OccupationCode("ESCO", "2511.4").implied()).isEmpty();
    }

    @Test
    void appliesThePublishedCodeThatCombinesTheOccupationsCodesItDoesNotPublish() {
        CareerCatalog catalog = catalog();

        for (String id : List.of("21-1011.00", "21-1014.00")) {
            FactGroup<SalaryBand> pay = catalog.requireRole(id).salariesAt("US").get(0);
            assertThat(pay.value().mean()).as(id).isEqualByComparingTo("51000");
            assertThat(pay.chosen().provenance().origin().describe()).isEqualTo("published for SOC 21-1018 "
                    + "(Substance Abuse and Mental Health Counselors), which combines SOC 21-1011 and SOC 21-1014");
        }
        FactGroup<SalaryBand> career = catalog.requireRole("21-1012.00").salariesAt("US").get(0);
        assertThat(career.chosen().provenance().origin().describe()).as("its own code, its own title: nothing to add")
                .isEqualTo("published for SOC 21-1012");
        assertThat(catalog.summary(dev.careerfit.role.RoleId.of("21-1014.00")).orElseThrow().providers())
                .containsExactly("onet", "bls");
        assertThat(catalog.warnings()).noneMatch(w -> w.contains("21-1018"));
    }

    @Test
    void guessesNothingWhereTwoPublishedCodesCouldHoldTheOccupation() {
        CareerRole teachers = catalog().requireRole("25-2055.00");

        assertThat(teachers.groups(FactKinds.SALARY)).isEmpty();
        assertThat(teachers.groups(FactKinds.DATA_GAP)).extracting(g -> g.value().statement())
                .singleElement().satisfies(s -> assertThat(s).contains("publishes no figures for SOC 25-2055"));
    }

    /** A data-only provider that gives a role of its own an O*NET-SOC code and nothing else. */
    private static ProviderStub acme(String code) {
        return new ProviderStub("acme", 50, List.of(BOARD), List.of(RoleProfile.builder("wellbeing-counsellor")
                .title("Wellbeing Counsellor").code(OccupationCode.onetSoc(code))
                .add(FactKinds.SALARY, from(BOARD, usMean(70_000))).build()));
    }

    @Test
    void aRoleGivenOnlyAnOnetSocCodeGetsTheNationalFiguresOfItsSocCode() {
        CareerCatalog catalog = catalog(acme("21-1012.00"));
        CareerRole role = catalog.requireRole("wellbeing-counsellor");

        FactGroup<SalaryBand> pay = role.salariesAt("US").get(0);
        assertThat(pay.values()).extracting(v -> v.provenance().providerId().value()).containsExactly("bls", "acme");
        assertThat(pay.chosen().provenance().origin().appliedFrom()).isEqualTo("SOC 21-1012");
        assertThat(pay.disputed()).isTrue();
        assertThat(catalog.conflicts()).as("the dispute the role's page shows is listed by the catalog")
                .anySatisfy(c -> assertThat(c.group()).isEqualTo(pay));
    }

    @Test
    void aCodedRoleIsLinkedToTheOccupationOfItsCodeAndToThoseThatListItsTitle() {
        CareerCatalog catalog = catalog(acme("21-1012.00"));

        assertThat(catalog.requireRole("wellbeing-counsellor").links()).extracting(l -> l.role().value(), RoleLink::evidence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("21-1012.00", "acme codes wellbeing-counsellor 'Wellbeing "
                                + "Counsellor' O*NET-SOC 21-1012.00, the code of occupation 21-1012.00 Career Counselors"),
                        org.assertj.core.groups.Tuple.tuple("21-1014.00", "Why be a widget maker lists 'Wellbeing "
                                + "Counsellor' as another title of 21-1014.00 Mental Health Counselors"));
        assertThat(catalog.requireRole("21-1012.00").links()).extracting(l -> l.role().value())
                .containsExactly("wellbeing-counsellor");
        assertThat(catalog.requireRole("wellbeing-counsellor").isOccupation()).isFalse();
        assertThat(catalog.requireRole("21-1012.00").isOccupation()).isTrue();
    }

    @Test
    void saysTheRoleDoesNotGetFiguresItsCodesDoNotReach() {
        CareerRole role = catalog(acme("25-2055.00")).requireRole("wellbeing-counsellor");

        assertThat(role.groups(FactKinds.SALARY)).singleElement()
                .satisfies(g -> assertThat(g.chosen().provenance().providerId().value()).isEqualTo("acme"));
        assertThat(role.groups(FactKinds.DATA_GAP)).extracting(FactGroup::value).extracting(DataGap::statement)
                .singleElement().satisfies(s -> assertThat(s).contains("SOC 25-2055"));
    }
}
