package dev.careerfit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the commands people run most, output discarded, in one JVM: the {@code careerfit} launcher
 * runs it once after each build with {@code -XX:ArchiveClassesAtExit} so that the class-data-sharing
 * archive holds the classes of every one of them, not just of the first. Not part of the program's
 * interface.
 */
final class StartupTraining {
    /**
     * The commands whose classes the archive holds. Scoring also saves the scoring index under the home folder
     * (when run from the jar), so the first real {@code score} or {@code quiz} finds it.
     */
    static final String[][] COMMANDS = {
            {"roles"}, {"role", "15-2051.00"}, {"salary", "15-2051.00"}, {"role", "ml-engineer"}, {"sources"},
            {"score", "--interest-profiler", "10,40,10,10,10,30", "--role", "15-2051.00", "--limit", "3"}};

    private StartupTraining() {}

    public static void main(String[] args) {
        System.exit(train() == 0 ? 0 : 1);
    }

    /**
     * Scoring a whole answers file that names a role, as {@code score --answers F --all} does: the answers are
     * the ML engineer example's (docs/example-answers-ml-engineer.json), written to a temporary file.
     */
    static final String[] SCORE_ANSWERS = {"score", "--all", "--answers"};

    /** Runs every command; how many failed. */
    static int train() {
        Path answers = trainingAnswers();
        List<String[]> commands = new ArrayList<>(List.of(COMMANDS));
        List<String> score = new ArrayList<>(List.of(SCORE_ANSWERS));
        score.add(answers.toString());
        commands.add(score.toArray(String[]::new));
        try {
            return run(commands);
        } finally {
            try {
                Files.deleteIfExists(answers);
            } catch (IOException e) {
                // A file left in the temporary folder is harmless.
            }
        }
    }

    private static Path trainingAnswers() {
        try (InputStream in = StartupTraining.class.getResourceAsStream("example-answers-ml-engineer.json")) {
            Path file = Files.createTempFile("careerfit-training-", ".json");
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int run(List<String[]> commands) {
        int failed = 0;
        for (String[] command : commands) {
            CliContext context = CliContext.system();
            context.preloadCatalog(command);
            failed += CareerfitCommand.run(context, OutputStream.nullOutputStream(), OutputStream.nullOutputStream(),
                    command) == 0 ? 0 : 1;
        }
        return failed;
    }
}
