package dev.careerfit.release;

import dev.careerfit.Api;
import dev.careerfit.spi.ProviderContext;
import dev.careerfit.spi.RoleDataSet;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a provider of a published source opens its data: the snapshot of one release it ships in its jar,
 * or, when the catalog names one ({@code CareerCatalog.builder().release(id, path)}, the CLI's
 * {@code --release id=PATH}), a release the user downloaded, imported into the same snapshot format in
 * memory, so that the built-in data and a newer release are read by the same code and the import report
 * says which was read. The O*NET, OEWS and Employment Projections providers open this way:
 *
 * <pre>{@code
 * public RoleDataSet open(ProviderContext context) {
 *     return SnapshotOrRelease.open(context, "acme.cfsnap", "acme-provider",
 *             () -> AcmeProvider.class.getResourceAsStream("acme.cfsnap"), AcmeProvider::importRelease,
 *             AcmeProvider::open);
 * }
 * }</pre>
 *
 * <p>A function rather than a base class: a provider class is loaded to learn its id even when the
 * catalog leaves it out, and a provider left out must load nothing of the code that reads releases.
 *
 * @since 0.2
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SnapshotOrRelease {
    private SnapshotOrRelease() {}

    /** Reads a user's release into a snapshot in memory. */
    @FunctionalInterface
    @Api(Api.Status.EXPERIMENTAL)
    public interface Importer {
        /**
         * @param release the folder or file the user named, absolute
         * @param strict  whether to stop at the first problem of the release
         */
        Imported importRelease(Path release, boolean strict);
    }

    /** Opens a snapshot, built in or imported. */
    @FunctionalInterface
    @Api(Api.Status.EXPERIMENTAL)
    public interface Opener {
        /**
         * @param snapshot the snapshot
         * @param imported whether it was imported from the user's release (whose own name then belongs in the
         *                 sources) rather than shipped in the jar
         * @param howRead  what the import report adds to the release's name: {@code " (snapshot built into
         *                 careerfit-provider-onet)"} or {@code ", read from /path/to/release"}
         */
        RoleDataSet open(SnapshotReader snapshot, boolean imported, String howRead);
    }

    /**
     * A release imported into a snapshot in memory.
     *
     * @param snapshot the snapshot's bytes, as {@link SnapshotWriter} writes them
     * @param name     how messages name it, e.g. "O*NET release /data/db_30_2_text"
     * @param readFrom the files it was read from, as the import report names them
     */
    @Api(Api.Status.EXPERIMENTAL)
    public record Imported(byte[] snapshot, String name, String readFrom) {
        public Imported {
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(readFrom, "readFrom");
        }
    }

    /**
     * The built-in snapshot, or the release named by the context's {@value ProviderContext#RELEASE}
     * setting, imported (strictly when the context is strict).
     *
     * @param snapshot the snapshot's resource name, e.g. {@code onet.cfsnap}, as messages name it
     * @param artifact the jar that ships it, e.g. {@code careerfit-provider-onet}, as the import report names it
     * @param resource opens the snapshot resource; written in the provider
     *                 ({@code () -> MyProvider.class.getResourceAsStream("my.cfsnap")}) so that its package
     *                 need not be opened to this module on the module path
     * @throws dev.careerfit.CareerfitException when the snapshot is missing or damaged, or the release cannot be
     *                                          read ({@link dev.careerfit.InvalidDataException} with its problems)
     */
    public static RoleDataSet open(ProviderContext context, String snapshot, String artifact,
                                   Supplier<InputStream> resource, Importer importer, Opener opener) {
        Optional<Path> release = context.release();
        if (release.isEmpty()) {
            SnapshotReader builtIn = SnapshotReader.of(resource.get(), "snapshot " + snapshot + " of " + artifact);
            return opener.open(builtIn, false, " (snapshot built into " + artifact + ")");
        }
        Imported imported = importer.importRelease(release.get().toAbsolutePath(), context.strict());
        return opener.open(SnapshotReader.of(imported.snapshot(), imported.name()), true,
                ", read from " + imported.readFrom());
    }
}
