package dev.careerfit.provider.oews;

import dev.careerfit.Problem;
import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ImportReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the OEWS snapshot careerfit-provider-bls-oews ships, from the BLS's national workbook. The
 * snapshot is deterministic: the same workbook always gives the same bytes on one JDK, and a test checks
 * that the committed snapshot holds what the workbook holds. Regenerate it, from the repository root, with:
 *
 * <pre>
 * ./mvnw -q -o compile exec:java -f data-providers/bls-oews/pom.xml \
 *     -Dexec.mainClass=dev.careerfit.provider.oews.OewsSnapshotConverter \
 *     -Dexec.args="../shared/data/bls data-providers/bls-oews/src/main/resources/dev/careerfit/provider/oews/oews.cfsnap"
 * </pre>
 *
 * <p>It prints the row accounting and refuses to write a snapshot of a release with problems.
 *
 * @since 0.2
 */
public final class OewsSnapshotConverter {
    private OewsSnapshotConverter() {}

    /**
     * Converts {@code RELEASE_FILE_OR_FOLDER} to the snapshot {@code OUTPUT_FILE}. Exits with 1 when the
     * release has problems (nothing is written) and 2 on wrong arguments.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: OewsSnapshotConverter RELEASE_FILE_OR_FOLDER OUTPUT_FILE");
            System.exit(2);
        }
        OewsRelease release = OewsImporter.read(Path.of(args[0]), false);
        print(release.report(), System.out);
        if (!release.report().problems().isEmpty()) {
            System.err.println("not written: the release has " + release.report().problems().size() + " problems");
            System.exit(1);
        }
        byte[] snapshot = OewsSnapshot.write(release);
        Files.write(Path.of(args[1]), snapshot);
        System.out.println("wrote " + args[1] + ": " + snapshot.length + " bytes, " + release.occupations().size()
                + " occupations");
    }

    /**
     * The snapshot of the OEWS release at {@code release} (a national workbook or a folder holding one),
     * as the provider ships it. Problems are in the snapshot's import report.
     */
    public static byte[] snapshot(Path release) {
        return OewsSnapshot.write(OewsImporter.read(release, false));
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
