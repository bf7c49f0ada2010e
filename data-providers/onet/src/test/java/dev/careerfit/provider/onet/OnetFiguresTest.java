package dev.careerfit.provider.onet;

import static dev.careerfit.provider.onet.ReleaseFiles.number;
import static dev.careerfit.provider.onet.ReleaseFiles.rating;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.education.CategoryShare;
import dev.careerfit.education.EducationDistribution;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.JobZone;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.ReferencePeriod;
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
import dev.careerfit.role.WorkValueProfile;
import dev.careerfit.spi.RoleDataSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Figures of the built-in O*NET 30.1 snapshot, checked one by one against the lines of the real
 * O*NET 30.1 release files they come from (read here without the provider's code); skipped where the
 * shared folder is not beside the checkout. {@link OnetSyntheticReleaseTest} checks every kind of figure
 * on the synthetic release in every checkout.
 */
class OnetFiguresTest {

    @Test
    void dataScientistsHaveTheirTitleDescriptionTaskInterestCodeAndJobZoneFromOnet301() {
        Path release = ReleaseFiles.onet301();
        Map<String, String> occupation = ReleaseFiles.row(release.resolve("Occupation Data.txt"),
                "O*NET-SOC Code", "15-2051.00");
        Map<String, String> task = ReleaseFiles.row(release.resolve("Task Statements.txt"), "Task ID", "21823");
        Map<String, String> zone = ReleaseFiles.row(release.resolve("Job Zones.txt"), "O*NET-SOC Code", "15-2051.00");

        RoleProfile scientists = profile("15-2051.00");

        assertThat(scientists.title()).isEqualTo(occupation.get("Title")).isEqualTo("Data Scientists");
        assertThat(scientists.summary()).isEqualTo(occupation.get("Description"))
                .startsWith("Develop and implement a set of techniques or analytics applications");
        Sourced<Task> analyse = scientists.facts(FactKinds.TASK).stream()
                .filter(t -> t.value().statement().equals(task.get("Task"))).findFirst().orElseThrow();
        assertThat(analyse.provenance().origin()).isEqualTo(new Origin("Task Statements.txt", "Task 21823", null,
                task.get("Date"), task.get("Domain Source"), null));
        assertThat(analyse.provenance().referencePeriod()).isEqualTo(ReferencePeriod.year(2020));
        assertThat(scientists.facts(FactKinds.INTERESTS)).singleElement().satisfies(i -> {
            assertThat(i.value().code()).isEqualTo(highPointCode(release, "15-2051.00")).isEqualTo("IC");
            assertThat(i.value().ratings().get(InterestArea.INVESTIGATIVE).value()).isEqualTo(number(
                    ReleaseFiles.row(release.resolve("Interests.txt"), "O*NET-SOC Code", "15-2051.00",
                            "Element ID", "1.B.1.b").get("Data Value")));
            assertThat(i.value().ratings()).hasSize(6);
        });
        assertThat(scientists.facts(FactKinds.JOB_ZONE)).singleElement().satisfies(z -> {
            assertThat(z.value().value()).isEqualTo(Integer.parseInt(zone.get("Job Zone"))).isEqualTo(4);
            assertThat(z.value().name()).isEqualTo("Job Zone Four: Considerable Preparation Needed");
            assertThat(z.value().svpRange()).isEqualTo("(7.0 to < 8.0)");
            assertThat(z.provenance().origin().collected()).isEqualTo(zone.get("Date"));
        });
    }

    @Test
    void computerResearchScientistsRateMathematicsWithTheSampleErrorAndIntervalOfEachScale() {
        Path skills = ReleaseFiles.onet301().resolve("Skills.txt");

        for (String scale : List.of("IM", "LV")) {
            Sourced<ElementRating> maths = LineChecks.ratingOf(profile("15-1221.00"), FactKinds.SKILL_RATING, skills,
                    "15-1221.00", "2.A.1.e", scale);

            assertThat(maths.value().rating().scale()).isEqualTo(scale.equals("IM") ? RatingScale.ONET_IMPORTANCE
                    : RatingScale.ONET_LEVEL);
            assertThat(maths.provenance().source()).isEqualTo(OnetProvider.SOURCE);
        }
    }

    @Test
    void keepsARatingOnetAdvisesSuppressingAndFlagsIt() {
        Path skills = ReleaseFiles.onet301().resolve("Skills.txt");
        Map<String, String> row = ReleaseFiles.rows(skills, "Recommend Suppress", "Y").get(0);

        Sourced<ElementRating> suppressed = rating(profile(row.get("O*NET-SOC Code")), FactKinds.SKILL_RATING,
                row.get("Element ID"), row.get("Scale ID"));

        assertThat(suppressed.provenance().quality().suppressionAdvised()).isTrue();
        assertThat(suppressed.provenance().quality().describe()).contains("publisher advises suppressing it");
        assertThat(suppressed.value().rating().value()).isEqualTo(number(row.get("Data Value")));
    }

    @Test
    void flagsALevelRatingOnetMarksNotRelevant() {
        Path knowledge = ReleaseFiles.onet301().resolve("Knowledge.txt");
        Map<String, String> row = ReleaseFiles.rows(knowledge, "Not Relevant", "Y").get(0);

        Sourced<ElementRating> notRelevant = rating(profile(row.get("O*NET-SOC Code")), FactKinds.KNOWLEDGE_RATING,
                row.get("Element ID"), row.get("Scale ID"));

        assertThat(notRelevant.provenance().quality().notRelevant()).isTrue();
    }

    @Test
    void technologySkillsCarryOnetsHotTechnologyAndInDemandFlags() {
        Path file = ReleaseFiles.onet301().resolve("Technology Skills.txt");
        List<Map<String, String>> rows = ReleaseFiles.occupationRows(file, "15-2051.00");
        List<Tool> tools = profile("15-2051.00").facts(FactKinds.TOOL).stream().map(Sourced::value).toList();

        assertThat(tools).hasSize(rows.size());
        for (Map<String, String> row : rows) {
            assertThat(tools).contains(new Tool(row.get("Example"), row.get("Commodity Title"),
                    row.get("In Demand").equals("Y"), row.get("Hot Technology").equals("Y")));
        }
        assertThat(tools).anySatisfy(t -> assertThat(t.hotTechnology() && t.inDemand()).isTrue());
        assertThat(tools).anySatisfy(t -> assertThat(t.hotTechnology() || t.inDemand()).isFalse());
    }

    @Test
    void relatedOccupationsKeepOnetsTierAndRank() {
        Path file = ReleaseFiles.onet301().resolve("Related Occupations.txt");
        List<Map<String, String>> rows = ReleaseFiles.occupationRows(file, "15-2051.00");

        List<RelatedRole> related = profile("15-2051.00").relatedRoles();

        assertThat(related).hasSize(rows.size());
        assertThat(related.get(0)).isEqualTo(new RelatedRole(RoleId.of(rows.get(0).get("Related O*NET-SOC Code")),
                "related occupation", rows.get(0).get("Relatedness Tier"), Integer.valueOf(rows.get(0).get("Index"))));
        assertThat(related.get(0)).isEqualTo(new RelatedRole(RoleId.of("15-2041.00"), "related occupation",
                "Primary-Short", 1));
        assertThat(related).extracting(RelatedRole::tier).contains("Primary-Short", "Primary-Long", "Supplemental");
    }

    @Test
    void statisticiansHaveTheirWorkValuesAndHighPointsInOnetsOrder() {
        Path file = ReleaseFiles.onet301().resolve("Work Values.txt");
        Map<String, String> achievement = ReleaseFiles.row(file, "O*NET-SOC Code", "15-2041.00", "Element ID",
                "1.B.2.a");

        WorkValueProfile values = profile("15-2041.00").facts(FactKinds.WORK_VALUES).get(0).value();

        // 1.B.2.g/h/i are 6, 1, 3: the sixth, first and third of Achievement ... Independence.
        assertThat(values.highPoints()).containsExactly(WorkValue.INDEPENDENCE, WorkValue.ACHIEVEMENT,
                WorkValue.RECOGNITION);
        assertThat(values.ratings()).hasSize(6);
        assertThat(values.ratings().get(WorkValue.ACHIEVEMENT).value())
                .isEqualTo(number(achievement.get("Data Value")));
        assertThat(values.ratings().get(WorkValue.ACHIEVEMENT).scale()).isEqualTo(RatingScale.ONET_EXTENT);
    }

    @Test
    void requiredEducationIsADistributionOverOnetsTwelveLevelsWithThePrecisionOfEach() {
        Sourced<EducationDistribution> education = LineChecks.educationOf(profile("15-1221.00"),
                ReleaseFiles.onet301().resolve(OnetFiles.EDUCATION), "15-1221.00", EducationLevel.BACHELORS);

        assertThat(education.value().percentByLevel().get(EducationLevel.BACHELORS)).isEqualTo(36.22);
        assertThat(education.value().qualityByLevel().get(EducationLevel.BACHELORS).sampleSize()).isEqualTo(16);
        assertThat(education.value().qualityByLevel().get(EducationLevel.BACHELORS).suppressionAdvised()).isTrue();
    }

    @Test
    void experienceAndTrainingAreDistributionsLabelledWithOnetsCategories() {
        CategoryShare twoToFourYears = LineChecks.experienceOf(profile("15-1221.00"),
                ReleaseFiles.onet301().resolve(OnetFiles.EDUCATION), "15-1221.00", 7);

        assertThat(twoToFourYears.label()).isEqualTo("Over 2 years, up to and including 4 years");
    }

    @Test
    void workStylesUseThe301ScalesOfDistinctivenessAndImpact() {
        Sourced<ElementRating> innovation = LineChecks.ratingOf(profile("15-2051.00"), FactKinds.WORK_STYLE_RATING,
                ReleaseFiles.onet301().resolve("Work Styles.txt"), "15-2051.00", "1.D.1.a", "WI");

        assertThat(innovation.value().rating().scale()).isEqualTo(new RatingScale("WI", "Work Styles Impact", -3, 3));
        assertThat(innovation.provenance().origin().domainSource()).isEqualTo("AI/Expert");
    }

    @Test
    void aTaskOnetDoesNotClassIsKeptAsUnclassifiedAndSaysWhy() {
        Map<String, String> row = ReleaseFiles.row(ReleaseFiles.onet301().resolve("Task Statements.txt"),
                "Task ID", "21823");

        Sourced<Task> task = profile("15-2051.00").facts(FactKinds.TASK).stream()
                .filter(t -> t.value().statement().equals(row.get("Task"))).findFirst().orElseThrow();

        assertThat(row.get("Task Type")).isEqualTo("n/a");
        assertThat(task.value().kind()).isEqualTo(TaskKind.UNCLASSIFIED);
        assertThat(task.provenance().note()).contains("not class this task as core or supplemental");
        assertThat(task.provenance().quality()).isNull();
    }

    @Test
    void aCoreTaskCarriesTheNumberOfIncumbentsResponding() {
        Map<String, String> row = ReleaseFiles.rows(ReleaseFiles.onet301().resolve("Task Statements.txt"),
                "O*NET-SOC Code", "15-1221.00", "Task Type", "Core").get(0);

        Sourced<Task> task = profile("15-1221.00").facts(FactKinds.TASK).stream()
                .filter(t -> t.value().statement().equals(row.get("Task"))).findFirst().orElseThrow();

        assertThat(task.value().kind()).isEqualTo(TaskKind.CORE);
        assertThat(task.provenance().quality().sampleSize())
                .isEqualTo(Integer.valueOf(row.get("Incumbents Responding")));
    }

    @Test
    void titlesIncludeAlternateShortAndReportedTitles() {
        Path release = ReleaseFiles.onet301();
        RoleDataSet data = OnetProviderTest.builtIn();
        Map<String, String> ceo = ReleaseFiles.row(release.resolve("Sample of Reported Titles.txt"), "O*NET-SOC Code",
                "11-1011.00", "Reported Job Title", "CEO (Chief Executive Officer)");

        for (String code : List.of("15-1221.00", "15-1299.08", "15-2051.00")) {
            assertThat(data.alternateTitles(OnetProviderTest.entry(data, code))).as(code)
                    .contains("Machine Learning Engineer");
        }
        assertThat(data.alternateTitles(OnetProviderTest.entry(data, "11-1011.00"))).contains(
                "CEO (Chief Executive Officer)", "CEO").doesNotHaveDuplicates();
        assertThat(profile("11-1011.00").facts(FactKinds.REPORTED_TITLE)).anySatisfy(t -> {
            assertThat(t.value().title()).isEqualTo("CEO (Chief Executive Officer)");
            assertThat(t.value().shownInMyNextMove()).isEqualTo(ceo.get("Shown in My Next Move").equals("Y"));
        });
        assertThat(profile("15-2051.00").alternateTitles()).isEqualTo(data.alternateTitles(
                OnetProviderTest.entry(data, "15-2051.00")));
    }

    @Test
    void rolesShareOriginsAndScalesRatherThanCopyingThem() {
        RoleProfile a = profile("15-1221.00");
        RoleProfile b = profile("15-1221.00");

        Provenance first = a.facts(FactKinds.SKILL_RATING).get(0).provenance();
        Provenance again = b.facts(FactKinds.SKILL_RATING).get(0).provenance();
        assertThat(again.origin()).isSameAs(first.origin());
        assertThat(again.referencePeriod()).isSameAs(first.referencePeriod());
        assertThat(b.facts(FactKinds.SKILL_RATING).get(0).value().rating().scale())
                .isSameAs(RatingScale.ONET_IMPORTANCE);
        assertThat(b.facts(FactKinds.JOB_ZONE).get(0).value()).isSameAs(a.facts(FactKinds.JOB_ZONE).get(0).value());
        assertThat(a.facts(FactKinds.JOB_ZONE).get(0).value()).isInstanceOf(JobZone.class);
    }

    private static RoleProfile profile(String code) {
        RoleDataSet data = OnetProviderTest.builtIn();
        return data.profile(OnetProviderTest.entry(data, code));
    }

    /** The high-point code from the IH rows: each value 1 to 6 names a RIASEC area, 0 none. */
    private static String highPointCode(Path release, String code) {
        StringBuilder sb = new StringBuilder();
        for (String element : List.of("1.B.1.g", "1.B.1.h", "1.B.1.i")) {
            int v = (int) number(ReleaseFiles.row(release.resolve("Interests.txt"), "O*NET-SOC Code", code,
                    "Element ID", element).get("Data Value"));
            if (v > 0) {
                sb.append("RIASEC".charAt(v - 1));
            }
        }
        return sb.toString();
    }
}
