package dev.careerfit.all;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.market.IndustryShare;
import dev.careerfit.market.Location;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.ProviderId;
import dev.careerfit.provenance.SourceKind;
import org.junit.jupiter.api.Test;

/**
 * The four built-in providers merged in one catalog: the places where their seeds disagree must be
 * reported as conflicts, every value kept with its provenance.
 */
class BuiltInCatalogTest {
    private final CareerCatalog catalog = CareerCatalog.builder()
            .include("bls", "glassdoor", "ml-survey", "career-guides").strict(true).build();
    private final CareerRole mlEngineer = catalog.requireRole("ml-engineer");

    @Test
    void loadsTheFourBuiltInProvidersInPriorityOrderWithoutFailures() {
        assertThat(catalog.failures()).isEmpty();
        assertThat(catalog.warnings()).isEmpty();
        assertThat(catalog.providers()).extracting(p -> p.id())
                .containsExactly("bls", "glassdoor", "ml-survey", "career-guides");
        assertThat(catalog.roleIds()).extracting(r -> r.value())
                .containsExactlyInAnyOrder("ml-engineer", "data-scientist", "ai-engineer");
    }

    @Test
    void technologyShareIs35PercentInOneTableOfGuide002And40PercentInAnother() {
        FactGroup<IndustryShare> technology = mlEngineer.industry("Technology").orElseThrow();
        assertThat(technology.disputed()).isTrue();
        assertThat(technology.differences()).containsExactly("share");
        assertThat(technology.values()).extracting(v -> v.provenance().source().id().value(), v -> v.value().percent())
                .containsExactlyInAnyOrder(tuple("guide-002", 35.0), tuple("guide-002", 40.0));
        assertThat(catalog.conflicts()).anySatisfy(c -> assertThat(c.group()).isSameAs(technology));
    }

    @Test
    void anIndustryNamedWithoutAShareIsNeitherAValueNorAgreementInTheShareDispute() {
        assertThat(mlEngineer.industry("Finance").orElseThrow().values()).extracting(v -> v.value().percent())
                .containsExactly(25.0, 25.0);
        assertThat(mlEngineer.groups(FactKinds.INDUSTRY)).filteredOn(g -> g.value().percent() == null)
                .extracting(g -> g.value().industry()).contains("Finance", "Retail");
    }

    @Test
    void bachelorsTypicalInOneGuideConflictsWithMastersOrPhdInAnother() {
        FactGroup<EducationRequirement> entry = mlEngineer.groups(FactKinds.EDUCATION).stream()
                .filter(g -> g.value().expectation().describesEntry()).findFirst().orElseThrow();
        assertThat(entry.disputed()).isTrue();
        assertThat(entry.differences()).containsExactly("minimum level");
        assertThat(entry.values()).extracting(v -> v.value().minimumLevel())
                .contains(EducationLevel.BACHELORS, EducationLevel.MASTERS);
        assertThat(entry.values()).extracting(v -> v.provenance().source().kind()).containsOnly(SourceKind.EDITORIAL);
    }

    @Test
    void continuousLearningIsDisputedOnlyInItsFramingAsAProOrACon() {
        FactGroup<FactorExposure> learning = mlEngineer.factor(FactorId.of("continuous-learning")).orElseThrow();
        assertThat(learning.differences()).containsExactly("framing as pro or con");
        assertThat(catalog.conflicts()).filteredOn(c -> c.group() == learning).singleElement()
                .satisfies(c -> assertThat(c.describe()).contains("differ on framing as pro or con"));
    }

    @Test
    void theBlsMeanPerYearAndPerHourIsOneValue() {
        FactGroup<SalaryBand> us = mlEngineer.salariesAt("US").get(0);
        assertThat(us.values()).filteredOn(v -> ProviderId.of("bls").equals(v.provenance().providerId())).singleElement()
                .satisfies(v -> assertThat(v.value().otherPeriod().mean()).isEqualByComparingTo("54.05"));
    }

    @Test
    void usSalaryOfBlsGlassdoorAndTheSurveyConflictAndTheBlsMeanIsChosen() {
        FactGroup<SalaryBand> us = mlEngineer.groups(FactKinds.SALARY).stream()
                .filter(g -> g.value().location().equals(Location.national("US"))).findFirst().orElseThrow();
        assertThat(us.disputed()).isTrue();
        assertThat(us.values()).extracting(v -> v.provenance().providerId().value())
                .containsExactly("bls", "glassdoor", "ml-survey");
        assertThat(us.chosen().provenance().source().kind()).isEqualTo(SourceKind.OFFICIAL_STATISTICS);
        assertThat(us.resolution()).isNotBlank();
    }

    @Test
    void onlyTheGuidesDefineRolesSoTitlesComeFromThem() {
        assertThat(mlEngineer.title()).isEqualTo("Machine Learning Engineer");
        assertThat(mlEngineer.providers()).containsExactly("bls", "glassdoor", "ml-survey", "career-guides");
    }
}
