package dev.careerfit.spi;

import dev.careerfit.role.RoleProfile;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Profiles held as the provider gave them; duplicates are kept for the catalog to report. */
final class InMemoryRoleDataSet implements RoleDataSet {
    private final List<RoleEntry> entries;
    private final Map<RoleEntry, RoleProfile> profiles = new IdentityHashMap<>();

    InMemoryRoleDataSet(List<RoleProfile> profiles) {
        Objects.requireNonNull(profiles, "roles() returned null");
        List<RoleEntry> list = new ArrayList<>(profiles.size());
        for (RoleProfile p : profiles) {
            Objects.requireNonNull(p, "roles() returned a null profile");
            RoleEntry e = RoleEntry.forRole(p.id(), p.title(), p.codes(), p.facts().kinds());
            list.add(e);
            this.profiles.put(e, p);
        }
        this.entries = List.copyOf(list);
    }

    @Override
    public List<RoleEntry> entries() {
        return entries;
    }

    @Override
    public RoleProfile profile(RoleEntry entry) {
        RoleProfile p = profiles.get(entry);
        if (p == null) {
            throw new IllegalArgumentException(entry.describe() + " is not an entry of this data set");
        }
        return p;
    }

    @Override
    public boolean inMemory() {
        return true;
    }
}
