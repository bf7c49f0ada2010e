package dev.careerfit.provider.onet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.release.ImportReports;
import dev.careerfit.release.SnapshotReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot shipped in the jar is the O*NET 30.1 release, reduced; nothing else and nothing less. */
class OnetSnapshotTest {

    @Test
    @Tag("national")
    void theCommittedSnapshotIsTheOneBuiltFromTheOnet301Release() {
        Path release = ReleaseFiles.onet301();
        SnapshotReader committed = builtIn();

        SnapshotReader rebuilt = SnapshotReader.of(OnetSnapshotConverter.snapshot(release), "rebuilt");

        assertThat(committed.differencesFrom(rebuilt)).as("onet.cfsnap against a rebuild from the O*NET 30.1 "
                + "release; regenerate it with OnetSnapshotConverter (see its class comment)").isEmpty();
    }

    @Test
    void holdsTheDocumentedSectionsInOrder() {
        assertThat(builtIn().rawSections().keySet()).containsExactly("header", "strings", OnetSnapshot.RELEASE,
                OnetSnapshot.SCALES, OnetSnapshot.ELEMENTS, OnetSnapshot.CATEGORIES, OnetSnapshot.JOB_ZONES, "index",
                OnetSnapshot.TITLES, "profiles", ImportReports.SECTION);
    }

    @Test
    void namesTheOnet301ReleaseThatTheProviderDeclares() {
        SnapshotReader snapshot = builtIn();

        assertThat(snapshot.providerId()).isEqualTo("onet");
        assertThat(snapshot.contentVersion()).isEqualTo(OnetSnapshot.CONTENT_VERSION);
        assertThat(snapshot.release()).isEqualTo("O*NET 30.1 Database, December 2025 Release")
                .isEqualTo(OnetProvider.BUILT_IN.describe());
        assertThat(OnetProvider.SOURCE.release()).isEqualTo("O*NET 30.1 (December 2025)");
    }

    @Test
    void staysACompactResourceOfAFewMegabytes() {
        assertThat(builtIn().size()).isBetween(1_000_000, 6_000_000);
    }

    @Test
    void theSameReleaseAlwaysGivesTheSameBytes() {
        Path synthetic = ReleaseFiles.synthetic();

        assertThat(OnetSnapshotConverter.snapshot(synthetic)).isEqualTo(OnetSnapshotConverter.snapshot(synthetic));
    }

    @Test
    void theConverterWritesTheSnapshotFileAndSaysHowBigItIs(@TempDir Path dir) throws IOException {
        Path synthetic = ReleaseFiles.synthetic();
        Path output = dir.resolve("out/onet.cfsnap");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int status = OnetSnapshotConverter.run(new String[] {synthetic.toString(), output.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).isZero();
        assertThat(Files.readAllBytes(output)).isEqualTo(OnetSnapshotConverter.snapshot(synthetic));
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("wrote " + output + ": " + Files.size(output) + " bytes");
    }

    @Test
    void theConverterNeedsAReleaseFolderAndAnOutputFile() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = OnetSnapshotConverter.run(new String[] {"only-one"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("usage: OnetSnapshotConverter RELEASE_FOLDER OUTPUT_FILE");
    }

    static SnapshotReader builtIn() {
        try (InputStream in = OnetProvider.class.getResourceAsStream(OnetProvider.SNAPSHOT)) {
            assertThat(in).as("onet.cfsnap on the class path").isNotNull();
            return SnapshotReader.of(in.readAllBytes(), "onet.cfsnap");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
