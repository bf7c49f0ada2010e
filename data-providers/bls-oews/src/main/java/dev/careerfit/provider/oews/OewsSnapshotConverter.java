package dev.careerfit.provider.oews;

import dev.careerfit.Api;
import dev.careerfit.release.SnapshotConversion;
import java.io.PrintStream;
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
 * <p>It prints the row accounting and refuses to write a snapshot of a release with problems
 * ({@link SnapshotConversion}).
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class OewsSnapshotConverter {
    private OewsSnapshotConverter() {}

    /**
     * Converts {@code RELEASE_FILE_OR_FOLDER} to the snapshot {@code OUTPUT_FILE}. Exits with 1 when the
     * release has problems (nothing is written) and 2 on wrong arguments.
     */
    public static void main(String[] args) {
        SnapshotConversion.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return SnapshotConversion.run(args, "usage: OewsSnapshotConverter RELEASE_FILE_OR_FOLDER OUTPUT_FILE", out,
                err, release -> OewsImporter.read(release, false), OewsRelease::report, OewsSnapshot::write);
    }

    /**
     * The snapshot of the OEWS release at {@code release} (a national workbook or a folder holding one),
     * as the provider ships it. Problems are in the snapshot's import report.
     */
    public static byte[] snapshot(Path release) {
        return OewsSnapshot.write(OewsImporter.read(release, false));
    }
}
