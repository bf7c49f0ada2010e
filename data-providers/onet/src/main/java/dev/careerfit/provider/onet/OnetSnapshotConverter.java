package dev.careerfit.provider.onet;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import dev.careerfit.release.SnapshotConversion;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the O*NET snapshot that {@link OnetProvider} ships, from a release folder in the official
 * text layout. The import is strict: any problem in the release stops it, so a committed snapshot
 * never hides one. The same input always gives the same bytes.
 *
 * <p>To regenerate the committed snapshot from the O*NET 30.1 release beside the checkout, run from
 * the repository root (with core and release-files installed):
 *
 * <pre>
 * ./mvnw -q compile exec:java -pl data-providers/onet -Dexec.args="../shared/data/onet-30.1 \
 *     data-providers/onet/src/main/resources/dev/careerfit/provider/onet/onet.cfsnap"
 * </pre>
 *
 * <p>{@code OnetSnapshotTest} fails when the committed snapshot and the release differ. For a newer
 * release, also update {@code OnetProvider.BUILT_IN} to the release's name.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class OnetSnapshotConverter {
    private OnetSnapshotConverter() {}

    /**
     * {@code RELEASE_FOLDER OUTPUT_FILE}: writes the snapshot of the release and prints its row accounting and
     * size. Exits with status 2 on wrong arguments and 1 when the release has a problem.
     */
    public static void main(String[] args) {
        SnapshotConversion.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return SnapshotConversion.run(args, "usage: OnetSnapshotConverter RELEASE_FOLDER OUTPUT_FILE", out, err,
                OnetSnapshotConverter::imported, release -> release.report, OnetSnapshot::write);
    }

    /**
     * The snapshot of the release in {@code folder}, imported strictly.
     *
     * @throws dev.careerfit.InvalidDataException at the first problem in the release, naming file, line and column
     * @throws CareerfitException when {@code folder} is not a folder
     */
    public static byte[] snapshot(Path folder) {
        return OnetSnapshot.write(imported(folder));
    }

    private static ImportedRelease imported(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new CareerfitException("the O*NET release " + folder + " is not a folder");
        }
        return OnetImporter.read(folder, true, "O*NET release " + folder);
    }
}
