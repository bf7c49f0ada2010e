package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quiz in the terminal, in-process: questions, keys, saving, resuming and the final report. */
class QuizCommandTest {
    @TempDir
    Path home;

    CliRun cli(String stdin) {
        return new CliRun(home.resolve("user")).env("CAREERFIT_HOME", home.toString()).stdin(stdin);
    }

    Path session() {
        return home.resolve("quiz-session.json");
    }

    @Test
    void asksOneQuestionAtATimeWithItsProgressAndTheKeys() {
        CliRun.Result r = cli("4\n").run("quiz");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("careerfit quiz: how well Machine Learning Engineer fits you.")
                .containsPattern("Question 1 of \\d+")
                .contains("1 Not at all", "5 Extremely")
                .contains("n not sure, s skip, b back, q save and quit")
                .containsPattern("Question 2 of \\d+");
    }

    @Test
    void endOfInputSavesTheProgressAndSaysHowToResume() {
        CliRun.Result r = cli(QuizKeys.input(QuizKeys.lines(3))).run("quiz");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("Saved your progress \\(3 of \\d+ done\\) to " + java.util.regex.Pattern.quote(
                session().toString())).contains("Carry on with: careerfit quiz --resume");
        assertThat(session()).exists().content().contains("careerfit-session/1");
    }

    @Test
    void resumeCarriesOnAtTheQuestionWhereItStopped() {
        cli(QuizKeys.input(QuizKeys.lines(3))).run("quiz");

        CliRun.Result r = cli("").run("quiz", "--resume");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("Carrying on with your quiz: 3 of \\d+ done")
                .containsPattern("Question 4 of \\d+").doesNotContain("Question 1 of");
    }

    @Test
    void saveAndQuitKeyStopsAndSaves() {
        CliRun.Result r = cli("4\n5\nq\n4\n").run("quiz");

        assertThat(r.out()).contains("Saved your progress (2 of").doesNotContain("Question 4 of");
        assertThat(session()).exists();
    }

    @Test
    void backShowsThePreviousAnswerAndEnterKeepsIt() {
        CliRun.Result r = cli("4\nb\n\n").run("quiz");

        assertThat(r.out()).contains("your answer: Very much (Enter keeps it)").contains("Saved your progress (1 of");
    }

    @Test
    void anUnknownKeyGetsAHintAndTheSameQuestionAgain() {
        CliRun.Result r = cli("maybe\n9\n").run("quiz");

        assertThat(r.out()).contains("Type a number from 1 to 5, or n (not sure), s (skip), b (back), q (save and quit).")
                .doesNotContain("Question 2 of");
    }

    @Test
    void aSavedQuizIsNeverOverwrittenByANewOneUnlessAskedTo() {
        cli("4\n").run("quiz");

        CliRun.Result fresh = cli("").run("quiz");
        CliRun.Result restart = cli("").run("quiz", "--restart");

        assertThat(fresh.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(fresh.errLines()).singleElement().asString()
                .contains("a saved quiz is waiting at " + session(), "--resume", "--restart");
        assertThat(restart.exitCode()).isZero();
        assertThat(restart.out()).contains("Saved your progress (0 of");
    }

    @Test
    void resumeWithoutASavedQuizIsAnErrorNamingTheFile() {
        CliRun.Result r = cli("").run("quiz", "--resume");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().contains("no saved quiz at " + session());
    }

    @Test
    void aBrokenSessionFileIsAnErrorNamingTheFileAndLine() throws IOException {
        Files.writeString(session(), "{\n  \"format\": \"careerfit-session/1\",\n  \"answers\": [ {\"question\": }\n");

        CliRun.Result r = cli("").run("quiz", "--resume");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().contains(session() + ":3:");
        assertThat(r.err()).doesNotContain("at dev.careerfit", "Exception");
    }

    @Test
    void theSessionFileCanBeChosen() {
        Path file = home.resolve("elsewhere/my-quiz.json");

        CliRun.Result r = cli("4\n").run("quiz", "--session", file.toString());

        assertThat(file).exists();
        assertThat(r.out()).contains("Carry on with: careerfit quiz --resume --session " + file);
    }

    @Test
    void anUnknownRoleNamesTheKnownOnes() {
        CliRun.Result r = cli("").run("quiz", "--role", "astronaut");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString()
                .isEqualTo("careerfit: unknown role 'astronaut'; known roles: ai-engineer, data-scientist, ml-engineer");
    }

    @Test
    void aNationalOccupationWithoutWorkFactorRatingsCannotBeScoredYetAndSaysSo() {
        CliRun.Result r = cli("").run("quiz", "--role", "15-2051.00");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().isEqualTo("careerfit: the quiz cannot score '15-2051.00' "
                + "(Data Scientists) yet: its sources rate no work factors; it scores ai-engineer, data-scientist, "
                + "ml-engineer. 'careerfit role 15-2051.00' shows everything known about it");
    }

    @Test
    void aFinishedQuizGivesTheReportTheComparisonAndNextStepsAndKeepsTheAnswers() {
        CliRun.Result r = cli(QuizKeys.input(QuizKeys.enoughToFinish())).run("quiz");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains("Your fit: Machine Learning Engineer  (ml-engineer)")
                .containsPattern("#+\\.*  \\d+ / 100  likely \\d+-\\d+")
                .contains("How the roles compare", "1. ", "AI Engineer", "Data Scientist")
                .contains("In its favour", "the role: ", "source: ")
                .contains("Skills and the way in")
                .contains("Next steps", "careerfit role ml-engineer")
                .contains("careerfit score --answers " + home.resolve("answers.json"));
        assertThat(session()).doesNotExist();
        assertThat(home.resolve("answers.json")).exists().content().contains("careerfit-answers/1");
    }

    @Test
    void quickQuizForAnotherRoleStopsSoonerAndReportsOnThatRole() {
        CliRun.Result quick = cli(QuizKeys.input(QuizKeys.enoughToFinish())).run("quiz", "--quick", "--role",
                "data-scientist");

        assertThat(quick.exitCode()).isZero();
        assertThat(quick.out()).containsPattern("Question 1 of up to \\d+").contains("Your fit: Data Scientist");
    }

    @Test
    void withJsonStandardOutputHoldsOnlyTheVersionedReport() {
        CliRun.Result r = cli(QuizKeys.input(QuizKeys.enoughToFinish())).run("quiz", "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("{").contains("\"format\" : \"careerfit-fit-report/1\"")
                .doesNotContain("Question 1");
        assertThat(r.err()).contains("Question 1 of");
    }

    @Test
    void withHtmlThePageIsWrittenAndNamed() {
        Path page = home.resolve("report.html");

        CliRun.Result r = cli(QuizKeys.input(QuizKeys.enoughToFinish())).run("quiz", "--html", page.toString());

        assertThat(r.out()).contains("Report written to " + page);
        assertThat(page).content().startsWith("<!DOCTYPE html>");
    }
}
