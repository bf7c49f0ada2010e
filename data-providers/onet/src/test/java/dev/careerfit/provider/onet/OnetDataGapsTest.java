package dev.careerfit.provider.onet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.DataGap;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What O*NET 30.1 does not publish for an occupation is said, not left as silence. */
class OnetDataGapsTest {
    private static final List<FactKind<?>> GAP_KINDS = List.of(FactKinds.TASK, FactKinds.SKILL_RATING,
            FactKinds.KNOWLEDGE_RATING, FactKinds.WORK_STYLE_RATING, FactKinds.TOOL, FactKinds.EDUCATION_DISTRIBUTION,
            FactKinds.PREPARATION, FactKinds.JOB_ZONE, FactKinds.INTERESTS, FactKinds.WORK_VALUES);

    @Test
    void dataScientistsHaveNoSkillsKnowledgeWorkValuesOrEducationInOnet301AndSayso() {
        Path release = ReleaseFiles.onet301();
        for (String file : List.of("Skills.txt", "Knowledge.txt", "Work Values.txt", OnetFiles.EDUCATION)) {
            assertThat(ReleaseFiles.occupationRows(release.resolve(file), "15-2051.00")).as(file).isEmpty();
        }

        RoleProfile scientists = profile("15-2051.00");

        assertThat(gaps(scientists)).extracting(DataGap::statement).containsExactly(
                "O*NET 30.1 publishes no skills ratings for this occupation",
                "O*NET 30.1 publishes no knowledge ratings for this occupation",
                "O*NET 30.1 publishes no required level of education for this occupation",
                "O*NET 30.1 publishes no work experience or training ratings for this occupation",
                "O*NET 30.1 publishes no work values for this occupation");
        assertThat(gaps(scientists)).extracting(g -> g.kind().id()).containsExactly("skill-rating", "knowledge-rating",
                "education-distribution", "preparation", "work-values");
        assertThat(scientists.facts(FactKinds.DATA_GAP).get(0).provenance().origin().table()).isEqualTo("Skills.txt");
        assertThat(scientists.facts().kinds()).contains(FactKinds.TASK, FactKinds.INTERESTS, FactKinds.JOB_ZONE);
    }

    @Test
    void softwareDevelopersHaveNoWorkValuesInOnet301AndSaySo() {
        assertThat(ReleaseFiles.occupationRows(ReleaseFiles.onet301().resolve("Work Values.txt"), "15-1252.00"))
                .isEmpty();

        assertThat(gaps(profile("15-1252.00"))).extracting(DataGap::statement)
                .containsExactly("O*NET 30.1 publishes no work values for this occupation");
    }

    @Test
    void theNinetyThreeAllOtherAndMilitaryCodesAreRolesWithEveryGapStated() {
        RoleDataSet data = OnetProviderTest.builtIn();

        List<RoleEntry> titlesOnly = data.entries().stream()
                .filter(e -> e.kinds().equals(Set.of(FactKinds.DATA_GAP))).toList();

        assertThat(titlesOnly).hasSize(93);
        assertThat(titlesOnly).anySatisfy(e -> assertThat(e.title()).contains("All Other"));
        assertThat(titlesOnly).anySatisfy(e -> assertThat(e.role().value()).startsWith("55-"));
        RoleEntry first = titlesOnly.get(0);
        assertThat(gaps(data.profile(first))).extracting(g -> g.kind().id())
                .containsExactlyInAnyOrderElementsOf(GAP_KINDS.stream().map(FactKind::id).toList());
        assertThat(data.alternateTitles(first)).isNotEmpty();
    }

    @Test
    @Tag("national")
    void everyKindAnOccupationLacksIsAGapAndNoKindItHasIs() {
        RoleDataSet data = OnetProviderTest.builtIn();

        for (RoleEntry e : data.entries()) {
            Set<String> stated = gaps(data.profile(e)).stream().map(g -> g.kind().id()).collect(Collectors.toSet());
            for (FactKind<?> kind : GAP_KINDS) {
                assertThat(stated.contains(kind.id())).as("%s states a gap of %s", e.role(), kind)
                        .isNotEqualTo(e.kinds().contains(kind));
            }
        }
    }

    @Test
    void theKindsAnOccupationOfTheSyntheticReleaseLacksAreStatedAsGaps() {
        RoleDataSet synthetic = new OnetProvider().open(OnetProviderTest.context(ReleaseFiles.synthetic(), false));

        assertThat(gaps(synthetic.profile(OnetProviderTest.entry(synthetic, "99-1012.00")))).extracting(DataGap::statement)
                .containsExactly("O*NET 99.9 publishes no skills ratings for this occupation",
                        "O*NET 99.9 publishes no knowledge ratings for this occupation",
                        "O*NET 99.9 publishes no required level of education for this occupation",
                        "O*NET 99.9 publishes no work experience or training ratings for this occupation",
                        "O*NET 99.9 publishes no work values for this occupation");
        assertThat(gaps(synthetic.profile(OnetProviderTest.entry(synthetic, "99-2021.00")))).extracting(g -> g.kind().id())
                .containsExactly("work-values");
        assertThat(gaps(synthetic.profile(OnetProviderTest.entry(synthetic, "99-1019.00")))).extracting(g -> g.kind().id())
                .containsExactlyInAnyOrderElementsOf(GAP_KINDS.stream().map(FactKind::id).toList());
        assertThat(gaps(synthetic.profile(OnetProviderTest.entry(synthetic, "99-1011.00")))).isEmpty();
    }

    @Test
    void aFileTheFolderLacksIsNotAGapInOnet(@TempDir Path dir) throws IOException {
        Path folder = OnetImporterErrorsTest.copyOf(ReleaseFiles.synthetic(), dir);
        Files.delete(folder.resolve("Technology Skills.txt"));

        RoleDataSet data = new OnetProvider().open(OnetProviderTest.context(folder, false));

        // The All Other occupation lacks every kind, but no file says it lacks technology skills now.
        assertThat(gaps(data.profile(OnetProviderTest.entry(data, "99-1019.00")))).extracting(g -> g.kind().id())
                .hasSize(GAP_KINDS.size() - 1).doesNotContain(FactKinds.TOOL.id());
    }

    private static RoleProfile profile(String code) {
        RoleDataSet data = OnetProviderTest.builtIn();
        return data.profile(OnetProviderTest.entry(data, code));
    }

    private static List<DataGap> gaps(RoleProfile profile) {
        return profile.facts(FactKinds.DATA_GAP).stream().map(Sourced::value).toList();
    }
}
