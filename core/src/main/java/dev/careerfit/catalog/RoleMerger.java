package dev.careerfit.catalog;

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
import java.util.function.Function;

/**
 * Merges the profiles that several providers give of one role into a {@link CareerRole}. Profiles
 * arrive in provider order; within a fact group the conflict policy orders the values, and the sort
 * is stable so provider order and then a provider's own order break its ties.
 */
final class RoleMerger {
    private final ConflictPolicy policy;

    RoleMerger(ConflictPolicy policy) {
        this.policy = policy;
    }

    /** {@code profiles} in provider order, each with the contributing provider's id. */
    CareerRole merge(RoleId id, List<Map.Entry<String, RoleProfile>> profiles) {
        RoleProfile definer = profiles.stream().map(Map.Entry::getValue).filter(RoleProfile::definesRole)
                .findFirst().orElseThrow(() -> new IllegalStateException("no profile defines role " + id));
        String summary = profiles.stream().map(e -> e.getValue().summary()).filter(s -> s != null).findFirst()
                .orElse(null);
        List<RoleProfile> ps = profiles.stream().map(Map.Entry::getValue).toList();
        LinkedHashSet<String> alternateTitles = new LinkedHashSet<>();
        LinkedHashSet<OccupationCode> codes = new LinkedHashSet<>();
        Map<RoleId, RelatedRole> related = new LinkedHashMap<>();
        for (RoleProfile p : ps) {
            p.alternateTitles().stream().filter(t -> !t.equalsIgnoreCase(definer.title())).forEach(alternateTitles::add);
            codes.addAll(p.codes());
            p.relatedRoles().forEach(r -> related.putIfAbsent(r.role(), r));
        }
        List<String> providers = profiles.stream().map(Map.Entry::getKey).distinct().toList();
        return new CareerRole(id, definer.title(), summary, List.copyOf(alternateTitles), List.copyOf(codes),
                concat(ps, RoleProfile::tasks), List.copyOf(related.values()),
                group(FactKind.SKILL, concat(ps, RoleProfile::skills)), concat(ps, RoleProfile::tools),
                group(FactKind.SALARY, concat(ps, RoleProfile::salaries)),
                group(FactKind.INDUSTRY, concat(ps, RoleProfile::industries)),
                group(FactKind.OUTLOOK, concat(ps, RoleProfile::outlook)), concat(ps, RoleProfile::outlookStatements),
                group(FactKind.EDUCATION, concat(ps, RoleProfile::education)),
                group(FactKind.EDUCATION_DISTRIBUTION, concat(ps, RoleProfile::educationDistributions)),
                group(FactKind.JOB_ZONE, concat(ps, RoleProfile::jobZones)), concat(ps, RoleProfile::careerPaths),
                concat(ps, RoleProfile::certifications), group(FactKind.SATISFACTION, concat(ps, RoleProfile::satisfaction)),
                group(FactKind.WORKFORCE, concat(ps, RoleProfile::workforce)),
                group(FactKind.FACTOR, concat(ps, RoleProfile::factors)),
                group(FactKind.INTERESTS, concat(ps, RoleProfile::interests)),
                group(FactKind.WORK_VALUES, concat(ps, RoleProfile::workValues)),
                concat(ps, RoleProfile::misconceptions), concat(ps, RoleProfile::faqs), concat(ps, RoleProfile::tips),
                providers);
    }

    private static <T> List<Sourced<T>> concat(List<RoleProfile> profiles,
                                               Function<RoleProfile, List<Sourced<T>>> field) {
        List<Sourced<T>> out = new ArrayList<>();
        profiles.forEach(p -> out.addAll(field.apply(p)));
        return out;
    }

    <T> List<FactGroup<T>> group(FactKind<T> kind, List<Sourced<T>> values) {
        Map<String, List<Sourced<T>>> byTopic = new LinkedHashMap<>();
        for (Sourced<T> v : values) {
            byTopic.computeIfAbsent(kind.topic().apply(v.value()), k -> new ArrayList<>()).add(v);
        }
        List<FactGroup<T>> groups = new ArrayList<>(byTopic.size());
        for (Map.Entry<String, List<Sourced<T>>> e : byTopic.entrySet()) {
            List<Sourced<T>> ordered = new ArrayList<>(e.getValue());
            ordered.sort(policy::compare);
            boolean disputed = disputed(kind, ordered);
            Sourced<T> chosen = ordered.get(0);
            String resolution = disputed ? "chose " + chosen.provenance().describe() + " by policy '" + policy.name()
                    + "'" : null;
            groups.add(new FactGroup<>(kind.name(), kind.name() + ":" + e.getKey(),
                    kind.subject().apply(chosen.value()), ordered, disputed, resolution));
        }
        return groups;
    }

    private static <T> boolean disputed(FactKind<T> kind, List<Sourced<T>> values) {
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                if (!kind.agree().test(values.get(i).value(), values.get(j).value())) {
                    return true;
                }
            }
        }
        return false;
    }
}
