package dev.careerfit.all;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.market.IndustryShare;
import dev.careerfit.market.Location;
import dev.careerfit.market.SalaryBand;
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
    void technologyShareIs35PercentInGuide002Against40PercentInTheSurvey() {
        FactGroup<IndustryShare> technology = mlEngineer.industry("Technology").orElseThrow();
        assertThat(technology.disputed()).isTrue();
        assertThat(technology.values()).extracting(v -> v.provenance().source().id().value(), v -> v.value().percent())
                .contains(tuple("guide-002", 35.0), tuple("ml-survey", 40.0));
        assertThat(catalog.conflicts()).anySatisfy(c -> assertThat(c.group()).isSameAs(technology));
    }

    @Test
    void bachelorsTypicalInTheGuidesConflictsWithTheSurveysMastersOrPhd() {
        FactGroup<EducationRequirement> entry = mlEngineer.education().stream()
                .filter(g -> g.value().expectation().describesEntry()).findFirst().orElseThrow();
        assertThat(entry.disputed()).isTrue();
        assertThat(entry.values()).extracting(v -> v.value().minimumLevel())
                .contains(EducationLevel.BACHELORS, EducationLevel.MASTERS);
        assertThat(entry.values()).extracting(v -> v.provenance().source().kind())
                .contains(SourceKind.SURVEY, SourceKind.EDITORIAL);
    }

    @Test
    void usSalaryOfBlsGlassdoorAndTheSurveyConflictAndTheBlsMeanIsChosen() {
        FactGroup<SalaryBand> us = mlEngineer.salaries().stream()
                .filter(g -> g.value().location().equals(Location.national("US"))).findFirst().orElseThrow();
        assertThat(us.disputed()).isTrue();
        assertThat(us.values()).extracting(v -> v.provenance().providerId())
                .contains("bls", "glassdoor", "ml-survey");
        assertThat(us.chosen().provenance().source().kind()).isEqualTo(SourceKind.OFFICIAL_STATISTICS);
        assertThat(us.resolution()).isNotBlank();
    }

    @Test
    void onlyTheGuidesDefineRolesSoTitlesComeFromThem() {
        assertThat(mlEngineer.title()).isEqualTo("Machine Learning Engineer");
        assertThat(mlEngineer.providers()).containsExactly("bls", "glassdoor", "ml-survey", "career-guides");
    }
}
