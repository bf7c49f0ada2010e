package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers and session files that are not what they should be: each is one short line naming the file and
 * what is wrong, whatever the file holds and however large it is.
 */
@Tag("national")
class BrokenInputTest {
    /** What an error line may take at most, whatever the input: the paths and a few quoted values. */
    static final int SHORT_LINE = 400;

    @TempDir
    Path dir;

    CliRun cli() {
        return new CliRun(dir.resolve("user")).env("CAREERFIT_HOME", dir.toString());
    }

    String oneErrorLine(CliRun.Result r) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception", "at dev.careerfit");
        return r.errLines()[0];
    }

    /** An answers file named {@code name} answering {@code count} questions, {@code prefix} and a number. */
    Path answers(String name, int count, String prefix) throws IOException {
        StringBuilder json = new StringBuilder("{\"format\": \"careerfit-answers/1\", \"bankVersion\": \"2.0\", "
                + "\"answers\": [");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"question\": \"").append(prefix).append(i)
                    .append("\", \"value\": 1}");
        }
        return Files.writeString(dir.resolve(name), json.append("]}").toString());
    }

    @Test
    void aUtf16AnswersFileIsNamedAndSaidNotToBeUtf8() throws IOException {
        Path file = dir.resolve("answers.json");
        Files.writeString(file, "\uFEFF{\"format\": \"careerfit-answers/1\"}", StandardCharsets.UTF_16LE);

        String line = oneErrorLine(cli().run("score", "--answers", file.toString()));

        assertThat(line).startsWith("careerfit: " + file + ": is not UTF-8 text");
    }

    @Test
    void aBinaryAnswersFileIsNamedAndSaidNotToBeUtf8() throws IOException {
        Path file = dir.resolve("answers.json");
        Files.write(file, new byte[] {0x1f, (byte) 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, (byte) 0xcb, 0x48});

        String line = oneErrorLine(cli().run("score", "--answers", file.toString()));

        assertThat(line).startsWith("careerfit: " + file + ": is not UTF-8 text");
    }

    @Test
    void aUtf16SessionFileIsNamedAndSaidNotToBeUtf8() throws IOException {
        Path session = dir.resolve(SavedQuiz.SESSION_FILE);
        Files.writeString(session, "{\"format\": \"careerfit-session/1\"}", StandardCharsets.UTF_16);

        String line = oneErrorLine(cli().run("quiz", "--resume"));

        assertThat(line).startsWith("careerfit: " + session + ": is not UTF-8 text");
    }

    @Test
    void aFolderGivenAsTheAnswersFileIsSaidToBeAFolder() {
        String line = oneErrorLine(cli().run("score", "--answers", dir.toString()));

        assertThat(line).isEqualTo("careerfit: " + dir + ": is a folder, not a file");
    }

    @Test
    void aFolderGivenAsTheSessionFileIsSaidToBeAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("sessions"));

        String line = oneErrorLine(cli().stdin("4\n").run("quiz", "--session", folder.toString()));

        assertThat(line).isEqualTo("careerfit: " + folder + ": is a folder, not a file");
    }

    @Test
    void aFiftyMegabyteAnswersFileIsRefusedAtOnceInOneLine() throws IOException {
        Path file = QuizKeys.hugeAnswersFile(dir.resolve("huge.json"), 50L * 1024 * 1024);
        Instant start = Instant.now();

        String line = oneErrorLine(cli().run("score", "--answers", file.toString()));

        assertThat(line).isEqualTo("careerfit: " + file + ": is 50.0 MB; careerfit reads answers and session files "
                + "of at most 2.0 MB");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void moreAnswersThanTheBankHasQuestionsIsOneProblem() throws IOException {
        Path file = answers("many.json", 1000, "q");

        String line = oneErrorLine(cli().run("score", "--answers", file.toString()));

        assertThat(line).startsWith("careerfit: " + file + " $.answers: has 1000 answers but the question bank has ")
                .hasSizeLessThan(SHORT_LINE);
    }

    @Test
    void deepNestingIsRefusedWithoutReadingOn() throws IOException {
        Path file = dir.resolve("deep.json");
        Files.writeString(file, "{\"format\": \"careerfit-answers/1\", \"answers\": " + "[".repeat(5000)
                + "]".repeat(5000) + "}");

        String line = oneErrorLine(cli().run("score", "--answers", file.toString()));

        assertThat(line).startsWith("careerfit: " + file).contains("nesting depth")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void longValuesAreQuotedShortInTheErrorLine() throws IOException {
        String huge = "x".repeat(90_000);
        Path file = dir.resolve("long.json");
        Files.writeString(file, "{\"format\": \"careerfit-answers/1\", \"bankVersion\": \"2.0\", \"role\": \"" + huge
                + "\", \"answers\": [{\"question\": \"" + huge + "\", \"value\": \"" + huge + "\"}]}");

        String line = oneErrorLine(cli().run("score", "--answers", file.toString()));

        assertThat(line).contains("2 problems", "$.role", "$.answers[0]", "xxx... (90000 characters)")
                .hasSizeLessThan(1_000);
    }

    @Test
    void manyProblemsAreCountedNotAllListed() throws IOException {
        Path file = answers("wrong.json", 40, "nope.");

        String line = oneErrorLine(cli().run("score", "--answers", file.toString()));

        assertThat(line).startsWith("careerfit: 40 problems: ").contains("nope.4'", "; and 35 more")
                .doesNotContain("nope.5'");
    }
}
