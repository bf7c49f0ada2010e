package dev.careerfit.catalog;

import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RelatedRole;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Merges the profiles that several providers give of one role into a {@link CareerRole}, kind by
 * kind. Profiles arrive in provider order; within a fact group the conflict policy orders the values,
 * and the sort is stable so provider order and then a provider's own order break its ties.
 */
final class RoleMerger {
    private final ConflictPolicy policy;

    RoleMerger(ConflictPolicy policy) {
        this.policy = policy;
    }

    /** A contributing profile and the provider it came from. */
    record Part(String providerId, RoleProfile profile) {}

    /**
     * {@code parts} in provider order; the first that defines the role gives its title.
     *
     * @param links           the role's links to other roles
     * @param linkedConflicts where its figures differ from linked occupations'
     */
    CareerRole merge(RoleId id, List<Part> parts, List<RoleLink> links, List<Conflict> linkedConflicts) {
        RoleProfile definer = parts.stream().map(Part::profile).filter(RoleProfile::definesRole)
                .findFirst().orElseThrow(() -> new IllegalStateException("no profile defines role " + id));
        String summary = parts.stream().map(p -> p.profile().summary()).filter(s -> s != null).findFirst()
                .orElse(null);
        LinkedHashSet<String> alternateTitles = new LinkedHashSet<>();
        LinkedHashSet<OccupationCode> codes = new LinkedHashSet<>();
        Map<RoleId, RelatedRole> related = new LinkedHashMap<>();
        LinkedHashSet<String> providers = new LinkedHashSet<>();
        for (Part part : parts) {
            RoleProfile p = part.profile();
            if (p.id().equals(id)) {
                p.alternateTitles().stream().filter(t -> !t.equalsIgnoreCase(definer.title()))
                        .forEach(alternateTitles::add);
                codes.addAll(p.codes());
                p.relatedRoles().forEach(r -> related.putIfAbsent(r.role(), r));
            }
            providers.add(part.providerId());
        }
        List<FactGroup<?>> groups = new ArrayList<>();
        for (FactKind<?> kind : FactKinds.all()) {
            groups.addAll(groups(kind, parts));
        }
        return new CareerRole(id, definer.title(), summary, List.copyOf(alternateTitles), List.copyOf(codes),
                List.copyOf(related.values()), List.copyOf(providers), groups, links, linkedConflicts);
    }

    /**
     * The disagreements among {@code parts} in facts of {@code kinds}, as {@link #merge} would find them, without
     * merging the rest of the role.
     */
    List<Conflict> disputes(RoleId id, List<Part> parts, java.util.Set<FactKind<?>> kinds) {
        List<Conflict> conflicts = new ArrayList<>();
        for (FactKind<?> kind : FactKinds.all()) {
            if (kinds.contains(kind)) {
                groups(kind, parts).stream().filter(FactGroup::disputed).forEach(g -> conflicts.add(new Conflict(id, g)));
            }
        }
        return conflicts;
    }

    private <T> List<FactGroup<T>> groups(FactKind<T> kind, List<Part> parts) {
        Map<String, List<Sourced<T>>> byTopic = new LinkedHashMap<>();
        for (Part part : parts) {
            for (Sourced<T> v : part.profile().facts(kind)) {
                byTopic.computeIfAbsent(kind.topic(v.value()), k -> new ArrayList<>(2)).add(v);
            }
        }
        List<FactGroup<T>> groups = new ArrayList<>(byTopic.size());
        for (Map.Entry<String, List<Sourced<T>>> e : byTopic.entrySet()) {
            groups.add(group(kind, e.getKey(), e.getValue()));
        }
        return groups;
    }

    <T> FactGroup<T> group(FactKind<T> kind, String topic, List<Sourced<T>> values) {
        List<Sourced<T>> ordered = values;
        List<String> differences = List.of();
        if (values.size() > 1) {
            ordered = new ArrayList<>(values);
            ordered.sort(policy::compare);
            differences = differences(kind, ordered);
        }
        Sourced<T> chosen = ordered.get(0);
        FactGroup<T> group = new FactGroup<>(kind, topic, kind.subject(chosen.value()), ordered, differences, null);
        return differences.isEmpty() ? group
                : new FactGroup<>(kind, topic, group.subject(), ordered, differences, resolution(group));
    }

    /**
     * Which value was chosen and what chose it, truthfully: the policy, with its reason, where it prefers
     * the chosen value to every value that disagrees with it; otherwise the order the values came in, since
     * the policy ranks them alike.
     */
    private <T> String resolution(FactGroup<T> group) {
        Sourced<T> chosen = group.chosen();
        Sourced<T> tie = group.tiedWithChosen(policy).orElse(null);
        if (tie == null) {
            return "chose " + chosen.provenance().describeBriefly() + " by policy '" + policy.name() + "'"
                    + policy.explain(chosen, group.rivals().get(0)).map(r -> ": " + r).orElse("");
        }
        return "policy '" + policy.name() + "' has no preference here"
                + policy.explain(chosen, tie).map(r -> " (" + r + ")").orElse("")
                + ", so the first value in provider order, then in the order its provider lists them: "
                + chosen.provenance().describeBriefly();
    }

    private static <T> List<String> differences(FactKind<T> kind, List<Sourced<T>> values) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                found.addAll(kind.differences(values.get(i).value(), values.get(j).value()));
            }
        }
        return List.copyOf(found);
    }
}
