package dev.careerfit.provider.document;

import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.util.List;
import java.util.Optional;

/**
 * A document bound in full, as a strict catalog opens it: every profile in memory, and each value's
 * place in the document for the problems the catalog finds.
 */
final class BoundDataSet implements RoleDataSet {
    private final RoleDataSet roles;
    private final DocumentLocator locator;

    BoundDataSet(List<RoleProfile> profiles, DocumentLocator locator) {
        this.roles = RoleDataSet.of(profiles);
        this.locator = locator;
    }

    @Override
    public List<RoleEntry> entries() {
        return roles.entries();
    }

    @Override
    public RoleProfile profile(RoleEntry entry) {
        return roles.profile(entry);
    }

    @Override
    public boolean inMemory() {
        return true;
    }

    /** A document that bound has every role it lists, in its order, so an entry's place is its role's. */
    @Override
    public Optional<String> locate(RoleEntry entry, String path) {
        int position = roles.entries().indexOf(entry);
        return position < 0 ? Optional.empty() : locator.locate(position, path);
    }
}
