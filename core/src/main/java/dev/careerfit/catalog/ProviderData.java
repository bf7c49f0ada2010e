package dev.careerfit.catalog;

import dev.careerfit.Problem;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One provider's data as loaded, with the checks that collect every problem in it before the
 * catalog accepts or rejects it, and the stamping of the provider's id onto every provenance.
 */
record ProviderData(ProviderDiscovery.Candidate candidate, String id, int priority, List<Source> sources,
                    List<WorkFactor> factors, List<RoleProfile> roles) {

    /**
     * Every problem in this provider's data. {@code knownFactors} holds the standard factors and those
     * of every provider; {@code sourcesSoFar} the sources of providers already accepted, so that a
     * source id declared twice with different details is caught.
     */
    List<Problem> validate(Map<FactorId, WorkFactor> knownFactors, Map<SourceId, Source> sourcesSoFar) {
        List<Problem> problems = new ArrayList<>();
        Set<SourceId> declared = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            if (!declared.add(s.id())) {
                problems.add(new Problem("sources[" + i + "]", "source id '" + s.id() + "' is declared twice"));
            }
            Source earlier = sourcesSoFar.get(s.id());
            if (earlier != null && !earlier.equals(s)) {
                problems.add(new Problem("sources[" + i + "]", "source id '" + s.id()
                        + "' is already declared with different details by another provider; use a different id"));
            }
        }
        for (int i = 0; i < factors.size(); i++) {
            WorkFactor f = factors.get(i);
            WorkFactor known = knownFactors.get(f.id());
            if (known != null && !known.equals(f)) {
                problems.add(new Problem("factors[" + i + "]", "factor id '" + f.id()
                        + "' is already defined differently (standard factor or another provider)"));
            }
        }
        Set<RoleId> roleIds = new HashSet<>();
        for (int r = 0; r < roles.size(); r++) {
            RoleProfile p = roles.get(r);
            String at = "role '" + p.id() + "'";
            if (!roleIds.add(p.id())) {
                problems.add(new Problem(at, "role id is listed twice by this provider; merge the two profiles"));
            }
            for (Map.Entry<String, List<? extends Sourced<?>>> e : p.factsByField().entrySet()) {
                List<? extends Sourced<?>> list = e.getValue();
                for (int i = 0; i < list.size(); i++) {
                    Sourced<?> s = list.get(i);
                    String where = at + " " + e.getKey() + "[" + i + "]";
                    if (!sources.contains(s.provenance().source())) {
                        problems.add(new Problem(where, "source '" + s.provenance().source().id()
                                + "' is not among the provider's declared sources " + declared));
                    }
                    String stamped = s.provenance().providerId();
                    if (stamped != null && !stamped.equals(id)) {
                        problems.add(new Problem(where, "provenance names provider '" + stamped
                                + "' but the value comes from provider '" + id + "'"));
                    }
                    if (s.value() instanceof FactorExposure fe && !knownFactors.containsKey(fe.factor())) {
                        problems.add(new Problem(where, "unknown work factor '" + fe.factor()
                                + "'; declare it in the provider's factors() or use a standard one"));
                    }
                }
            }
        }
        return problems;
    }

    /** The roles with this provider's id stamped on every provenance. */
    List<RoleProfile> stampedRoles() {
        List<RoleProfile> out = new ArrayList<>(roles.size());
        for (RoleProfile p : roles) {
            out.add(new RoleProfile(p.id(), p.title(), p.summary(), p.alternateTitles(), p.codes(), stamp(p.tasks()),
                    p.relatedRoles(), stamp(p.skills()), stamp(p.tools()), stamp(p.salaries()), stamp(p.industries()),
                    stamp(p.outlook()), stamp(p.outlookStatements()), stamp(p.education()),
                    stamp(p.educationDistributions()), stamp(p.jobZones()), stamp(p.careerPaths()),
                    stamp(p.certifications()), stamp(p.satisfaction()), stamp(p.workforce()), stamp(p.factors()),
                    stamp(p.interests()), stamp(p.workValues()), stamp(p.misconceptions()), stamp(p.faqs()),
                    stamp(p.tips())));
        }
        return out;
    }

    private <T> List<Sourced<T>> stamp(List<Sourced<T>> values) {
        UnaryOperator<Sourced<T>> op = s -> s.withProvenance(s.provenance().withProviderId(id));
        return values.stream().map(op).toList();
    }

    static Map<SourceId, Source> index(List<Source> sources) {
        Map<SourceId, Source> m = new HashMap<>();
        sources.forEach(s -> m.putIfAbsent(s.id(), s));
        return m;
    }
}
