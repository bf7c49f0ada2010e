package dev.careerfit.provider.ep;

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
 * The Employment Projections held as a snapshot, built in or made in memory from a release just read:
 * one entry per occupation code, each profile decoded from its block when asked for.
 */
final class EpDataSet extends SnapshotDataSet {
    private final EpEdition edition;
    private final Source projections;
    private final Source attainment;

    private EpDataSet(SnapshotReader snapshot, EpEdition edition, String release) {
        super(snapshot, release);
        this.edition = edition;
        this.projections = EpProvider.projections(edition);
        this.attainment = EpProvider.attainment(edition);
    }

    /** The data set of a snapshot, its import report described by {@code release} from the edition's label. */
    static EpDataSet of(SnapshotReader snapshot, UnaryOperator<String> release) {
        snapshot.requireContent(EpProvider.ID, EpSnapshot.CONTENT_VERSION, "EpSnapshotConverter");
        EpEdition edition = EpSnapshot.readEdition(snapshot.section(EpSnapshot.RELEASE));
        return new EpDataSet(snapshot, edition, release.apply(edition.label()));
    }

    @Override
    protected RoleEntry readEntry(SnapshotInput in) {
        return EpSnapshot.readEntry(in);
    }

    @Override
    protected RoleProfile readProfile(RoleEntry entry, SnapshotInput block) {
        return EpProfiles.profile(EpSnapshot.readOccupation(entry, block), edition, projections, attainment);
    }

    /** The sources as the data describes them: the release and survey years actually read. */
    @Override
    public Optional<List<Source>> sources() {
        return Optional.of(List.of(projections, attainment));
    }
}
