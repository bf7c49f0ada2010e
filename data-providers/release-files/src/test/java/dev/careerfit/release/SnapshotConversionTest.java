package dev.careerfit.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every snapshot converter does around its import and write steps. */
class SnapshotConversionTest {
    private static final String USAGE = "usage: AcmeSnapshotConverter RELEASE OUTPUT_FILE";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheSnapshotOfAReleaseWithoutProblemsAndSaysWhatItWrote() throws IOException {
        Path output = dir.resolve("new/folder/acme.cfsnap");

        int status = run(output, release -> cleanRelease());

        assertThat(status).isEqualTo(SnapshotConversion.WRITTEN);
        assertThat(Files.readAllBytes(output)).isEqualTo(snapshot());
        assertThat(printed(out)).startsWith("Acme 2025\n  rows.txt: LOADED, 2 rows read, 1 loaded\n"
                        + "      1 skipped: a total\n")
                .endsWith("wrote " + output + ": " + snapshot().length + " bytes, 2 entries\n");
        assertThat(printed(err)).isEmpty();
    }

    @Test
    void refusesToWriteAReleaseWithProblemsAndKeepsTheOldSnapshot() throws IOException {
        Path output = dir.resolve("acme.cfsnap");
        Files.writeString(output, "the old snapshot");
        ImportLog log = cleanRelease();
        log.file("bad.txt", null).invalid("line 3, column 'Value'", "'n/a' is not a number");

        int status = run(output, release -> log);

        assertThat(status).isEqualTo(SnapshotConversion.NOT_WRITTEN);
        assertThat(output).hasContent("the old snapshot");
        assertThat(printed(out)).contains("  problem: bad.txt, line 3, column 'Value': 'n/a' is not a number");
        assertThat(printed(err)).isEqualTo("not written: the release has 1 problems\n");
    }

    @Test
    void printsTheProblemAStrictImportStopsAtAndWritesNothing() {
        Path output = dir.resolve("acme.cfsnap");

        int status = run(output, release -> {
            throw new InvalidDataException("provider 'acme'", List.of(new Problem("rows.txt, line 2", "is empty")));
        });

        assertThat(status).isEqualTo(SnapshotConversion.NOT_WRITTEN);
        assertThat(output).doesNotExist();
        assertThat(printed(err)).contains("rows.txt, line 2").contains("is empty");
    }

    @Test
    void needsAReleaseAndAnOutputFile() {
        int status = SnapshotConversion.run(new String[] {"only-one"}, USAGE, stream(out), stream(err),
                release -> cleanRelease(), log -> log.report("Acme 2025"), log -> snapshot());

        assertThat(status).isEqualTo(SnapshotConversion.USAGE);
        assertThat(printed(err)).isEqualTo(USAGE + "\n");
        assertThat(printed(out)).isEmpty();
    }

    @Test
    void writeReplacesTheOldFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path output = dir.resolve("acme.cfsnap");
        Files.writeString(output, "the old snapshot, longer than the new one");

        SnapshotConversion.write(new byte[] {1, 2, 3}, output);

        assertThat(Files.readAllBytes(output)).containsExactly(1, 2, 3);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(output);
        }
    }

    @Test
    void writeNamesTheFileItCannotWriteAndKeepsWhatWasThere() throws IOException {
        Path output = dir.resolve("acme.cfsnap");
        Files.createDirectories(output.resolve("a folder in the way"));

        assertThatThrownBy(() -> SnapshotConversion.write(new byte[] {1}, output))
                .isInstanceOf(UncheckedIOException.class).hasMessageStartingWith("cannot write " + output);
        assertThat(output).isDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(output);
        }
    }

    private int run(Path output, Function<Path, ImportLog> importer) {
        return SnapshotConversion.run(new String[] {dir.resolve("release").toString(), output.toString()}, USAGE,
                stream(out), stream(err), importer, log -> log.report("Acme 2025"), log -> snapshot());
    }

    private static ImportLog cleanRelease() {
        ImportLog log = new ImportLog("provider 'acme'", false);
        ImportLog.FileLog rows = log.file("rows.txt", null);
        rows.loaded();
        rows.skipped("a total");
        return log;
    }

    private static byte[] snapshot() {
        return new SnapshotWriter("acme", 1, "Acme 2025").section(SnapshotDataSet.INDEX, out -> out.varInt(2))
                .toByteArray();
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String printed(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
