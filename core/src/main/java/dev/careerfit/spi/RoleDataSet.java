package dev.careerfit.spi;

import dev.careerfit.Api;
import dev.careerfit.provenance.Source;
import dev.careerfit.role.RoleProfile;
import java.util.List;
import java.util.Optional;

/**
 * A provider's data as the catalog sees it: an index of the roles (and occupation codes) it has facts
 * for, up front, and each one's {@link RoleProfile} when the catalog first needs it. A large provider
 * keeps its data in a compact form and builds a profile only when asked; a small one holds its
 * profiles as they are ({@link #of(List)}).
 *
 * <p>Implementations must be thread-safe; the catalog may ask for several profiles at once and may
 * ask for the same one more than once.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public interface RoleDataSet {

    /** The roles and codes this data set has facts for, each once, in a stable order. */
    List<RoleEntry> entries();

    /**
     * What the provider says about one of its {@link #entries()}. For an entry about a code, the
     * profile's id is the code as a role id and only its facts are used.
     */
    RoleProfile profile(RoleEntry entry);

    /**
     * The other titles a role goes by, for search and for linking roles, without building its whole
     * profile where the data set can. Defaults to the profile's.
     */
    default List<String> alternateTitles(RoleEntry entry) {
        return profile(entry).alternateTitles();
    }

    /**
     * The sources as the opened data describes them, when they differ from the provider's declared
     * {@link CareerDataProvider#sources() sources()} only in what is known once the data is read (the
     * release of a folder the user pointed at, say); with the same ids. Empty by default: the declared
     * sources stand.
     */
    default Optional<List<Source>> sources() {
        return Optional.empty();
    }

    /** What was read from where, row by row, when the data came from release files; empty otherwise. */
    default ImportReport report() {
        return ImportReport.none();
    }

    /**
     * Where a value of an entry's profile is written in the provider's own files, for the problems the
     * catalog finds in it (a fact naming an unknown work factor, say): {@code acme.json:14:9
     * $.roles[0].factors[1].value.factor} for {@code factors[1].value.factor}. Empty by default, and the
     * problem then names the role and the fact.
     *
     * @param entry one of {@link #entries()}
     * @param path  the value's place in the profile: the kind's field, the fact's index, then the field
     *              within the fact, e.g. {@code factors[1].value.factor}
     * @return the file, line, column and path of the value, when the data set knows them
     * @since 0.3
     */
    default Optional<String> locate(RoleEntry entry, String path) {
        return Optional.empty();
    }

    /**
     * Whether every profile is already in memory, so the catalog can check all of it while it loads
     * rather than role by role as roles are asked for. {@code true} for {@link #of(List)}.
     */
    default boolean inMemory() {
        return false;
    }

    /** A data set holding {@code profiles} as they are. */
    static RoleDataSet of(List<RoleProfile> profiles) {
        return new InMemoryRoleDataSet(profiles);
    }
}
