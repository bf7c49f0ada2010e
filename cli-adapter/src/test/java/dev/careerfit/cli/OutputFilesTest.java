package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.batch.SamplePopulation;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command writes into what the user named, one way (`OutputTarget`): a file is replaced whole, a link's
 * target is replaced and the link kept, {@code -} is standard output, and a folder, a device, a FIFO or one of the
 * command's own inputs is refused with one line saying what it is, and left as it was. Standard output that cannot
 * be written is an error, never success. Devices and FIFOs are ones the test makes itself.
 */
@Tag("national")
class OutputFilesTest {
    /** Interest Profiler scores: a report without an answers file. */
    static final String[] SCORE = {"score", "--interest-profiler", "10,40,10,10,10,30", "--html"};

    @TempDir
    Path dir;

    /** Twenty people, the twentieth line bad. */
    static List<String> people;

    @BeforeAll
    static void generate() {
        people = new SamplePopulation(FitScorers.create(CareerCatalog.builder().build()).bank()).lines(20, 3, 20)
                .toList();
    }

    CliRun cli() {
        return new CliRun(dir.resolve("user")).env("CAREERFIT_HOME", dir.resolve("home").toString());
    }

    CliRun.Result html(String path) {
        String[] args = java.util.Arrays.copyOf(SCORE, SCORE.length + 1);
        args[SCORE.length] = path;
        return cli().run(args);
    }

