package dev.careerfit.provider.ep;

import dev.careerfit.Api;
import dev.careerfit.release.SnapshotConversion;
import java.io.PrintStream;
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
 * <p>It prints the row accounting and refuses to write a snapshot of a release with problems
 * ({@link SnapshotConversion}).
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class EpSnapshotConverter {
    private EpSnapshotConverter() {}

    /**
     * Converts {@code RELEASE_FILE_OR_FOLDER} to the snapshot {@code OUTPUT_FILE}. Exits with 1 when the
     * release has problems (nothing is written) and 2 on wrong arguments.
     */
    public static void main(String[] args) {
        SnapshotConversion.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return SnapshotConversion.run(args, "usage: EpSnapshotConverter RELEASE_FILE_OR_FOLDER OUTPUT_FILE", out, err,
                release -> EpImporter.read(release, false), EpRelease::report, EpSnapshot::write);
    }

    /**
     * The snapshot of the EP release at {@code release} (a folder holding the workbooks, or one of them), as
     * the provider ships it. Problems are in the snapshot's import report.
     */
    public static byte[] snapshot(Path release) {
        return EpSnapshot.write(EpImporter.read(release, false));
    }
}
