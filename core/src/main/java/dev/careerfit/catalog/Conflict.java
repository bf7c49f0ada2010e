package dev.careerfit.catalog;

import dev.careerfit.Api;
import dev.careerfit.fact.FactKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Sources that disagree about the same thing. Either within one role (several sources give a role's
 * U.S. salary and they differ; the catalog chose one by its policy), or between a role and the
 * occupations it is linked to (the guides' salary for {@code ml-engineer} against the OEWS figures of
 * the O*NET occupations that list "Machine Learning Engineer" as a title; nothing is chosen, the
 * figures stand side by side).
 *
 * @param role   the role the disagreement is about
 * @param group  the role's own values, the chosen one first
 * @param linked for a disagreement with linked occupations, each occupation's figures; otherwise empty
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Conflict(RoleId role, FactGroup<?> group, List<LinkedFigure> linked) {
    public Conflict {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(group, "group");
        linked = List.copyOf(linked);
    }

    /** A disagreement among one role's own sources. */
    public Conflict(RoleId role, FactGroup<?> group) {
        this(role, group, List.of());
    }

    /** Whether this is a disagreement with linked occupations rather than among the role's own sources. */
    public boolean withLinkedOccupations() {
        return !linked.isEmpty();
    }

    public FactKind<?> kind() {
        return group.kind();
    }

    /**
     * The role's values as values of {@code kind}.
     *
     * @throws ClassCastException naming both kinds when the disagreement is about another kind
     */
    @SuppressWarnings("unchecked")
    public <T> FactGroup<T> group(FactKind<T> kind) {
        if (group.kind() != kind) {
            throw new ClassCastException("this disagreement is about " + group.kind() + ", not " + kind);
        }
        return (FactGroup<T>) group;
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

    /** What is disputed: the aspects the values differ on, e.g. {@code [framing as pro or con]}. */
    public List<String> differences() {
        return withLinkedOccupations()
                ? linked.stream().flatMap(l -> l.differences().stream()).distinct().toList()
                : group.differences();
    }

    /**
     * One line: {@code ml-engineer: share of jobs in technology: 2 values differ on share, from ...;
     * chose ... by policy 'authoritative-source-first'}.
     */
    public String describe() {
        if (withLinkedOccupations()) {
            List<LinkedFigure> differing = linked.stream().filter(LinkedFigure::disagrees).toList();
            return role + ": " + group.subject() + ": " + describeValue(group) + " differs on "
                    + String.join(" and ", differences()) + " from the figures of the linked "
                    + (differing.size() == 1 ? "occupation " : "occupations ")
                    + differing.stream().map(l -> l.role().value()).collect(Collectors.joining(", "))
                    + " (" + differing.stream().map(l -> l.group().chosen().provenance().describe()).distinct()
                            .collect(Collectors.joining("; ")) + ")";
        }
        List<? extends Sourced<?>> differing = group.disagreeing();
        return role + ": " + group.subject() + ": " + differing.size()
                + (differing.size() == group.values().size() ? "" : " of " + group.values().size())
                + " values differ on " + String.join(" and ", group.differences()) + ", from "
                + differing.stream().map(s -> s.provenance().maker()).distinct()
                        .collect(Collectors.joining("; "))
                + "; " + group.resolution();
    }

    private static String describeValue(FactGroup<?> g) {
        return g.text() + " (" + g.chosen().provenance().describe() + ")";
    }
}
