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
        assertThat(r.out()).containsPattern("careerfit quiz: which of [\\d,]+ occupations fit you, and how well")
                .containsPattern("Question 1\\b")
                .contains("n not sure, s skip, b back, q save and quit")
                .containsPattern("Question 2\\b");
    }

    @Test
    void endOfInputSavesTheProgressAndSaysHowToResume() {
        CliRun.Result r = cli(QuizKeys.input(QuizKeys.lines(3))).run("quiz");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("Saved your progress \\(3 answered\\) to " + java.util.regex.Pattern.quote(
                session().toString())).contains("Carry on with: careerfit quiz --resume");
        assertThat(session()).exists().content().contains("careerfit-session/1");
    }

    @Test
    void resumeCarriesOnAtTheQuestionWhereItStopped() {
        cli(QuizKeys.input(QuizKeys.lines(3))).run("quiz");

        CliRun.Result r = cli("").run("quiz", "--resume");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Carrying on with your quiz: 3 done")
                .containsPattern("Question 4\\b").doesNotContainPattern("Question 1\\b");
    }

    @Test
    void saveAndQuitKeyStopsAndSaves() {
        CliRun.Result r = cli("4\n5\nq\n4\n").run("quiz");

        assertThat(r.out()).contains("Saved your progress (2 answered)").doesNotContainPattern("Question 4\\b");
        assertThat(session()).exists();
    }

    @Test
    void backShowsThePreviousAnswerAndEnterKeepsIt() {
        CliRun.Result r = cli("4\nb\n\n").run("quiz");

        assertThat(r.out()).containsPattern("your answer: \\S.* \\(Enter keeps it\\)")
                .contains("Saved your progress (1 answered)");
    }

    @Test
    void anUnknownKeyGetsAHintAndTheSameQuestionAgain() {
        CliRun.Result r = cli("maybe\n9\n").run("quiz");

        assertThat(r.out()).contains("Type a number from 1 to 5, or n (not sure), s (skip), b (back), q (save and quit).")
                .doesNotContainPattern("Question 2\\b");
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
        assertThat(restart.out()).contains("Saved your progress (0 answered)");
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
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: unknown role 'astronaut'");
    }

    @Test
    void aFinishedQuizShowsTheBestOccupationsOutOfAllWhatTheAnswersSayAndReadinessAndKeepsTheAnswers() {
        CliRun.Result r = cli(QuizKeys.input(QuizKeys.enoughToFinish())).run("quiz");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .containsPattern("Your best occupations, out of [\\d,]+ scored")
                .containsPattern("   1\\. .*  \\d+\\.\\d  likely \\d+\\.\\d-\\d+\\.\\d")
                .contains("What your answers say", "Interests (0-40", "Why the best ones fit, and the way in", "Way in: ")
                .contains("careerfit score --answers " + home.resolve("answers.json"));
        assertThat(session()).doesNotExist();
        assertThat(home.resolve("answers.json")).exists().content().contains("careerfit-answers/1");
    }

    @Test
    void theRoleAskedAboutSaysWhereItStandsAndWhyEvenForANationalOccupation() {
        CliRun.Result r = cli(QuizKeys.input(QuizKeys.enoughToFinish())).run("quiz", "--role", "15-2051.00");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("Data Scientists ranks \\d+ of [\\d,]+ for you")
                .contains("Readiness and the way in", "Next steps", "careerfit role 15-2051.00");
    }

    @Test
    void theQuizStopsOnceTheBestOccupationsSettleAndFullAsksEverything() {
        CliRun.Result adaptive = cli(QuizKeys.input(QuizKeys.enoughToFinish())).run("quiz");
        CliRun.Result full = cli(QuizKeys.input(QuizKeys.enoughToFinish())).run("quiz", "--restart", "--full");

        long asked = adaptive.out().lines().filter(l -> l.startsWith("Question ")).count();
        long all = full.out().lines().filter(l -> l.startsWith("Question ")).count();
        assertThat(asked).isLessThan(all);
        assertThat(full.out()).containsPattern("Question \\d+ of \\d+");
    }

    @Test
    void withJsonStandardOutputHoldsOnlyTheVersionedResults() {
        CliRun.Result r = cli(QuizKeys.input(QuizKeys.enoughToFinish())).run("quiz", "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("{").contains("\"format\" : \"careerfit-comparison/2\"")
                .doesNotContain("Question 1");
        assertThat(r.err()).contains("Question 1");
    }

    @Test
    void withHtmlThePageIsWrittenAndNamed() {
        Path page = home.resolve("report.html");

        CliRun.Result r = cli(QuizKeys.input(QuizKeys.enoughToFinish())).run("quiz", "--html", page.toString());

        assertThat(r.out()).contains("Report written to " + page);
        assertThat(page).content().startsWith("<!DOCTYPE html>");
    }
}
