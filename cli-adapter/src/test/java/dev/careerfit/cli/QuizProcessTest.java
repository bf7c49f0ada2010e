package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real program in its own JVM, answers typed on standard input, as a person would run it. */
@Tag("national")
class QuizProcessTest {
    @TempDir
    Path home;

    record Run(int exitCode, String out, String err) {}

    ProcessBuilder program(String... args) {
        return program(home, List.of(), args);
    }

    /** The program on {@code home} with {@code jvmOptions}, such as a heap limit. */
    static ProcessBuilder program(Path home, List<String> jvmOptions, String... args) {
        // Failsafe runs tests on the module path: the program gets those jars on its class path.
        String modulePath = System.getProperty("jdk.module.path");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                + (modulePath == null ? "" : java.io.File.pathSeparator + modulePath);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("CAREERFIT_HOME", home.toString());
        pb.environment().put("NO_COLOR", "1");
        pb.environment().remove("CAREERFIT_PROVIDERS");
        return pb;
    }

    Run run(List<String> keys, String... args) throws Exception {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = program(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (OutputStream stdin = p.getOutputStream()) {
            stdin.write(QuizKeys.input(keys).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the program ends").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void quittingHalfwayThenResumingGivesTheSameReportAsAnsweringInOneGo() throws Exception {
        List<String> keys = QuizKeys.enoughToFinish();
        Path oneGo = home.resolve("one-go.json");
        Path twoGoes = home.resolve("two-goes.json");

        Run whole = run(keys, "quiz", "--json", "--session", oneGo.toString());
        Run firstHalf = run(keys.subList(0, 25), "quiz", "--json", "--session", twoGoes.toString());
        Run secondHalf = run(keys.subList(25, keys.size()), "quiz", "--resume", "--json", "--session", twoGoes.toString());

        assertThat(whole.exitCode()).as(whole.err()).isZero();
        assertThat(whole.out()).startsWith("{").contains("\"format\" : \"careerfit-ranking/1\"");
        assertThat(firstHalf.exitCode()).isZero();
        assertThat(firstHalf.out()).isEmpty();
        assertThat(firstHalf.err()).contains("Saved your progress", "careerfit quiz --resume --session " + twoGoes);
        assertThat(secondHalf.exitCode()).as(secondHalf.err()).isZero();
        assertThat(secondHalf.err()).contains("Carrying on with your quiz");
        assertThat(secondHalf.out()).isEqualTo(whole.out());
        assertThat(twoGoes).doesNotExist();
    }

    @Test
    void interruptingTheProgramSavesTheQuizAndSaysHowToResume() throws Exception {
        Path session = home.resolve("quiz-session.json");
        Path err = home.resolve("err.txt");
        Process p = program("quiz", "--json").redirectError(err.toFile()).start();
        OutputStream stdin = p.getOutputStream();
        stdin.write(QuizKeys.input(List.of("4", "2", "5", "1", "3")).getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!Files.readString(err).contains("Question 6") && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }

        // SIGTERM with standard input still open: the shutdown hook saves, as on Ctrl-C. (Process.destroy()
        // would close standard input first, and the program would save on the end of input instead.)
        p.toHandle().destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        stdin.close();

        assertThat(Files.readString(err)).contains("Saved your progress (5 answered)", "Carry on with: careerfit quiz --resume");
        assertThat(Files.readString(session)).contains("\"position\" : 5");
    }

    @Test
    void aSecondQuizOnTheSameHomeIsOneLineNamingTheProcessThatHasIt() throws Exception {
        Path err = home.resolve("first-err.txt");
        Process first = program("quiz", "--json").redirectError(err.toFile()).start();
        OutputStream stdin = first.getOutputStream();
        stdin.write("4\n".getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        awaitLine(err, "Question 2");

        CliRun.Result second = new CliRun(home.resolve("user")).env("CAREERFIT_HOME", home.toString()).stdin("5\n")
                .run("quiz", "--resume");
        stdin.close();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        CliRun.Result after = new CliRun(home.resolve("user")).env("CAREERFIT_HOME", home.toString()).stdin("5\n")
                .run("quiz", "--resume");

        assertThat(second.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(second.errLines()).singleElement().asString().isEqualTo("careerfit: another careerfit quiz (process "
                + first.pid() + ") is using " + home + "; finish it, or quit it with q, first");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).contains("Carrying on with your quiz: 1 done", "Saved your progress (2 answered)");
    }

    @Test
    void aHugeAnswersFileIsOneLineWithinASmallHeap() throws Exception {
        Path huge = QuizKeys.hugeAnswersFile(home.resolve("huge.json"), 50L * 1024 * 1024);
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");

        Process p = program(home, List.of("-Xmx128m"), "score", "--answers", huge.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the program ends").isTrue();
        assertThat(p.exitValue()).isEqualTo(ExitCodes.ERROR);
        assertThat(Files.readAllLines(err)).singleElement().asString().isEqualTo("careerfit: " + huge
                + ": is 50.0 MB; careerfit reads answers and session files of at most 2.0 MB");
    }

    /** Waits until {@code file} holds {@code text}, for at most 30 seconds. */
    static void awaitLine(Path file, String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!Files.readString(file).contains(text) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(Files.readString(file)).contains(text);
    }
}
