package dev.careerfit.catalog;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.internal.Checks;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every role that the loaded providers know, merged, with where each fact came from and where
 * sources disagree. Built with {@link #builder()}; immutable and safe to share between threads.
 *
 * <pre>{@code
 * CareerCatalog catalog = CareerCatalog.builder().build();          // built-in and discovered providers
 * CareerRole mle = catalog.requireRole("ml-engineer");
 * catalog.conflicts().forEach(c -> System.out.println(c.describe()));
 * catalog.failures().forEach(f -> System.err.println(f.describe()));
 * }</pre>
 *
 * <p>Loading: providers are discovered with {@link java.util.ServiceLoader} (unless switched off) and
 * added by hand, filtered by id, ordered by priority then id, and their data is validated as a
 * whole. A provider that fails at any stage is reported in {@link #failures()} with its id or class,
 * its jar and the cause, and the others still load; a {@link Builder#strict(boolean) strict} catalog
 * throws {@link ProviderLoadException} instead. Disagreements are kept and resolved by the
 * {@link ConflictPolicy}.
 *
 * @since 0.1
 */
public final class CareerCatalog {
    private final Map<RoleId, CareerRole> roles;
    private final Map<FactorId, WorkFactor> factors;
    private final List<ProviderInfo> providers;
    private final List<ProviderFailure> failures;
    private final List<String> warnings;
    private final ConflictPolicy policy;

    private CareerCatalog(Map<RoleId, CareerRole> roles, Map<FactorId, WorkFactor> factors,
                          List<ProviderInfo> providers, List<ProviderFailure> failures, List<String> warnings,
                          ConflictPolicy policy) {
        this.roles = Collections.unmodifiableMap(roles);
        this.factors = Collections.unmodifiableMap(factors);
        this.providers = List.copyOf(providers);
        this.failures = List.copyOf(failures);
        this.warnings = List.copyOf(warnings);
        this.policy = policy;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every role, ordered by id. */
    public List<CareerRole> roles() {
        return List.copyOf(roles.values());
    }

    public Set<RoleId> roleIds() {
        return roles.keySet();
    }

    public Optional<CareerRole> role(RoleId id) {
        return Optional.ofNullable(roles.get(id));
    }

    public Optional<CareerRole> role(String id) {
        try {
            return role(RoleId.of(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /**
     * The role with this id.
     *
     * @throws UnknownRoleException naming the id and the known ids when there is none
     */
    public CareerRole requireRole(String id) {
        return role(id).orElseThrow(() -> new UnknownRoleException(id, roles.keySet()));
    }

    /** Standard work factors and those providers added, standard ones first. */
    public List<WorkFactor> factors() {
        return List.copyOf(factors.values());
    }

    public Optional<WorkFactor> factor(FactorId id) {
        return Optional.ofNullable(factors.get(id));
    }

    /** Providers that loaded, in provider order (priority, then id). */
    public List<ProviderInfo> providers() {
        return providers;
    }

    /** Providers that failed to load, and why. Empty when all loaded. */
    public List<ProviderFailure> failures() {
        return failures;
    }

    /** Things that loaded but deserve a look, e.g. figures for a role that no provider defines. */
    public List<String> warnings() {
        return warnings;
    }

    /** Every source declared by a loaded provider, once each, in provider order. */
    public List<Source> sources() {
        Map<SourceId, Source> all = new LinkedHashMap<>();
        providers.forEach(p -> p.sources().forEach(s -> all.putIfAbsent(s.id(), s)));
        return List.copyOf(all.values());
    }

    /** Every disagreement between sources, role by role. */
    public List<Conflict> conflicts() {
        return roles.values().stream().flatMap(r -> r.conflicts().stream()).toList();
    }

    /** The policy this catalog resolves disagreements with. */
    public ConflictPolicy conflictPolicy() {
        return policy;
    }

    /**
     * Configures and builds a {@link CareerCatalog}. By default: discovery on, through the thread's
     * context class loader; no filters; lenient; {@link ConflictPolicies#authoritativeSourceFirst()}.
     */
    public static final class Builder {
        private boolean discover = true;
        private ClassLoader classLoader;
        private final List<CareerDataProvider> manual = new ArrayList<>();
        private final Set<String> included = new LinkedHashSet<>();
        private final Set<String> excluded = new LinkedHashSet<>();
        private boolean strict;
        private ConflictPolicy policy = ConflictPolicies.authoritativeSourceFirst();

        private Builder() {}

        /** Whether to find providers with ServiceLoader; {@code true} by default. */
        public Builder discoverProviders(boolean enabled) {
            this.discover = enabled;
            return this;
        }

        /** The class loader to discover providers through; defaults to the thread's context class loader. */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "classLoader");
            return this;
        }

        /** Adds providers by hand, on top of (or instead of) discovered ones. */
        public Builder addProvider(CareerDataProvider... providers) {
            for (CareerDataProvider p : providers) {
                manual.add(Objects.requireNonNull(p, "provider"));
            }
            return this;
        }

        /** Only these provider ids are loaded (when any are given). */
        public Builder include(String... providerIds) {
            included.addAll(List.of(providerIds));
            return this;
        }

        /** These provider ids are skipped. */
        public Builder exclude(String... providerIds) {
            excluded.addAll(List.of(providerIds));
            return this;
        }

        /** A strict catalog throws {@link ProviderLoadException} when any provider fails. */
        public Builder strict(boolean enabled) {
            this.strict = enabled;
            return this;
        }

        public Builder conflictPolicy(ConflictPolicy conflictPolicy) {
            this.policy = Objects.requireNonNull(conflictPolicy, "conflictPolicy");
            return this;
        }

        /**
         * Loads the providers and merges their data.
         *
         * @throws ProviderLoadException in strict mode, when a provider fails
         */
        public CareerCatalog build() {
            List<ProviderFailure> failures = new ArrayList<>();
            List<ProviderDiscovery.Candidate> candidates = new ArrayList<>();
            for (CareerDataProvider p : manual) {
                candidates.add(new ProviderDiscovery.Candidate(p, ProviderDiscovery.origin(p.getClass())));
            }
            if (discover) {
                ClassLoader loader = classLoader != null ? classLoader
                        : Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                                .orElse(CareerCatalog.class.getClassLoader());
                ProviderDiscovery.discover(loader, candidates, failures);
            }
            List<ProviderData> loaded = load(identify(candidates, failures), failures);
            if (strict && !failures.isEmpty()) {
                throw new ProviderLoadException(failures);
            }
            return assemble(loaded, failures);
        }

        /** Reads and checks ids, applies the filters, rejects duplicates, and orders the rest. */
        private List<Map.Entry<String, ProviderDiscovery.Candidate>> identify(
                List<ProviderDiscovery.Candidate> candidates, List<ProviderFailure> failures) {
            Map<String, ProviderDiscovery.Candidate> byId = new HashMap<>();
            List<Map.Entry<String, ProviderDiscovery.Candidate>> accepted = new ArrayList<>();
            for (ProviderDiscovery.Candidate c : candidates) {
                String id;
                try {
                    id = Checks.slug(c.provider().id(), "provider id");
                } catch (Throwable t) {
                    ProviderDiscovery.rethrowIfFatal(t);
                    failures.add(new ProviderFailure(c.provider().getClass().getName(), c.origin(),
                            ProviderFailure.Stage.ID, problemsOf(t, "id()"), t));
                    continue;
                }
                if ((!included.isEmpty() && !included.contains(id)) || excluded.contains(id)) {
                    continue;
                }
                ProviderDiscovery.Candidate first = byId.putIfAbsent(id, c);
                if (first != null) {
                    failures.add(new ProviderFailure(id, c.origin(), ProviderFailure.Stage.DUPLICATE_ID,
                            List.of(new Problem("id()", "provider id '" + id + "' is used by both "
                                    + first.provider().getClass().getName() + " and "
                                    + c.provider().getClass().getName() + "; the first was kept")), null));
                    continue;
                }
                accepted.add(Map.entry(id, c));
            }
            accepted.sort(Comparator.comparing((Map.Entry<String, ProviderDiscovery.Candidate> e) ->
                    e.getValue().provider(), CareerDataProvider.ORDER));
            return accepted;
        }

        /** Reads every provider's data, then validates each against the factors of all of them. */
        private List<ProviderData> load(List<Map.Entry<String, ProviderDiscovery.Candidate>> ordered,
                                        List<ProviderFailure> failures) {
            List<ProviderData> read = new ArrayList<>();
            for (Map.Entry<String, ProviderDiscovery.Candidate> e : ordered) {
                CareerDataProvider p = e.getValue().provider();
                try {
                    read.add(new ProviderData(e.getValue(), e.getKey(), p.priority(), List.copyOf(p.sources()),
                            List.copyOf(p.factors()), List.copyOf(p.roles())));
                } catch (Throwable t) {
                    ProviderDiscovery.rethrowIfFatal(t);
                    failures.add(new ProviderFailure(e.getKey(), e.getValue().origin(), ProviderFailure.Stage.DATA,
                            problemsOf(t, e.getKey()), t));
                }
            }
            Map<FactorId, WorkFactor> knownFactors = new LinkedHashMap<>();
            WorkFactors.standard().forEach(f -> knownFactors.put(f.id(), f));
            read.forEach(d -> d.factors().forEach(f -> knownFactors.putIfAbsent(f.id(), f)));
            List<ProviderData> valid = new ArrayList<>();
            Map<SourceId, Source> sourcesSoFar = new HashMap<>();
            for (ProviderData d : read) {
                List<Problem> problems = d.validate(knownFactors, sourcesSoFar);
                if (problems.isEmpty()) {
                    valid.add(d);
                    sourcesSoFar.putAll(ProviderData.index(d.sources()));
                } else {
                    failures.add(new ProviderFailure(d.id(), d.candidate().origin(), ProviderFailure.Stage.VALIDATION,
                            problems, null));
                }
            }
            return valid;
        }

        private CareerCatalog assemble(List<ProviderData> loaded, List<ProviderFailure> failures) {
            Map<FactorId, WorkFactor> factors = new LinkedHashMap<>();
            WorkFactors.standard().forEach(f -> factors.put(f.id(), f));
            loaded.forEach(d -> d.factors().forEach(f -> factors.putIfAbsent(f.id(), f)));

            Map<RoleId, List<Map.Entry<String, RoleProfile>>> profiles = new TreeMap<>();
            List<ProviderInfo> infos = new ArrayList<>();
            for (ProviderData d : loaded) {
                CareerDataProvider p = d.candidate().provider();
                for (RoleProfile rp : d.stampedRoles()) {
                    profiles.computeIfAbsent(rp.id(), k -> new ArrayList<>()).add(Map.entry(d.id(), rp));
                }
                infos.add(new ProviderInfo(d.id(), safeName(p, d.id()), safeDescription(p), d.priority(),
                        d.candidate().origin(), d.sources(), d.roles().size()));
            }
            RoleMerger merger = new RoleMerger(policy);
            Map<RoleId, CareerRole> roles = new TreeMap<>();
            List<String> warnings = new ArrayList<>();
            profiles.forEach((id, ps) -> {
                if (ps.stream().noneMatch(e -> e.getValue().definesRole())) {
                    warnings.add("role '" + id + "' has facts from " + ps.stream().map(Map.Entry::getKey).toList()
                            + " but no loaded provider defines it (gives its title); it is left out");
                } else {
                    roles.put(id, merger.merge(id, ps));
                }
            });
            for (CareerRole r : roles.values()) {
                r.relatedRoles().stream().filter(rel -> !roles.containsKey(rel.role())).forEach(rel ->
                        warnings.add("role '" + r.id() + "' names related role '" + rel.role()
                                + "', which no loaded provider defines"));
            }
            return new CareerCatalog(roles, factors, infos, failures, warnings, policy);
        }

        /** Every problem an {@link InvalidDataException} carries, or the root cause as one problem. */
        private static List<Problem> problemsOf(Throwable t, String where) {
            return t instanceof InvalidDataException ide ? ide.problems()
                    : List.of(new Problem(where, ProviderDiscovery.rootMessage(t)));
        }

        private static String safeName(CareerDataProvider p, String fallback) {
            try {
                return Optional.ofNullable(p.name()).orElse(fallback);
            } catch (RuntimeException e) {
                return fallback;
            }
        }

        private static String safeDescription(CareerDataProvider p) {
            try {
                return p.description().orElse(null);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
