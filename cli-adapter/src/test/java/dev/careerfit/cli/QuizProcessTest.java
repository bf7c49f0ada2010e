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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real program in its own JVM, answers typed on standard input, as a person would run it. */
class QuizProcessTest {
    @TempDir
    Path home;

    record Run(int exitCode, String out, String err) {}

    ProcessBuilder program(String... args) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", classPath, Main.class.getName()));
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
        assertThat(whole.out()).startsWith("{").contains("\"format\" : \"careerfit-comparison/2\"");
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
}
