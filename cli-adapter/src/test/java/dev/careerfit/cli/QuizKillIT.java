package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.session.QuizSession;
import dev.careerfit.quiz.session.SessionState;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quiz killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) at random moments while it
 * answers and saves, {@value #KILLS} times: after each kill the saved session loads and resumes, and is the
 * state of the last save that finished before the kill or of the one before it (the save the kill
 * interrupted), never a broken file. The number of kills that landed mid-save (a temporary file was left
 * behind) is printed. Slow, so run by failsafe after packaging.
 */
@Tag("national")
class QuizKillIT {
    static final int KILLS = 40;
    /** Keys that move the quiz on by one question each: numbers, not sure and skip. */
    private static final String[] KEYS = {"4", "2", "5", "n", "1", "3", "s", "4", "5", "2", "4", "3"};
    private static final Pattern QUESTION = Pattern.compile("Question (\\d+)");

    @TempDir
    Path home;

    @Test
    void aKilledQuizAlwaysResumesFromTheLastOrThePreviousSave() throws Exception {
        FitScorer scorer = FitScorers.create(CareerCatalog.builder().build());
        List<SessionState> states = trajectory(scorer);
        Path session = home.resolve(SavedQuiz.SESSION_FILE);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int saved = 0;
        int midSave = 0;
        int moved = 0;
        int finished = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            boolean resume = Files.exists(session);
            if (resume && saved == states.size() - 1) {
                // Killed after the last answer was saved, before the session file was removed: resuming ends it.
                Process end = QuizProcessTest.program(home, List.of(), "quiz", "--resume")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                end.getOutputStream().close();
                assertThat(end.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(end.exitValue()).isZero();
                assertThat(session).doesNotExist();
                finished++;
                saved = 0;
                resume = false;
            }
            Path out = home.resolve("out-" + kill + ".txt");
            Process p = QuizProcessTest.program(home, List.of(), resume ? new String[] {"quiz", "--resume"}
                    : new String[] {"quiz", "--full"}).redirectOutput(out.toFile())
                    .redirectError(home.resolve("err-" + kill + ".txt").toFile()).start();
            OutputStream stdin = p.getOutputStream();
            StringBuilder keys = new StringBuilder();
            for (int i = saved; i < states.size() - 1; i++) {
                keys.append(KEYS[i % KEYS.length]).append('\n');
            }
            stdin.write(keys.toString().getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            Path err = home.resolve("err-" + kill + ".txt");
            try {
                QuizProcessTest.awaitLine(out, "Question");
            } catch (AssertionError e) {
                throw new AssertionError("kill " + kill + ": no question shown; " + Files.readString(err), e);
            }
            Thread.sleep(random.nextInt(250));
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            stdin.close();

            if (leftovers()) {
                midSave++;
            }
            if (!Files.exists(session) && !resume && lastQuestionShown(out) <= 1) {
                // Killed before the first answer was saved (question 2 is shown only after that save): nothing was
                // saved and nothing is left to resume, so the next run starts again. With the scoring index shipped
                // the first question comes at once, so a kill lands here now and then.
                saved = 0;
                continue;
            }
            if (!Files.exists(session)) {
                // The quiz finished before the kill (its answers were kept): start again.
                assertThat(home.resolve(SavedQuiz.ANSWERS_FILE)).exists();
                finished++;
                saved = 0;
                continue;
            }
            SessionState state = QuizJson.read(session, SessionState.class);
            QuizSession.resume(scorer, state);
            int at = states.indexOf(state);
            int shown = lastQuestionShown(out);
            assertThat(at).as("kill %d (seed %d): the saved session is one of the quiz's states", kill, seed)
                    .isNotNegative();
            assertThat(at).as("kill %d (seed %d): the last save (question %d shown) or the one before", kill, seed,
                    shown).isBetween(Math.max(saved, shown - 1), Math.max(saved, shown));
            moved += at > saved ? 1 : 0;
            saved = at;
        }
        System.out.printf("QuizKillIT: %d kills (seed %d): %d landed mid-save (a temporary file left), %d after the "
                + "session moved on, %d after the quiz finished%n", KILLS, seed, midSave, moved, finished);
        assertThat(moved).as("kills that landed while the quiz answered").isPositive();
    }

    /** The saved state after each number of keys, from a new full quiz to its end. */
    private static List<SessionState> trajectory(FitScorer scorer) {
        QuizSession quiz = QuizSession.builder(scorer).quick(false).start();
        List<SessionState> states = new ArrayList<>(List.of(quiz.save()));
        for (int i = 0; quiz.current().isPresent(); i++) {
            Question q = quiz.current().get();
            switch (KEYS[i % KEYS.length]) {
                case "n" -> quiz.notSure();
                case "s" -> quiz.skip();
                default -> quiz.answer(q.options().get(Integer.parseInt(KEYS[i % KEYS.length]) - 1).value());
            }
            states.add(quiz.save());
        }
        return states;
    }

    /** The number of the last question the run showed, 0 for none; shown only once the save before it is done. */
    private static int lastQuestionShown(Path out) throws IOException {
        Matcher m = QUESTION.matcher(Files.readString(out));
        int last = 0;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }

    /** Whether a save was cut short (its temporary file is left); removes them for the next kill. */
    private boolean leftovers() throws IOException {
        List<Path> temps;
        try (Stream<Path> files = Files.list(home)) {
            temps = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
        for (Path t : temps) {
            Files.delete(t);
        }
        return !temps.isEmpty();
    }
}
