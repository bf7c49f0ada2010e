package dev.careerfit.catalog;

import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Sources that disagree about the same thing, and which value the catalog chose.
 *
 * @param role  the role the disagreement is about
 * @param group every value, the chosen one first
 * @since 0.1
 */
public record Conflict(RoleId role, FactGroup<?> group) {
    public Conflict {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(group, "group");
    }

    public String kind() {
        return group.kind();
    }

    public String subject() {
        return group.subject();
    }

    public Sourced<?> chosen() {
        return group.chosen();
    }

    public List<? extends Sourced<?>> values() {
        return group.values();
    }

    /** One line: {@code ml-engineer: industry 'technology': 3 values from ...; chose ... (policy)}. */
    public String describe() {
        return role + ": " + group.subject() + ": " + group.values().size() + " values from "
                + group.values().stream().map(s -> s.provenance().source().publisher()).distinct()
                        .collect(Collectors.joining(", "))
                + "; " + group.resolution();
    }
}
