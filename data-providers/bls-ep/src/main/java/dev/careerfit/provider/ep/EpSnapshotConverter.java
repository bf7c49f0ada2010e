package dev.careerfit.provider.ep;

import dev.careerfit.Problem;
import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ImportReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the Employment Projections snapshot careerfit-provider-bls-ep ships, from the BLS's workbooks.
 * The snapshot is deterministic: the same workbooks always give the same bytes on one JDK, and a test
 * checks that the committed snapshot holds what the workbooks hold. Regenerate it, from the repository
 * root, with:
 *
 * <pre>
 * ./mvnw -q -o compile exec:java -f data-providers/bls-ep/pom.xml \
 *     -Dexec.mainClass=dev.careerfit.provider.ep.EpSnapshotConverter \
 *     -Dexec.args="../shared/data/bls data-providers/bls-ep/src/main/resources/dev/careerfit/provider/ep/ep.cfsnap"
 * </pre>
 *
 * <p>It prints the row accounting and refuses to write a snapshot of a release with problems.
 *
 * @since 0.2
 */
public final class EpSnapshotConverter {
    private EpSnapshotConverter() {}

    /**
     * Converts {@code RELEASE_FILE_OR_FOLDER} to the snapshot {@code OUTPUT_FILE}. Exits with 1 when the
     * release has problems (nothing is written) and 2 on wrong arguments.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EpSnapshotConverter RELEASE_FILE_OR_FOLDER OUTPUT_FILE");
            System.exit(2);
        }
        EpRelease release = EpImporter.read(Path.of(args[0]), false);
        print(release.report(), System.out);
        if (!release.report().problems().isEmpty()) {
            System.err.println("not written: the release has " + release.report().problems().size() + " problems");
            System.exit(1);
        }
        byte[] snapshot = EpSnapshot.write(release);
        Files.write(Path.of(args[1]), snapshot);
        System.out.println("wrote " + args[1] + ": " + snapshot.length + " bytes, " + release.occupations().size()
                + " occupations");
    }

    /**
     * The snapshot of the EP release at {@code release} (a folder holding the workbooks, or one of them), as
     * the provider ships it. Problems are in the snapshot's import report.
     */
    public static byte[] snapshot(Path release) {
        return EpSnapshot.write(EpImporter.read(release, false));
    }

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
}