    Path peopleFile(String name) throws IOException {
        return Files.write(dir.resolve(name), people, StandardCharsets.UTF_8);
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
    void batchFollowsASymbolicLinkAndPutsTheErrorsFileBesideTheLinkNotItsTarget() throws IOException {
        Path input = peopleFile("people.jsonl");
        Path target = Files.createDirectories(dir.resolve("runs")).resolve("monday.jsonl");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.jsonl"), Path.of("runs/monday.jsonl"));

        CliRun.Result r = cli().run("batch", input.toString(), "-o", link.toString(), "--top", "1");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(link).isSymbolicLink();
        assertThat(Files.readAllLines(target)).hasSize(19).allMatch(l -> l.startsWith("{\"person\""));
        assertThat(dir.resolve("latest.errors.jsonl")).exists();
        assertThat(dir.resolve("runs/monday.errors.jsonl")).doesNotExist();
    }

    @Test
    void aFifoIsRefusedAndStaysAFifoWithNobodyLeftWaiting() throws Exception {
        Path fifo = fifo("report.fifo");

        CliRun.Result r = html(fifo.toString());
        CliRun.Result batch = cli().run("batch", peopleFile("people.jsonl").toString(), "-o", fifo.toString());

        for (CliRun.Result each : List.of(r, batch)) {
            assertThat(each.exitCode()).isEqualTo(ExitCodes.ERROR);
            assertThat(each.errLines()).singleElement().asString().isEqualTo("careerfit: " + fifo
                    + ": is a FIFO (named pipe), not a file; give a file, or - for standard output");
        }
        assertThat(fifo).exists();
        assertThat(Files.isRegularFile(fifo)).as("still a FIFO").isFalse();
    }

    /**
     * The case: a device the user names (here the full device, made by the test) was replaced by a regular
     * file holding the results, with an errors file created beside it.
     */
    @ParameterizedTest
    @ValueSource(ints = {3, 7})
    void aDeviceIsRefusedStaysADeviceAndGetsNoErrorsFileBesideIt(int minor) throws Exception {
        Path device = device("x", minor);
        Path input = peopleFile("people.jsonl");

        CliRun.Result batch = cli().run("batch", input.toString(), "-o", device.toString());
        CliRun.Result page = html(device.toString());
        CliRun.Result errors = cli().run("batch", input.toString(), "-o", dir.resolve("out.jsonl").toString(),
                "--errors", device.toString());

        for (CliRun.Result each : List.of(batch, page, errors)) {
            assertThat(each.exitCode()).isEqualTo(ExitCodes.ERROR);
            assertThat(each.errLines()).singleElement().asString().isEqualTo("careerfit: " + device
                    + ": is a character device, not a file; give a file, or - for standard output");
        }
        assertThat(Files.isRegularFile(device)).as("still a device").isFalse();
        assertThat(dir.resolve("x.errors.jsonl")).doesNotExist();
        assertThat(dir.resolve("out.jsonl")).as("nothing written when an output is refused").doesNotExist();
    }

    @Test
    void jsonToAFileGoesTheSameWayAsThePage() throws IOException {
        Path report = Files.writeString(dir.resolve("report.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.json"), report);

        CliRun.Result r = cli().run("score", "--interest-profiler", "10,40,10,10,10,30", "--json", link.toString(),
                "--limit", "3");
        CliRun.Result toStandardOutput = cli().run("score", "--interest-profiler", "10,40,10,10,10,30", "--json",
                "--limit", "3");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Report written to " + link.toAbsolutePath() + "." + System.lineSeparator());
        assertThat(link).isSymbolicLink();
        assertThat(Files.readString(report)).isEqualTo(toStandardOutput.out())
                .contains("\"format\" : \"careerfit-ranking/1\"");
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

    @Test
    void theReportNeverReplacesTheAnswersItWasMadeFrom() throws IOException {
        Path answers = Files.writeString(dir.resolve("self.json"), "{\"format\": \"careerfit-answers/1\", "
                + "\"bank\": \"careerfit-standard\", \"bankVersion\": \"2.0\", \"answers\": []}");
        String before = Files.readString(answers);
        Path hardLink = Files.createLink(dir.resolve("hard.html"), answers);
        Path symbolic = Files.createSymbolicLink(dir.resolve("soft.html"), answers);

        for (Path page : List.of(answers, hardLink, symbolic)) {
            CliRun.Result r = cli().run("score", "--answers", answers.toString(), page == hardLink ? "--json" : "--html",
                    page.toString());

            assertThat(r.exitCode()).as(page.toString()).isEqualTo(ExitCodes.ERROR);
            assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: " + page + ": is ")
                    .endsWith("an input of this command; writing the output there would destroy it: give another file");
        }
        assertThat(answers).hasContent(before);
        assertThat(symbolic).isSymbolicLink();
    }

    @Test
    void batchNeverWritesItsResultsOrErrorsOverItsInput() throws IOException {
        Path input = peopleFile("same.jsonl");

        CliRun.Result results = cli().run("batch", input.toString(), "-o", input.toString());
        CliRun.Result errors = cli().run("batch", input.toString(), "-o", dir.resolve("r.jsonl").toString(),
                "--errors", input.toString());
        Path folder = Files.createDirectories(dir.resolve("answers"));
        Path oneFile = Files.writeString(folder.resolve("ana.json"), "{}");
        CliRun.Result intoFolder = cli().run("batch", folder.toString(), "-o", oneFile.toString());

        assertThat(List.of(results, errors, intoFolder)).allSatisfy(r -> {
            assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
            assertThat(r.errLines()).singleElement().asString().contains("is also an input of this command");
        });
        assertThat(Files.readAllLines(input)).isEqualTo(people);
        assertThat(oneFile).hasContent("{}");
    }

    @Test
    void aPersonWhoseIdAnEarlierLineHasIsReportedAndNotScoredTwice() throws IOException {
        List<String> lines = new ArrayList<>(people.subList(0, 3));
        lines.add(people.get(1));
        Path input = Files.write(dir.resolve("twice.jsonl"), lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("twice-results.jsonl");

        CliRun.Result r = cli().run("batch", input.toString(), "-o", out.toString(), "--top", "1");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(Files.readAllLines(out)).hasSize(3);
        assertThat(Files.readString(dir.resolve("twice-results.errors.jsonl"))).isEqualTo("{\"source\":\"twice.jsonl\","
                + "\"line\":4,\"person\":\"p0000002\",\"error\":\"twice.jsonl:4: person 'p0000002' is also on line 2; "
                + "give each person their own id\"}\n");
    }

    /**
     * The cases: each of these printed to a full standard output and exited 0. Standard output here is a full
     * device the test made, as {@code > /dev/full} gives the program.
     */
    @ParameterizedTest
    @ValueSource(strings = {"score --interest-profiler 10,40,10,10,10,30 --json", "roles", "questions",
            "batch PEOPLE -o - --errors ERRORS", "score --interest-profiler 10,40,10,10,10,30 --html -", "--help"})
    void standardOutputThatCannotBeWrittenIsAnErrorNotSuccess(String command) throws Exception {
        Path full = device("full", 7);
        String[] args = command.replace("PEOPLE", peopleFile("people.jsonl").toString())
                .replace("ERRORS", dir.resolve("errors.jsonl").toString()).split(" ");

        CliRun.Result r;
        try (OutputStream stdout = new FileOutputStream(full.toFile())) {
            r = cli().runTo(stdout, args);
        }

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().isEqualTo("careerfit: standard output: no space left on device");
    }

    /**
     * In the real program: {@code /dev/stdout} is standard output, written to as {@code -} is, not refused as a device
     * nor replaced; and standard input given as a file ({@code < people.jsonl}) is an input no output may be.
     */
    @Test
    void theProcesssOwnStandardOutputAndInputAreKnownByWhatTheyAre() throws Exception {
        Path stdout = dir.resolve("stdout.html");
        Process page = QuizProcessTest.program(dir.resolve("home"), List.of(), SCORE[0], SCORE[1], SCORE[2], SCORE[3],
                "/dev/stdout").redirectOutput(stdout.toFile()).redirectError(dir.resolve("err1.txt").toFile()).start();
        Path input = peopleFile("stdin.jsonl");
        Process batch = QuizProcessTest.program(dir.resolve("home"), List.of(), "batch", "-", "-o", input.toString())
                .redirectInput(input.toFile()).redirectError(dir.resolve("err2.txt").toFile()).start();

        assertThat(page.waitFor(60, TimeUnit.SECONDS) && batch.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(page.exitValue()).as(Files.readString(dir.resolve("err1.txt"))).isZero();
        assertThat(Files.readString(stdout)).startsWith("<!DOCTYPE html>").doesNotContain("Report written to");
        assertThat(batch.exitValue()).isEqualTo(ExitCodes.ERROR);
        assertThat(Files.readString(dir.resolve("err2.txt")).strip()).isEqualTo("careerfit: " + input + ": is standard "
                + "input, an input of this command; writing the output there would destroy it: give another file");
        assertThat(Files.readAllLines(input)).isEqualTo(people);
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

    /** A FIFO in the test's folder. */
    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        return fifo;
    }

    /**
     * A character device in the test's folder, as Linux's memory devices are numbered (1, 3 null; 1, 7 full). Making
     * one needs root and a file system that allows devices: the test is skipped where it cannot.
     */
    private Path device(String name, int minor) throws Exception {
        Path device = dir.resolve(name);
        int made = new ProcessBuilder("mknod", "-m", "666", device.toString(), "c", "1", Integer.toString(minor))
                .redirectErrorStream(true).start().waitFor();
        assumeThat(made).as("mknod (needs root)").isZero();
        try (OutputStream probe = new FileOutputStream(device.toFile())) {
            probe.write(0);
            assumeThat(minor).as("a device that takes writes").isNotEqualTo(7);
        } catch (IOException e) {
            assumeThat(e.getMessage()).as("the file system allows devices").contains("No space left");
        }
        return device;
    }
}
