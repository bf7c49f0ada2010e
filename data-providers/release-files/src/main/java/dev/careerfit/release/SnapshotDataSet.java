package dev.careerfit.release;

import dev.careerfit.Api;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.ImportReport;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provider's data held as a snapshot: the index of entries is read when the data set is made, each
 * entry's profile is decoded from its own block when asked for and not kept, and the row accounting
 * comes from the snapshot's {@link ImportReports#SECTION}. A provider supplies how an entry and a
 * profile are decoded.
 *
 * <p>Layout expected: a section {@value #INDEX} holding the entry count and then the entries, and a
 * block section {@value #PROFILES} with one block per entry, in the same order.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public abstract class SnapshotDataSet implements RoleDataSet {
    /** The section holding the entries. */
    public static final String INDEX = "index";
    /** The block section holding one profile per entry. */
    public static final String PROFILES = "profiles";

    private final SnapshotReader snapshot;
    private final List<RoleEntry> entries;
    private final Map<RoleEntry, Integer> positions = new IdentityHashMap<>();
    private final ImportReport report;

    /**
     * @param snapshot the snapshot
     * @param release  how to describe what the report was read from, or {@code null} for the snapshot's own
     */
    protected SnapshotDataSet(SnapshotReader snapshot, String release) {
        this.snapshot = snapshot;
        SnapshotInput in = snapshot.section(INDEX);
        int n = in.varInt();
        List<RoleEntry> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RoleEntry e = readEntry(in);
            list.add(e);
            positions.put(e, i);
        }
        this.entries = List.copyOf(list);
        this.report = snapshot.hasSection(ImportReports.SECTION)
                ? ImportReports.read(snapshot.section(ImportReports.SECTION), release) : ImportReport.none();
    }

    /**
     * Reads one entry of the index, as the provider wrote it. Called from this class's constructor,
     * before a subclass's own fields are set: read what the entry needs from {@code in} or from
     * {@link #snapshot()}, not from fields of the subclass.
     */
    protected abstract RoleEntry readEntry(SnapshotInput in);

    /** Decodes the profile of {@code entry} from its block. */
    protected abstract RoleProfile readProfile(RoleEntry entry, SnapshotInput block);

    protected final SnapshotReader snapshot() {
        return snapshot;
    }

    @Override
    public final List<RoleEntry> entries() {
        return entries;
    }

    @Override
    public RoleProfile profile(RoleEntry entry) {
        return readProfile(entry, snapshot.block(PROFILES, position(entry)));
    }

    /** The entry's position in the index. */
    protected final int position(RoleEntry entry) {
        Integer i = positions.get(entry);
        if (i == null) {
            throw new IllegalArgumentException(entry.describe() + " is not an entry of this snapshot");
        }
        return i;
    }

    @Override
    public ImportReport report() {
        return report;
    }
}
