package dev.careerfit.provider.onet;

import dev.careerfit.CareerfitException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
public final class OnetSnapshotConverter {
    private OnetSnapshotConverter() {}

    /**
     * {@code RELEASE_FOLDER OUTPUT_FILE}: writes the snapshot of the release and prints its size.
     * Exits with status 2 on wrong arguments and 1 when the release has a problem.
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: OnetSnapshotConverter RELEASE_FOLDER OUTPUT_FILE");
            return 2;
        }
        try {
            long size = convert(Path.of(args[0]), Path.of(args[1]));
            out.println("wrote " + args[1] + ": " + size + " bytes");
            return 0;
        } catch (CareerfitException | UncheckedIOException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /**
     * The snapshot of the release in {@code folder}, imported strictly.
     *
     * @throws dev.careerfit.InvalidDataException at the first problem in the release, naming file, line and column
     * @throws CareerfitException when {@code folder} is not a folder
     */
    public static byte[] snapshot(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new CareerfitException("the O*NET release " + folder + " is not a folder");
        }
        return OnetSnapshot.fromFolder(folder, true);
    }

    /**
     * Writes the snapshot of the release in {@code folder} to {@code output}, creating its folder.
     *
     * @return the snapshot's size in bytes
     */
    public static long convert(Path folder, Path output) {
        byte[] bytes = snapshot(folder);
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(output, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
        return bytes.length;
    }
}
