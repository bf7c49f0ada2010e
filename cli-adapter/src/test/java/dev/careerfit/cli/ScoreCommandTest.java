package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** score: the quiz's report for an answers file, and every way the file can be wrong. */
class ScoreCommandTest {
    @TempDir
    static Path dir;

    static Path answers;
    static FitScorer scorer;

    @BeforeAll
    static void writeAnswers() throws IOException {
        scorer = FitScorers.create(CareerCatalog.builder().build());
        answers = QuizKeys.answersFile(dir.resolve("answers.json"), scorer, "ml-engineer");
    }

    CliRun cli() {
        return new CliRun(dir.resolve("user")).env("CAREERFIT_HOME", dir.toString());
    }

    @Test
    void scoresTheRoleTheAnswersNameAndComparesAllRoles() {
        CliRun.Result r = cli().run("score", "--answers", answers.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Your fit: Machine Learning Engineer", "How the roles compare", "Data Scientist",
                "AI Engineer", "Next steps");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void scoresAnotherRoleWhenAsked() {
        assertThat(cli().run("score", "-a", answers.toString(), "--role", "ai-engineer").out())
                .contains("Your fit: AI Engineer");
    }

    @Test
    void allRanksEveryRoleWithoutAReport() {
        CliRun.Result r = cli().run("score", "--answers", answers.toString(), "--all");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("How the roles compare", "1. ", "2. ", "3. ").doesNotContain("Your fit");
    }

    @Test
    void jsonIsTheQuizEnginesReportAndWithAllItsComparison() {
        String report = cli().run("score", "--answers", answers.toString(), "--json").out();
        String comparison = cli().run("score", "--answers", answers.toString(), "--all", "--json").out();

        assertThat(report).startsWith("{").contains("\"format\" : \"careerfit-fit-report/1\"");
        assertThat(comparison).startsWith("{").contains("\"format\" : \"careerfit-comparison/1\"");
    }

    @Test
    void yamlAnswersAreReadToo() throws IOException {
        Path yaml = dir.resolve("answers.yaml");
        Files.writeString(yaml, """
                format: careerfit-answers/1
                bank: careerfit-standard
                bankVersion: "1.0"
                role: data-scientist
                answers:
                  - {question: pay.importance, value: 5}
                  - {question: pay.1, value: 4}
                  - {question: pay.2, value: not-sure}
                """);

        CliRun.Result r = cli().run("score", "--answers", yaml.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Your fit: Data Scientist");
    }

    @Test
    void aMissingAnswersFileIsOneLineNamingIt() {
        CliRun.Result r = cli().run("score", "--answers", dir.resolve("nope.json").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().isEqualTo("careerfit: " + dir.resolve("nope.json")
                + ": no such file");
    }

    @Test
    void malformedJsonNamesTheFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"format\": \"careerfit-answers/1\",\n  \"answers\": [ {\"question\": \"pay.1\" \n");

        CliRun.Result r = cli().run("score", "--answers", bad.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: " + bad + ":4:");
    }

    @Test
    void invalidAnswersNameEveryProblemWithItsPath() throws IOException {
        Path bad = dir.resolve("invalid.json");
        Files.writeString(bad, """
                {"format": "careerfit-answers/1", "bank": "careerfit-standard", "bankVersion": "1.0",
                 "answers": [ {"question": "pay.1", "value": 9}, {"question": "no-such-question", "value": 2} ]}
                """);

        CliRun.Result r = cli().run("score", "--answers", bad.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString()
                .contains("2 problems", "$.answers[0].value", "9 is not an allowed answer",
                        "$.answers[1].question", "no-such-question");
    }

    @Test
    void anUnknownRoleExitsWithOneAndNamesTheKnownRoles() {
        CliRun.Result r = cli().run("score", "--answers", answers.toString(), "--role", "astronaut");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().contains("astronaut", "ai-engineer, data-scientist, ml-engineer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--role ml-engineer --all", "--json --html x.html", "--all --bogus"})
    void conflictingOrUnknownOptionsAreUsageErrors(String options) {
        String[] args = ("score --answers " + answers + " " + options).split(" ");

        CliRun.Result r = cli().run(args);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: ").contains("careerfit score --help");
    }
}
