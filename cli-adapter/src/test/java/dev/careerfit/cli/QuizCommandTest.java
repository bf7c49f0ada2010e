package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quiz in the terminal, in-process: questions, keys, saving, resuming and the final report. */
@Tag("national")
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

        assertThat(r.out()).contains("Type a number from 1 to 5, or n (not sure), s (skip), b (back), q (save and quit), "
                + "h (help).")
                .doesNotContainPattern("Question 2\\b");
    }

    @Test
    void aSavedQuizIsNeverOverwrittenByANewOneAndRestartKeepsItInTheHistory() throws IOException {
        cli("4\n").run("quiz");
        String before = Files.readString(session());

        CliRun.Result fresh = cli("").run("quiz");
        CliRun.Result restart = cli("").run("quiz", "--restart");

        assertThat(fresh.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(fresh.errLines()).singleElement().asString()
                .contains("a saved quiz is waiting at " + session(), "--resume", "--restart");
        assertThat(restart.exitCode()).as(restart.err()).isZero();
        List<Path> kept;
        try (Stream<Path> history = Files.list(session().resolveSibling(SavedQuiz.HISTORY_FOLDER))) {
            kept = history.toList();
        }
        assertThat(kept).singleElement().satisfies(k -> {
            assertThat(k.getFileName().toString()).matches("session-\\d{8}-\\d{6}\\.json");
            assertThat(k).hasContent(before);
        });
        assertThat(restart.out()).contains("The quiz you had started is kept in " + kept.get(0));
        assertThat(session()).as("nothing answered since the restart").doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"q\n", "b\nq\n", ""})
    void aQuizLeftWithoutAnAnswerSavesNothingAndTheNextOneStartsFreely(String keys) {
        CliRun.Result left = cli(keys).run("quiz");
        CliRun.Result next = cli("4\n").run("quiz");

        assertThat(left.exitCode()).isZero();
        assertThat(left.out()).contains("Nothing answered, so nothing saved.").doesNotContain("Saved your progress");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.out()).contains("Saved your progress (1 answered)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--restart", "--role 15-2051.00", "--full"})
    void resumeWithOptionsThatStartAQuizIsAUsageError(String option) {
        cli("4\n").run("quiz");
        String[] args = ("quiz --resume " + option).split(" ");

        CliRun.Result r = cli("4\n").run(args);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: --resume carries on with the saved "
                + "quiz as it was started, so it cannot be used with " + option.split(" ")[0]).contains("--help");
        assertThat(session()).content().contains("\"position\" : 1");
    }

    @Test
    void aFinishedQuizKeepsTheAnswersItWouldReplaceInHistoryAndSaysWhere() throws IOException {
        cli(QuizKeys.input(QuizKeys.enoughToFinish())).run("quiz");
        String first = Files.readString(home.resolve("answers.json"));

        CliRun.Result second = cli(QuizKeys.input(QuizKeys.lines(400).stream().map(k -> k.equals("4") ? "1" : k)
                .toList())).run("quiz");

        Path history = home.resolve("history");
        assertThat(history).isDirectory();
        List<Path> kept;
        try (Stream<Path> files = Files.list(history)) {
            kept = files.toList();
        }
        assertThat(kept).hasSize(1);
        Path earlier = kept.get(0);
        assertThat(earlier.getFileName().toString()).matches("answers-\\d{8}-\\d{6}\\.json");
        assertThat(Files.readString(earlier)).isEqualTo(first);
        assertThat(second.out()).contains("The answers you saved there before are now in " + earlier + ".");
        assertThat(Files.readString(home.resolve("answers.json"))).isNotEqualTo(first).contains("careerfit-answers/1");
    }

    @Test
    void aSessionFileThatIsALinkStaysALinkAndItsTargetHoldsTheSession() throws IOException {
        Path target = Files.createDirectories(home.resolve("synced")).resolve("quiz.json");
        Path link = Files.createSymbolicLink(home.resolve("linked-session.json"), target);

        CliRun.Result r = cli("4\n5\n").run("quiz", "--session", link.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(link).isSymbolicLink();
        assertThat(target).content().contains("careerfit-session/1", "\"position\" : 2");
    }

    @Test
    void aHomeThatIsAFileIsOneLineBeforeTheFirstQuestion() throws IOException {
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");

        CliRun.Result r = new CliRun(home.resolve("user")).env("CAREERFIT_HOME", file.toString()).stdin("4\n")
                .run("quiz");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("careerfit: " + file + ": is a file, not a folder").contains("CAREERFIT_HOME");
        assertThat(r.out()).doesNotContain("Question 1");
    }

    @Test
    void aHomeThatCannotBeWrittenIsNamedNotATemporaryFile() throws IOException {
        Path readOnly = OutputFilesTest.readOnlyFolder(home);

        CliRun.Result r = new CliRun(home.resolve("user")).env("CAREERFIT_HOME", readOnly.toString()).stdin("4\n")
                .run("quiz");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: " + readOnly + ": ")
                .contains("permission denied").doesNotContain(".tmp");
        assertThat(r.out()).doesNotContain("Question 1");
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

    /** The case: a truncated session named the problem but not the way out. */
    @Test
    void aTruncatedSessionSaysHowToStartAgainAndRestartKeepsIt() throws IOException {
        cli("4\n4\n").run("quiz");
        String saved = Files.readString(session());
        Files.writeString(session(), saved.substring(0, saved.length() / 2));

        CliRun.Result resume = cli("").run("quiz", "--resume");
        CliRun.Result restart = cli("").run("quiz", "--restart");

        assertThat(resume.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(resume.errLines()).singleElement().asString().startsWith("careerfit: " + session() + ":")
                .endsWith("; the saved quiz cannot be carried on: start again with 'careerfit quiz --restart', which "
                        + "keeps it in " + home.resolve(SavedQuiz.HISTORY_FOLDER));
        assertThat(restart.exitCode()).as(restart.err()).isZero();
        try (Stream<Path> history = Files.list(home.resolve(SavedQuiz.HISTORY_FOLDER))) {
            assertThat(history).singleElement().satisfies(k -> assertThat(k).hasContent(
                    saved.substring(0, saved.length() / 2)));
        }
    }

    @Test
    void aSessionFileThatIsNotAFileIsOneLineBeforeTheFirstQuestion() throws Exception {
        Path fifo = home.resolve("session.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        CliRun.Result r = cli("4\n").run("quiz", "--session", fifo.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().isEqualTo("careerfit: " + fifo + ": is not a file; the quiz "
                + "saves its progress in a file");
        assertThat(r.out()).doesNotContain("Question 1");
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
        // A consistent person: a cycle of keys is flagged as a response style and gets no ranking.
        CliRun.Result r = cli(QuizKeys.input(QuizKeys.consistentQuiz(QuizKeys.national(), null))).run("quiz");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains("Your best families of occupations", "of simulated retakes")
                .containsPattern("Your best occupations, out of [\\d,]+\\n")
                .containsPattern("(?m)^ +1\\.[ ~>] .*  \\d+\\.\\d +\\d+%  ")
                .contains("What your answers say", "Interests (0-40", "Why the best ones fit, and the way in", "Way in: ")
                .contains("careerfit score --answers " + home.resolve("answers.json"));
        assertThat(session()).doesNotExist();
        assertThat(home.resolve("answers.json")).exists().content().contains("careerfit-answers/1");
    }

    @Test
    void theRoleAskedAboutSaysWhereItStandsAndWhyEvenForANationalOccupation() {
        CliRun.Result r = cli(QuizKeys.input(QuizKeys.consistentQuiz(QuizKeys.national(), "15-2051.00"))).run("quiz",
                "--role", "15-2051.00");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("Data Scientists, the role you asked about\\n")
                .containsPattern("\\d+(st|nd|rd|th) of the [\\d,]+ occupations scored for you")
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
        assertThat(r.out()).startsWith("{").contains("\"format\" : \"careerfit-ranking/1\"")
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
    @Test
    void helpExplainsEveryKeyAndHowNotSureDiffersFromSkip() {
        CliRun.Result r = cli("h\nq\n").run("quiz");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Type a key, then Enter:")
                .containsPattern("\\n +1-5 +pick that answer")
                .containsPattern("\\n +Enter +keep the answer you gave before")
                .containsPattern("\\n +n +not sure: you thought about it and cannot say")
                .containsPattern("\\n +s +skip: you would rather not answer, or it does not apply to you")
                .contains("Neither counts for or against any occupation, nor as a middle answer")
                .containsPattern("\\n +b +back to the previous question")
                .containsPattern("\\n +q +save and quit \\(Ctrl-C too\\); carry on later with: careerfit quiz --resume")
                .containsPattern("\\n +h or \\? +this help");
    }

    @Test
    void theProgressBarMovesBackWithB() {
        String answers = "4\n".repeat(60) + "b\n".repeat(50) + "q\n";

        CliRun.Result r = cli(answers).run("quiz", "--full");

        List<Integer> bars = java.util.regex.Pattern.compile("Question \\d+ of \\d+ +\\[(#*)\\.*]").matcher(r.out())
                .results().map(m -> m.group(1).length()).toList();
        assertThat(bars).hasSize(111);
        int furthest = bars.get(60);
        assertThat(furthest).as("the bar after 60 answers").isPositive();
        assertThat(bars.get(110)).as("the bar 50 questions back").isLessThan(furthest);
        assertThat(bars.subList(60, 111)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void messagesNameTheProgramAsTheLauncherWasRun() {
        CliRun.Result saved = cli("4\nq\n").env(CliContext.COMMAND_ENV, "./careerfit").run("quiz");
        CliRun.Result waiting = cli("").env(CliContext.COMMAND_ENV, "./careerfit").run("quiz");

        assertThat(saved.out()).contains("Carry on with: ./careerfit quiz --resume");
        assertThat(waiting.errLines()).singleElement().asString()
                .contains("carry on with './careerfit quiz --resume', or start again with './careerfit quiz --restart'");
    }

    @Test
    void helpNamesOnlyOptionsTheQuizHas() {
        CliRun.Result r = cli("").run("quiz", "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--resume", "--full", "--json").doesNotContain("--all", "--limit");
    }
}
