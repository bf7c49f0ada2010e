package dev.careerfit.catalog;

import dev.careerfit.Problem;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks every fact of a provider must pass, whatever its kind: its source is one the provider
 * declares, it does not claim to come from another provider, and a work factor it rates is known.
 * Problems are collected, never thrown one at a time.
 */
final class ProfileCheck {
    private final String providerId;
    private final Set<Source> declared;
    private final Map<FactorId, WorkFactor> knownFactors;

    ProfileCheck(String providerId, List<Source> declared, Map<FactorId, WorkFactor> knownFactors) {
        this.providerId = providerId;
        this.declared = Set.copyOf(declared);
        this.knownFactors = knownFactors;
    }

    /**
     * Every problem in {@code profile}, each naming the role, the kind's field and the index, or where the
     * data set says the value is written ({@code acme.json:14:9 $.roles[0].factors[1].value.factor}).
     *
     * @param locate the place of a value in the provider's own files, from its path in the profile
     *               ({@code factors[1].value.factor}); {@code null} when unknown
     */
    void check(RoleProfile profile, Function<String, String> locate, List<Problem> problems) {
        String at = "role '" + profile.id() + "'";
        profile.facts().forEach((kind, list) -> {
            for (int i = 0; i < list.size(); i++) {
                Sourced<?> s = list.get(i);
                String fact = kind.field() + "[" + i + "]";
                Function<String, String> where = field -> {
                    String located = locate.apply(fact + field);
                    return located != null ? located : at + " " + fact;
                };
                if (!declared.contains(s.provenance().source())) {
                    problems.add(new Problem(where.apply(".provenance.source"), "source '" + s.provenance().source().id()
                            + "' is not among the provider's declared sources "
                            + declared.stream().map(d -> d.id().value()).sorted().toList()));
                }
                String stamped = s.provenance().providerId() == null ? null : s.provenance().providerId().value();
                if (stamped != null && !stamped.equals(providerId)) {
                    problems.add(new Problem(where.apply(".provenance"), "provenance names provider '" + stamped
                            + "' but the value comes from provider '" + providerId + "'"));
                }
                if (kind == FactKinds.FACTOR && s.value() instanceof FactorExposure fe
                        && !knownFactors.containsKey(fe.factor())) {
                    problems.add(new Problem(where.apply(".value.factor"), "unknown work factor '" + fe.factor()
                            + "'; declare it in the provider's factors() or use a standard one"));
                }
            }
        });
    }
}
