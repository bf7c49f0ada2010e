package dev.careerfit.catalog;

import dev.careerfit.fact.FactKind;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A role's kinds of fact as the shipped role index names them, resolved to {@link FactKind}s the first time they
 * are asked for: listing the roles needs none of them, and resolving them sets up every kind of fact (a good part of
 * reading the index otherwise). Immutable, like the set {@link RoleSummary} otherwise copies.
 */
final class KindsById extends AbstractSet<FactKind<?>> {
    private final List<String> ids;
    private volatile Set<FactKind<?>> kinds;

    KindsById(List<String> ids) {
        this.ids = List.copyOf(ids);
    }

    private Set<FactKind<?>> kinds() {
        Set<FactKind<?>> k = kinds;
        if (k == null) {
            List<FactKind<?>> resolved = new ArrayList<>(ids.size());
            for (String id : ids) {
                // The index is used only with the code it was made with, which knows every kind it names.
                resolved.add(FactKind.byId(id).orElseThrow(() -> new IllegalStateException(
                        "the shipped role index names kind of fact '" + id + "', which this careerfit does not know")));
            }
            k = Set.copyOf(resolved);
            kinds = k;
        }
        return k;
    }

    @Override
    public Iterator<FactKind<?>> iterator() {
        return kinds().iterator();
    }

    @Override
    public int size() {
        return ids.size();
    }

    @Override
    public boolean contains(Object o) {
        return kinds().contains(o);
    }
}
