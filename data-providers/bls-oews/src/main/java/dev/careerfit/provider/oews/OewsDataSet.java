package dev.careerfit.provider.oews;

import dev.careerfit.provenance.Source;
import dev.careerfit.release.SnapshotDataSet;
import dev.careerfit.release.SnapshotInput;
import dev.careerfit.release.SnapshotReader;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.RoleEntry;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The OEWS estimates held as a snapshot, built in or made in memory from a release just read: one entry
 * per detailed occupation code, each profile decoded from its block when asked for.
 */
final class OewsDataSet extends SnapshotDataSet {
    private final OewsEdition edition;
    private final Source source;

    private OewsDataSet(SnapshotReader snapshot, OewsEdition edition, String release) {
        super(snapshot, release);
        this.edition = edition;
        this.source = OewsProvider.source(edition.period());
    }

    /** The data set of a snapshot, its import report described by {@code release} from the edition's label. */
    static OewsDataSet of(SnapshotReader snapshot, UnaryOperator<String> release) {
        snapshot.requireContent(OewsProvider.ID, OewsSnapshot.CONTENT_VERSION, "OewsSnapshotConverter");
        OewsEdition edition = OewsSnapshot.readEdition(snapshot.section(OewsSnapshot.RELEASE));
        return new OewsDataSet(snapshot, edition, release.apply(edition.label()));
    }

    OewsEdition edition() {
        return edition;
    }

    @Override
    protected RoleEntry readEntry(SnapshotInput in) {
        return OewsSnapshot.readEntry(in);
    }

    @Override
    protected RoleProfile readProfile(RoleEntry entry, SnapshotInput block) {
        return OewsProfiles.profile(OewsSnapshot.readOccupation(entry, block), edition, source);
    }

    /** The source as the data describes it: the release actually read, e.g. May 2025 for a newer workbook. */
    @Override
    public Optional<List<Source>> sources() {
        return Optional.of(List.of(source));
    }
}
