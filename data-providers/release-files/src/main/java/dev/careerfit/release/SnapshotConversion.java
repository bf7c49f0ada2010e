package dev.careerfit.release;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import dev.careerfit.Problem;
import dev.careerfit.internal.AtomicWrites;
import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ImportReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What every snapshot converter does around its own import and write steps: it checks its two arguments,
 * imports the release, prints the row accounting, refuses to write a snapshot of a release with problems,
 * and writes the file safely: into a temporary file in the output's folder, moved over the old snapshot in
 * one step, so that a failed or interrupted run never leaves half a snapshot in the source tree.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     SnapshotConversion.exit(SnapshotConversion.run(args, "usage: AcmeSnapshotConverter RELEASE OUTPUT_FILE",
 *             System.out, System.err, release -> AcmeImporter.read(release, false), AcmeRelease::report,
 *             AcmeSnapshot::write));
 * }
 * }</pre>
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class SnapshotConversion {
    /** The exit status when the snapshot was written. */
    public static final int WRITTEN = 0;
    /** The exit status when the release has problems or could not be read or written: no file was written. */
    public static final int NOT_WRITTEN = 1;
    /** The exit status on wrong arguments. */
    public static final int USAGE = 2;

    private SnapshotConversion() {}

    /**
     * Converts the release named by {@code args[0]} to the snapshot file {@code args[1]}.
     *
     * @param args     {@code RELEASE OUTPUT_FILE}
     * @param usage    printed to {@code err} when {@code args} are not two
     * @param out      where the row accounting and the file written are printed
     * @param err      where what went wrong is printed
     * @param importer reads the release; it may throw a {@link CareerfitException} (a strict import does at the
     *                 first problem), which is printed
     * @param report   the row accounting of the release read
     * @param writer   the snapshot's bytes; called only for a release without problems
     * @param <R>      the release as the provider's importer reads it
     * @return {@link #WRITTEN}, {@link #NOT_WRITTEN} or {@link #USAGE}
     */
    public static <R> int run(String[] args, String usage, PrintStream out, PrintStream err,
                              Function<Path, R> importer, Function<R, ImportReport> report,
                              Function<R, byte[]> writer) {
        if (args.length != 2) {
            err.println(usage);
            return USAGE;
        }
        Path output = Path.of(args[1]);
        try {
            R release = importer.apply(Path.of(args[0]));
            ImportReport accounting = report.apply(release);
            print(accounting, out);
            if (!accounting.problems().isEmpty()) {
                err.println("not written: the release has " + accounting.problems().size() + " problems");
                return NOT_WRITTEN;
            }
            byte[] snapshot = writer.apply(release);
            write(snapshot, output);
            out.println("wrote " + output + ": " + snapshot.length + " bytes, " + entries(snapshot, output)
                    + " entries");
            return WRITTEN;
        } catch (CareerfitException | UncheckedIOException e) {
            err.println(e.getMessage());
            return NOT_WRITTEN;
        }
    }

    /**
     * Ends the JVM with {@code status} when the conversion failed; returns when it succeeded, so that a
     * converter run with {@code exec:java} leaves Maven to finish normally.
     */
    public static void exit(int status) {
        if (status != WRITTEN) {
            System.exit(status);
        }
    }

    /**
     * Writes {@code bytes} to {@code output}, creating its folder: first to a new temporary file beside it,
     * flushed to the disk, then moved over {@code output} atomically where the file system can, so that
     * {@code output} is always either the old file or the whole new one.
     *
     * @throws UncheckedIOException naming {@code output} when it cannot be written; the old file is kept
     */
    public static void write(byte[] bytes, Path output) {
        try {
            AtomicWrites.write(output, bytes, AtomicWrites.NewFile.USUAL);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e, e);
        }
    }

    /** Prints the row accounting: every file's rows read, loaded and skipped by reason, and every problem. */
    private static void print(ImportReport report, PrintStream out) {
        out.println(report.release());
        for (FileReport f : report.files()) {
            out.println("  " + f.name() + ": " + f.status() + ", " + f.rowsRead() + " rows read, " + f.rowsLoaded()
                    + " loaded");
            f.skipped().forEach((reason, n) -> out.println("      " + n + " skipped: " + reason));
        }
        for (Problem p : report.problems()) {
            out.println("  problem: " + p);
        }
    }

    /** How many entries the snapshot's index holds: read back from the bytes written. */
    private static int entries(byte[] snapshot, Path output) {
        SnapshotReader written = SnapshotReader.of(snapshot, output.toString());
        return written.hasSection(SnapshotDataSet.INDEX) ? written.section(SnapshotDataSet.INDEX).varInt() : 0;
    }
}
