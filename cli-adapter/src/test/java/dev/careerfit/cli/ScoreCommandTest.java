package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** score: the quiz's report for an answers file, and every way the file can be wrong. */
@Tag("national")
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
    void showsTheBestOccupationsOutOfAllOfThemAndWhereTheRoleTheAnswersNameStands() {
        CliRun.Result r = cli().run("score", "--answers", answers.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Your best occupations, out of ", "What your answers say",
                "Machine Learning Engineer, the role you asked about", "Readiness and the way in", "Next steps");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void reportsOnAnotherRoleWhenAsked() {
        assertThat(cli().run("score", "-a", answers.toString(), "--role", "15-2051.00").out())
                .contains("Data Scientists, the role you asked about");
    }

    @Test
    void allRanksEveryOccupationAndLimitSaysHowManyToShow() {
        CliRun.Result r = cli().run("score", "--answers", answers.toString(), "--all", "--limit", "30");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("(?m)^ +1\\.[ ~>] ").containsPattern("(?m)^ +30\\.[ ~>] ")
                .doesNotContainPattern("(?m)^ +31\\.[ ~>] ")
                .doesNotContain("Next steps")
                .contains("--limit N lists more");
    }

    @Test
    void jsonIsTheQuizEnginesReportAndWithAllTheWholeRanking() {
        String report = cli().run("score", "--answers", answers.toString(), "--json").out();
        String comparison = cli().run("score", "--answers", answers.toString(), "--all", "--json").out();

        assertThat(report).startsWith("{").contains("\"format\" : \"careerfit-fit-report/4\"");
        assertThat(comparison).startsWith("{").contains("\"format\" : \"careerfit-ranking/1\"", "\"rank\" : 900,");
    }

    @Test
    void interestProfilerResultsAloneRankEveryOccupationAndShowTheSixAreaScores() {
        String digits = "22552222224422552222224422552222224422552222224422552222224" + "4";
        CliRun.Result r = cli().run("score", "--interest-profiler", digits, "--all", "--limit", "5");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("Interests (0-40, as the O*NET Interest Profiler scores them): Realistic 10, "
                + "Investigative 40, Artistic 10, Social 10, Enterprising 10, Conventional 30");
        assertThat(r.out()).containsPattern("(?m)^ +1\\.[ ~>] ").containsPattern("(?m)^ +5\\.[ ~>] ");
        assertThat(cli().run("score", "--interest-profiler", "10,40,10,10,10,30", "--all", "--limit", "5").out())
                .contains("Investigative 40");
    }

    @Test
    void dealBreakersAreMarkedAndCanBeLeftOut() throws IOException {
        Answers.Builder b = Answers.builder(scorer.bank());
        for (Question q : scorer.bank().questions()) {
            if (q.kind() == QuestionKind.IMPORTANCE) {
                b.answer(q.id(), q.dimension().value().equals("pressure") ? 5 : 3);
            } else if (q.kind().measures()) {
                b.answer(q.id(), !q.dimension().value().equals("pressure") ? 2 + q.id().value().length() % 3
                        : q.keySign() > 0 ? 1 : 5);
            }
        }
        Path hatesPressure = dir.resolve("hates-pressure.json");
        QuizJson.write(hatesPressure, b.build());

        String marked = cli().run("score", "--answers", hatesPressure.toString(), "--all", "--limit", "1000").out();
        CliRun.Result without = cli().run("score", "--answers", hatesPressure.toString(), "--all", "--limit", "1000",
                "--without-deal-breakers");

        assertThat(marked).contains("! has one of your deal-breakers");
        assertThat(without.exitCode()).isZero();
        assertThat(without.out()).doesNotContain("! has one of your deal-breakers").containsPattern("\\d+ occupations "
                + "have one of your deal-breakers and are left out");
    }

    @Test
    void badInterestProfilerResultsAreOneLineSayingWhatIsWrong() {
        CliRun.Result r = cli().run("score", "--interest-profiler", "123");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).singleElement().asString().isEqualTo("careerfit: --interest-profiler: an Interest "
                + "Profiler answer string has 60 digits (one per item, 1-5), this one has 3 (see 'careerfit score "
                + "--help')");
    }

    @Test
    void tooFewAnswersGiveNoOccupationsButAnErrorSayingHowManyMoreAndOfWhatKind() throws IOException {
        // Issue 22: no answers, or two, must not produce a ranking.
        Path none = dir.resolve("none.json");
        Files.writeString(none, "{\"format\": \"careerfit-answers/1\", \"bankVersion\": \"2.0\", \"answers\": []}");
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
                  - {question: maths-intensity.9, value: 2}
                """);

        CliRun.Result empty = cli().run("score", "--answers", none.toString());
        CliRun.Result two = cli().run("score", "--answers", yaml.toString(), "--all", "--json");

        assertThat(empty.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(empty.out()).doesNotContain("occupations", "15-2051.00");
        assertThat(empty.err()).contains("Not enough answers for a result yet", "there are none; answer 12 more",
                "interest areas");
        assertThat(two.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(two.out()).isEmpty();
        assertThat(two.err()).contains("there is 1; answer 11 more");
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
                {"format": "careerfit-answers/1", "bank": "careerfit-standard", "bankVersion": "2.0",
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
        assertThat(r.errLines()).singleElement().asString().contains("unknown role 'astronaut'");
    }

    @Test
    void anUnknownRoleIsNamedEvenWithoutAnswers() {
        CliRun.Result r = cli().run("score", "--role", "nope");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: unknown role 'nope'")
                .doesNotContain("--answers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--json --html x.html", "--all --bogus", "--limit many"})
    void conflictingOrUnknownOptionsAreUsageErrors(String options) {
        String[] args = ("score --answers " + answers + " " + options).split(" ");

        CliRun.Result r = cli().run(args);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: ").contains("careerfit score --help");
    }
}
