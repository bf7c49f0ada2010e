package dev.careerfit.provider.onet;

import static dev.careerfit.provider.onet.ReleaseFiles.number;
import static dev.careerfit.provider.onet.ReleaseFiles.rating;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.education.CategoryShare;
import dev.careerfit.education.EducationDistribution;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.ElementRating;
import dev.careerfit.role.InterestArea;
import dev.careerfit.role.RatingScale;
import dev.careerfit.role.RelatedRole;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.role.Task;
import dev.careerfit.role.TaskKind;
import dev.careerfit.role.Tool;
import dev.careerfit.role.WorkValue;
import dev.careerfit.spi.RoleDataSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of figure the importer reads, from the synthetic release committed with the tests (made-up
 * occupations in the official layout), checked against the line of the file it comes from (read here
 * without the provider's code). {@link OnetFiguresTest} checks the same against the real O*NET 30.1
 * release when the shared folder is beside the checkout.
 */
class OnetSyntheticReleaseTest {
    private static final String KEEPERS = "99-1011.00";
    private static RoleDataSet synthetic;

    @Test
    void anOccupationHasItsTitleDescriptionTasksInterestCodeAndJobZoneMeaning() {
        Path release = ReleaseFiles.synthetic();
        Map<String, String> occupation = ReleaseFiles.row(release.resolve("Occupation Data.txt"),
                "O*NET-SOC Code", KEEPERS);
        Map<String, String> zone = ReleaseFiles.row(release.resolve("Job Zones.txt"), "O*NET-SOC Code", KEEPERS);

        RoleProfile keepers = profile(KEEPERS);

        assertThat(keepers.title()).isEqualTo(occupation.get("Title")).isEqualTo("Lighthouse Keepers");
        assertThat(keepers.summary()).isEqualTo(occupation.get("Description"));
        assertThat(keepers.facts(FactKinds.TASK)).extracting(t -> t.value().statement()).containsExactlyElementsOf(
                ReleaseFiles.occupationRows(release.resolve("Task Statements.txt"), KEEPERS).stream()
                        .map(r -> r.get("Task")).toList());
        assertThat(keepers.facts(FactKinds.INTERESTS)).singleElement().satisfies(i -> {
            // IH 1, 6, 2: Realistic, Conventional, Investigative.
            assertThat(i.value().code()).isEqualTo("RCI");
            assertThat(i.value().ratings().get(InterestArea.CONVENTIONAL).value()).isEqualTo(number(
                    ReleaseFiles.row(release.resolve("Interests.txt"), "O*NET-SOC Code", KEEPERS, "Element ID",
                            "1.B.1.f").get("Data Value")));
            assertThat(i.value().ratings()).hasSize(6);
        });
        assertThat(profile("99-1012.00").facts(FactKinds.INTERESTS).get(0).value().code())
                .as("a high point of 0 names no area").isEqualTo("AI");
        assertThat(keepers.facts(FactKinds.JOB_ZONE)).singleElement().satisfies(z -> {
            assertThat(z.value().value()).isEqualTo(Integer.parseInt(zone.get("Job Zone"))).isEqualTo(3);
            assertThat(z.value().name()).isEqualTo("Job Zone Three: Medium Preparation Needed");
            assertThat(z.value().svpRange()).isEqualTo("(6.0 to < 7.0)");
            assertThat(z.provenance().origin().collected()).isEqualTo(zone.get("Date"));
        });
    }

    @Test
    void aSkillRatingCarriesTheSampleErrorIntervalAndFlagsOfItsLine() {
        Path skills = ReleaseFiles.synthetic().resolve("Skills.txt");

        Sourced<ElementRating> importance = LineChecks.ratingOf(profile(KEEPERS), FactKinds.SKILL_RATING, skills,
                KEEPERS, "2.A.1.e", "IM");
        Sourced<ElementRating> level = LineChecks.ratingOf(profile(KEEPERS), FactKinds.SKILL_RATING, skills, KEEPERS,
                "2.A.1.e", "LV");

        assertThat(importance.value().rating().scale()).isSameAs(RatingScale.ONET_IMPORTANCE);
        assertThat(level.value().rating().scale()).isSameAs(RatingScale.ONET_LEVEL);
        assertThat(level.provenance().quality().describe()).contains("publisher advises suppressing it");
        assertThat(importance.provenance().quality().suppressionAdvised()).isFalse();
    }

    @Test
    void aKnowledgeLevelMarkedNotRelevantIsKeptAndFlagged() {
        Map<String, String> row = ReleaseFiles.rows(ReleaseFiles.synthetic().resolve("Knowledge.txt"),
                "Not Relevant", "Y").get(0);

        Sourced<ElementRating> notRelevant = rating(profile(row.get("O*NET-SOC Code")), FactKinds.KNOWLEDGE_RATING,
                row.get("Element ID"), row.get("Scale ID"));

        assertThat(notRelevant.provenance().quality().notRelevant()).isTrue();
        assertThat(notRelevant.value().rating().value()).isEqualTo(number(row.get("Data Value")));
    }

    @Test
    void technologySkillsCarryTheHotTechnologyAndInDemandFlags() {
        List<Map<String, String>> rows = ReleaseFiles.occupationRows(
                ReleaseFiles.synthetic().resolve("Technology Skills.txt"), KEEPERS);

        List<Tool> tools = profile(KEEPERS).facts(FactKinds.TOOL).stream().map(Sourced::value).toList();

        assertThat(tools).hasSize(rows.size()).containsExactly(
                new Tool("Foghorn Scheduler", "Project management software", true, true),
                new Tool("LensCalc", "Calculating software", false, false),
                new Tool("Sextant Studio", "Data base user interface and query software", false, true));
    }

    @Test
    void relatedOccupationsKeepTheirTierAndRankAndACodeNotInTheReleaseIsLeftOut() {
        List<RelatedRole> related = profile(KEEPERS).relatedRoles();

        assertThat(related).containsExactly(
                new RelatedRole(RoleId.of("99-1012.00"), "related occupation", "Primary-Short", 1),
                new RelatedRole(RoleId.of("99-2021.00"), "related occupation", "Primary-Long", 2),
                new RelatedRole(RoleId.of("99-1019.00"), "related occupation", "Supplemental", 3));
    }

    @Test
    void workValuesHaveTheirRatingsAndHighPointsInOrder() {
        Map<String, String> independence = ReleaseFiles.row(ReleaseFiles.synthetic().resolve("Work Values.txt"),
                "O*NET-SOC Code", KEEPERS, "Element ID", "1.B.2.f");

        var values = profile(KEEPERS).facts(FactKinds.WORK_VALUES).get(0).value();

        // VH 6, 2, 1: the sixth, second and first of Achievement ... Independence.
        assertThat(values.highPoints()).containsExactly(WorkValue.INDEPENDENCE, WorkValue.WORKING_CONDITIONS,
                WorkValue.ACHIEVEMENT);
        assertThat(values.ratings()).hasSize(6);
        assertThat(values.ratings().get(WorkValue.INDEPENDENCE).value())
                .isEqualTo(number(independence.get("Data Value")));
        assertThat(values.ratings().get(WorkValue.INDEPENDENCE).scale()).isSameAs(RatingScale.ONET_EXTENT);
    }

    @Test
    void requiredEducationIsADistributionOverTheTwelveLevelsWithThePrecisionOfEach() {
        Path file = ReleaseFiles.synthetic().resolve(OnetFiles.EDUCATION);

        LineChecks.educationOf(profile(KEEPERS), file, KEEPERS, EducationLevel.BACHELORS);
        Sourced<EducationDistribution> education = LineChecks.educationOf(profile(KEEPERS), file, KEEPERS,
                EducationLevel.DOCTORATE);

        assertThat(education.value().qualityByLevel().get(EducationLevel.DOCTORATE).suppressionAdvised()).isTrue();
    }

    @Test
    void experienceAndTrainingAreDistributionsLabelledWithTheReleasesCategories() {
        CategoryShare third = LineChecks.experienceOf(profile(KEEPERS),
                ReleaseFiles.synthetic().resolve(OnetFiles.EDUCATION), KEEPERS, 3);

        assertThat(third.label()).isEqualTo("Over 1 year, up to and including 4 years");
    }

    @Test
    void workStylesUseTheDistinctivenessAndImpactScalesOfTheRelease() {
        Sourced<ElementRating> innovation = LineChecks.ratingOf(profile("99-2021.00"), FactKinds.WORK_STYLE_RATING,
                ReleaseFiles.synthetic().resolve("Work Styles.txt"), "99-2021.00", "1.D.1.a", "WI");

        assertThat(innovation.value().rating().scale()).isEqualTo(new RatingScale("WI", "Work Styles Impact", -3, 3));
        assertThat(innovation.value().rating().value()).isNegative();
        assertThat(innovation.provenance().origin().domainSource()).isEqualTo("AI/Expert");
    }

    @Test
    void tasksAreCoreSupplementalOrUnclassifiedWithTheIncumbentsResponding() {
        List<Map<String, String>> rows = ReleaseFiles.occupationRows(
                ReleaseFiles.synthetic().resolve("Task Statements.txt"), KEEPERS);

        List<Sourced<Task>> tasks = profile(KEEPERS).facts(FactKinds.TASK);

        assertThat(tasks).extracting(t -> t.value().kind()).containsExactly(TaskKind.CORE, TaskKind.CORE,
                TaskKind.SUPPLEMENTAL, TaskKind.UNCLASSIFIED);
        assertThat(tasks.get(0).provenance().quality().sampleSize())
                .isEqualTo(Integer.valueOf(rows.get(0).get("Incumbents Responding")));
        assertThat(tasks.get(0).provenance().origin().element()).isEqualTo("Task " + rows.get(0).get("Task ID"));
        assertThat(tasks.get(3).provenance().quality()).isNull();
        assertThat(tasks.get(3).provenance().note()).contains("not class this task as core or supplemental");
        assertThat(tasks.get(3).provenance().origin().domainSource()).isEqualTo("Occupational Expert");
    }

    @Test
    void otherTitlesAreTheAlternateAndShortTitlesAndReportedTitlesAreFactsOfTheirOwn() {
        RoleDataSet data = synthetic();

        assertThat(data.alternateTitles(OnetProviderTest.entry(data, KEEPERS))).containsExactlyInAnyOrder(
                "Lightkeeper", "Principal Lighthouse Keeper", "PLK", "Signal Engineer");
        assertThat(profile(KEEPERS).facts(FactKinds.REPORTED_TITLE)).extracting(t -> t.value().title() + " "
                + t.value().shownInMyNextMove()).containsExactly("Head Keeper true", "Lamp Technician false");
        assertThat(profile(KEEPERS).alternateTitles()).isEqualTo(data.alternateTitles(
                OnetProviderTest.entry(data, KEEPERS)));
    }

    private static synchronized RoleDataSet synthetic() {
        if (synthetic == null) {
            synthetic = new OnetProvider().open(OnetProviderTest.context(ReleaseFiles.synthetic(), true));
        }
        return synthetic;
    }

    private static RoleProfile profile(String code) {
        return synthetic().profile(OnetProviderTest.entry(synthetic(), code));
    }
}
