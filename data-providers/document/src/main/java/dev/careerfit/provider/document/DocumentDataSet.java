package dev.careerfit.provider.document;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A document's roles as the catalog sees them: the index from the {@link DocumentOutline}, and each
 * role's profile from the document bound in full, which happens once, when the first profile is
 * asked for. A role whose facts do not bind fails on its own, with its problems; the document's
 * other roles still read.
 */
final class DocumentDataSet implements RoleDataSet {
    private final List<RoleEntry> entries;
    private final Map<RoleEntry, Integer> positions = new IdentityHashMap<>();
    private final Map<RoleEntry, DocumentOutline.RoleOutline> outlines = new IdentityHashMap<>();
    private final Supplier<DocumentReader.Result> binding;
    private final DocumentLocator locator;
    private volatile Bound bound;

    /** The bound roles by id, the failure of the document's reading, if any, and each role's problems. */
    private record Bound(Map<RoleId, RoleProfile> byId, InvalidDataException failure,
                         Map<Integer, List<Problem>> roleProblems) {}

    DocumentDataSet(DocumentOutline outline, Supplier<DocumentReader.Result> binding, DocumentLocator locator) {
        this.binding = binding;
        this.locator = locator;
        List<DocumentOutline.RoleOutline> roles = outline.roles();
        RoleEntry[] list = new RoleEntry[roles.size()];
        for (int i = 0; i < list.length; i++) {
            list[i] = roles.get(i).entry();
            positions.put(list[i], i);
            outlines.put(list[i], roles.get(i));
        }
        this.entries = List.of(list);
    }

    @Override
    public List<RoleEntry> entries() {
        return entries;
    }

    @Override
    public RoleProfile profile(RoleEntry entry) {
        int position = position(entry);
        Bound b = bound();
        RoleProfile p = b.byId().get(entry.role());
        if (p != null) {
            return p;
        }
        if (b.failure() != null) {
            // The role's own problems; all of them when it has none of its own (a plain document rules that out).
            List<Problem> own = b.roleProblems().get(position);
            throw new InvalidDataException(b.failure().subject(), own == null ? b.failure().problems() : own);
        }
        throw new IllegalStateException("the document no longer has " + entry.describe());
    }

    @Override
    public List<String> alternateTitles(RoleEntry entry) {
        position(entry);
        return outlines.get(entry).titles().alternateTitles();
    }

    @Override
    public Optional<String> locate(RoleEntry entry, String path) {
        return locator.locate(position(entry), path);
    }

    private Bound bound() {
        Bound b = bound;
        if (b == null) {
            DocumentReader.Result r = binding.get();
            Map<RoleId, RoleProfile> byId = new HashMap<>();
            r.boundRoles().forEach(p -> byId.putIfAbsent(p.id(), p));
            bound = b = new Bound(byId, r.failure(), r.roleProblems());
        }
        return b;
    }

    private int position(RoleEntry entry) {
        Integer position = positions.get(entry);
        if (position == null) {
            throw new IllegalArgumentException(entry.describe() + " is not an entry of this data set");
        }
        return position;
    }
}
