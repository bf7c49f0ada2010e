package dev.careerfit.provider.onet;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.release.SnapshotOrRelease;
import dev.careerfit.release.SnapshotOrRelease.Imported;
import dev.careerfit.release.SnapshotReader;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.ProviderContext;
import dev.careerfit.spi.RoleDataSet;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The O*NET database of the U.S. Department of Labor: every O*NET-SOC occupation as a role (id = its
 * code, e.g. {@code 15-2051.00}) with its tasks, skills and knowledge ratings, interests, work values
 * and styles, education and training, job zone, technology skills and related occupations, and a
 * stated gap wherever O*NET publishes nothing of a kind for an occupation.
 *
 * <p>By default the O*NET 30.1 release is read from the snapshot built into this jar
 * ({@code onet.cfsnap}, made by {@link OnetSnapshotConverter}). Given a release folder
 * ({@code CareerCatalog.builder().release("onet", path)}), the provider reads that folder instead,
 * through the same snapshot format, so a newer O*NET release needs no new careerfit version.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class OnetProvider implements CareerDataProvider {
    /** The provider's id. */
    public static final String ID = "onet";
    static final String SNAPSHOT = "onet.cfsnap";
    private static final String MODULE = "careerfit-provider-onet";
    static final String PUBLISHER = "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)";
    static final String LICENCE = "Creative Commons Attribution 4.0 International (CC BY 4.0)";
    static final URI LINK = URI.create("https://www.onetcenter.org/database.html");

    /** The release the built-in snapshot was made from, as its Read Me names it. */
    static final ReleaseName BUILT_IN = new ReleaseName("O*NET 30.1 Database", "December 2025 Release");

    /** The source of every fact of the built-in snapshot. */
    static final Source SOURCE = source(BUILT_IN.sourceRelease(), "This data includes information from the "
            + BUILT_IN.title() + " by the " + PUBLISHER + ", used under the CC BY 4.0 license. careerfit modified "
            + "it: it reduced the release to a compact snapshot of the parts it uses, and Skills and Knowledge were "
            + "converted from the Excel release to the text layout. O*NET is a trademark of USDOL/ETA.");

    public OnetProvider() {
        // Describing the provider reads nothing; the snapshot is read in open().
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "O*NET";
    }

    @Override
    public Optional<String> description() {
        return Optional.of("The O*NET 30.1 database (USDOL/ETA): every O*NET-SOC occupation with its tasks, skills, "
                + "knowledge, interests, work values and styles, education and training, job zone, technology skills "
                + "and related occupations.");
    }

    /** Official statistics: first in listings, and trusted first when sources disagree. */
    @Override
    public int priority() {
        return 100;
    }

    @Override
    public List<Source> sources() {
        return List.of(SOURCE);
    }

    /**
     * The built-in snapshot, or the release named by the context's {@value ProviderContext#RELEASE} setting,
     * imported (strictly when the context is strict) into the same snapshot format in memory.
     */
    @Override
    public RoleDataSet open(ProviderContext context) {
        return SnapshotOrRelease.open(context, SNAPSHOT, MODULE, () -> OnetProvider.class.getResourceAsStream(SNAPSHOT),
                OnetProvider::importRelease, OnetProvider::open);
    }

    /**
     * Reads an O*NET text release folder into the snapshot format in memory.
     *
     * @throws CareerfitException when the release is not a folder
     * @throws dev.careerfit.InvalidDataException when the folder has no usable {@code Occupation Data.txt},
     *                                            and in strict mode at the first problem in the release
     */
    private static Imported importRelease(Path release, boolean strict) {
        if (!Files.isDirectory(release)) {
            throw new CareerfitException("provider '" + ID + "': the release " + release + " is not a folder; name "
                    + "the folder that holds the O*NET text release (Occupation Data.txt, Skills.txt ...)");
        }
        return new Imported(OnetSnapshot.fromFolder(release, strict), "O*NET release " + release,
                release.normalize().toString());
    }

    private static RoleDataSet open(SnapshotReader snapshot, boolean imported, String howRead) {
        return new OnetDataSet(snapshot, imported ? sourceOf(releaseName(snapshot)) : SOURCE, imported,
                snapshot.release() + howRead);
    }

    private static ReleaseName releaseName(SnapshotReader snapshot) {
        var in = snapshot.section(OnetSnapshot.RELEASE);
        return new ReleaseName(in.text(), in.text());
    }

    /** The source of a release read from a folder: its own release name, and what careerfit did with it. */
    static Source sourceOf(ReleaseName name) {
        return source(name.sourceRelease(), "This data includes information from the " + name.title() + " by the "
                + PUBLISHER + ", used under the CC BY 4.0 license. careerfit modified it: it reduced the release, "
                + "in memory, to a compact snapshot of the parts it uses. O*NET is a trademark of USDOL/ETA.");
    }

    private static Source source(String release, String attribution) {
        return new Source(SourceId.of(ID), PUBLISHER, "O*NET Database", SourceKind.OFFICIAL_STATISTICS, LINK, LICENCE,
                release, attribution);
    }
}
