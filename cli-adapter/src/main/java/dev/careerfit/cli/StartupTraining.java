package dev.careerfit.cli;

import java.io.OutputStream;

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

    /** Runs every command; how many failed. */
    static int train() {
        int failed = 0;
        for (String[] command : COMMANDS) {
            CliContext context = CliContext.system();
            context.preloadCatalog(command);
            failed += CareerfitCommand.run(context, OutputStream.nullOutputStream(), OutputStream.nullOutputStream(),
                    command) == 0 ? 0 : 1;
        }
        return failed;
    }
}
