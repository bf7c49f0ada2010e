package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports go into what the user named: a file is replaced whole, a link's target is replaced and the link
 * kept, a device or a pipe is written to, {@code -} is standard output; errors name the user's path.
 */
@Tag("national")
class OutputFilesTest {
    /** Interest Profiler scores: a report without an answers file. */
    static final String[] SCORE = {"score", "--interest-profiler", "10,40,10,10,10,30", "--html"};

    @TempDir
    Path dir;

    CliRun.Result html(String path) {
        String[] args = java.util.Arrays.copyOf(SCORE, SCORE.length + 1);
        args[SCORE.length] = path;
        return new CliRun(dir.resolve("user")).env("CAREERFIT_HOME", dir.resolve("home").toString()).run(args);
    }

    @Test
    void aFileIsReplacedWholeAndNoTemporaryFileIsLeft() throws IOException {
        Path page = dir.resolve("report.html");
        Files.writeString(page, "old");

        CliRun.Result r = html(page.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain(".report.html").allMatch(
                    name -> !name.endsWith(".tmp"));
        }
    }

    @Test
    void aSymbolicLinkKeepsPointingAtItsTargetWhichGetsTheReport() throws IOException {
        Path target = Files.createDirectories(dir.resolve("reports")).resolve("mine.html");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.html"), Path.of("reports/mine.html"));

        CliRun.Result r = html(link.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(link).isSymbolicLink();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("reports/mine.html"));
        assertThat(Files.readString(target)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void aFifoIsWrittenToAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("report.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        CliRun.Result r = html(fifo.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(read.get(30, TimeUnit.SECONDS)).startsWith("<!DOCTYPE html>").contains("</html>");
        assertThat(fifo).exists();
        assertThat(Files.isRegularFile(fifo)).as("still a FIFO").isFalse();
    }

    @Test
    void devNullIsWrittenToAndStaysADevice() throws Exception {
        Path devNull = Path.of("/dev/null");
        try {
            CliRun.Result r = html(devNull.toString());

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(Files.isRegularFile(devNull)).as("/dev/null is still a device").isFalse();
        } finally {
            restoreDevice(devNull, 3);
        }
    }

    @Test
    void aFullDeviceIsOneLineNamingIt() throws Exception {
        Path devFull = Path.of("/dev/full");
        assumeThat(devFull).exists();
        try {
            CliRun.Result r = html(devFull.toString());

            assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
            assertThat(r.errLines()).singleElement().asString()
                    .isEqualTo("careerfit: /dev/full: no space left on device");
        } finally {
            restoreDevice(devFull, 7);
        }
    }

    @Test
    void aDashIsStandardOutputAndHoldsThePageAlone() {
        CliRun.Result r = html("-");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").doesNotContain("Report written to");
        assertThat(Path.of("-")).as("no file named -").doesNotExist();
    }

    @Test
    void aFolderIsOneLineSayingItIsNotAFile() {
        CliRun.Result r = html(dir.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString()
                .isEqualTo("careerfit: " + dir + ": is a folder, not a file");
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedByTheUsersPathNotATemporaryFile() throws IOException {
        Path page = readOnlyFolder(dir).resolve("report.html");

        CliRun.Result r = html(page.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().isEqualTo("careerfit: " + page + ": permission denied");
    }

    /**
     * A folder this process cannot create files in: a fresh one without write permission, or, where that is no
     * bar (root), {@code /sys}. Skips the test where there is none.
     */
    static Path readOnlyFolder(Path parent) throws IOException {
        Path folder = Files.createDirectories(parent.resolve("read-only"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        for (Path candidate : new Path[] {folder, Path.of("/sys")}) {
            try {
                Files.delete(Files.createTempFile(candidate, "probe", ".tmp"));
            } catch (IOException e) {
                return candidate;
            }
        }
        assumeThat(false).as("a folder this process cannot write").isTrue();
        return folder;
    }

    /** Puts a character device back (as root) should a regression have replaced it with a file. */
    private static void restoreDevice(Path device, int minor) throws Exception {
        if (Files.isRegularFile(device)) {
            Files.delete(device);
            new ProcessBuilder("mknod", "-m", "666", device.toString(), "c", "1", Integer.toString(minor)).start()
                    .waitFor();
        }
    }
}
