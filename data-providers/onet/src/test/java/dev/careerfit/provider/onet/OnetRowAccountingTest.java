package dev.careerfit.provider.onet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ImportReport;
import dev.careerfit.spi.ProviderContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every row of every file of the release is accounted for: loaded, or skipped with a reason, and the
 * counts are the files' own line counts, taken here without the provider's code.
 */
class OnetRowAccountingTest {

    @Test
    @Tag("national")
    void accountsForEveryRowOfEveryFileOfTheOnet301Release() throws IOException {
        Path release = ReleaseFiles.onet301();
        Map<String, FileReport> files = byFile(OnetProviderTest.builtIn().report());

        try (Stream<Path> inFolder = Files.list(release)) {
            for (Path file : inFolder.toList()) {
                String name = file.getFileName().toString();
                long expected = name.equals(OnetFiles.READ_ME) ? 0 : ReleaseFiles.dataRows(file);
                assertThat(files).as("the report of O*NET 30.1").containsKey(name);
                assertThat(files.get(name).rowsRead()).as("rows read of %s", name).isEqualTo(expected);
            }
        }
    }

    @Test
    void readsEverySkillAndKnowledgeRowOfTheRelease() {
        Map<String, FileReport> files = byFile(OnetProviderTest.builtIn().report());

        assertThat(files.get("Skills.txt").rowsLoaded()).isEqualTo(62_580);
        assertThat(files.get("Knowledge.txt").rowsLoaded()).isEqualTo(59_004);
        assertThat(files.get("Occupation Data.txt").rowsLoaded()).isEqualTo(1_016);
    }

    @Test
    void loadsEveryRowOfTheOnet301FilesItUsesExceptTheCertificationImportanceRatings() {
        Path release = ReleaseFiles.onet301();
        Map<String, FileReport> files = byFile(OnetProviderTest.builtIn().report());
        long importanceRows = ReleaseFiles.rows(release.resolve(OnetFiles.EDUCATION), "Scale ID", "IM").size();

        for (String used : OnetFiles.READ) {
            FileReport f = files.get(used);
            assertThat(f.status()).as(used).isEqualTo(FileReport.Status.LOADED);
            if (!used.equals(OnetFiles.EDUCATION)) {
                assertThat(f.rowsLoaded()).as("rows loaded of %s", used).isEqualTo(f.rowsRead());
            }
        }
        FileReport education = files.get(OnetFiles.EDUCATION);
        assertThat(importanceRows).isEqualTo(1_127);
        assertThat(education.skipped()).containsExactly(Map.entry(
                "importance of a certification or apprenticeship (IM): not part of careerfit's model yet",
                importanceRows));
        assertThat(education.rowsLoaded()).isEqualTo(education.rowsRead() - importanceRows);
    }

    @Test
    void saysWhichFilesOfAFullReleaseTheFolderLacksAndWhichItDoesNotUse() {
        Map<String, FileReport> files = byFile(OnetProviderTest.builtIn().report());

        assertThat(files.values().stream().filter(f -> f.status() == FileReport.Status.ABSENT).map(FileReport::file))
                .containsExactlyInAnyOrder("Abilities.txt", "Work Activities.txt", "Work Context.txt",
                        "Task Ratings.txt");
        assertThat(files.get("Tasks to DWAs.txt").status()).isEqualTo(FileReport.Status.NOT_USED);
        assertThat(files.get("Tasks to DWAs.txt").note()).contains("detailed work activities");
        assertThat(files.get("Tools Used.txt").note()).contains("physical tools");
        assertThat(files.get("Occupation Level Metadata.txt").note()).contains("survey metadata");
        assertThat(files.values()).filteredOn(f -> f.status() == FileReport.Status.NOT_USED)
                .allSatisfy(f -> assertThat(f.rowsLoaded()).isZero())
                .allSatisfy(f -> assertThat(f.note()).isNotBlank());
        assertThat(files.get("Content Model Reference.txt").rowsLoaded()).isEqualTo(630);
        assertThat(files.get("Scales Reference.txt").rowsLoaded()).isEqualTo(31);
    }

    @Test
    void theOnet301ReleaseHasNoProblemsAndTheSnapshotSaysWhereItCameFrom() {
        ImportReport report = OnetProviderTest.builtIn().report();

        assertThat(report.problems()).isEmpty();
        assertThat(report.release()).isEqualTo("O*NET 30.1 Database, December 2025 Release (snapshot built into "
                + "careerfit-provider-onet)");
        assertThat(report.files()).extracting(FileReport::file).doesNotHaveDuplicates();
    }

    @Test
    void accountsForEveryRowOfAFolderGivenThroughTheContext() throws IOException {
        Path synthetic = ReleaseFiles.synthetic();
        ImportReport report = new OnetProvider().open(new ProviderContext("onet",
                Map.of(ProviderContext.RELEASE, synthetic.toString()), getClass().getClassLoader(), false)).report();
        Map<String, FileReport> files = byFile(report);

        try (Stream<Path> inFolder = Files.list(synthetic)) {
            for (Path file : inFolder.toList()) {
                String name = file.getFileName().toString();
                long expected = name.equals(OnetFiles.READ_ME) ? 0 : ReleaseFiles.dataRows(file);
                assertThat(files.get(name).rowsRead()).as("rows read of %s", name).isEqualTo(expected);
            }
        }
        assertThat(files.get("README.md").status()).isEqualTo(FileReport.Status.NOT_USED);
        assertThat(files.get("README.md").note()).isEqualTo("not a file of the O*NET text release that careerfit knows");
        assertThat(files.get("Tools Used.txt").status()).isEqualTo(FileReport.Status.NOT_USED);
        assertThat(files.get("Related Occupations.txt").skipped())
                .containsExactly(Map.entry("related O*NET-SOC code not in Occupation Data.txt", 1L));
        assertThat(files.get(OnetFiles.EDUCATION).skipped()).containsExactly(Map.entry(
                "importance of a certification or apprenticeship (IM): not part of careerfit's model yet", 3L));
        assertThat(files.values()).filteredOn(f -> f.status() == FileReport.Status.ABSENT).extracting(FileReport::file)
                .contains("Abilities.txt", "Work Context.txt").doesNotContain(OnetFiles.READ.toArray(String[]::new));
        assertThat(report.problems()).isEmpty();
    }

    private static Map<String, FileReport> byFile(ImportReport report) {
        List<FileReport> files = report.files();
        return files.stream().collect(Collectors.toMap(FileReport::file, Function.identity()));
    }
}
