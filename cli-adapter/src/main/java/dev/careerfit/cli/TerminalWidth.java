package dev.careerfit.cli;

import java.io.File;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The width of the terminal careerfit writes to. Java has no call for it, so, as picocli does for its help, careerfit
 * asks {@code stty} about the controlling terminal; where that fails (no {@code stty}, no terminal) it has no answer.
 */
final class TerminalWidth {
    private static final File TTY = new File("/dev/tty");

    private TerminalWidth() {}

    static Optional<Integer> ask() {
        if (!TTY.canRead()) {
            return Optional.empty();
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(ProcessBuilder.Redirect.from(TTY))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(500, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String[] rowsColumns = new String(p.getInputStream().readAllBytes()).strip().split("\\s+");
            if (p.exitValue() != 0 || rowsColumns.length != 2) {
                return Optional.empty();
            }
            int columns = Integer.parseInt(rowsColumns[1]);
            return columns > 0 ? Optional.of(columns) : Optional.empty();
        } catch (java.io.IOException | NumberFormatException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
