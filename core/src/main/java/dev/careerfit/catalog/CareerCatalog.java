package dev.careerfit.catalog;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import dev.careerfit.fact.FactKind;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.internal.Checks;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.role.RoleId;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.ProviderContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Every role that the loaded providers know, with where each fact came from and where sources
 * disagree. Built with {@link #builder()}; immutable in what it answers and safe to share between
 * threads.
 *
 * <pre>{@code
 * CareerCatalog catalog = CareerCatalog.builder().build();          // built-in and discovered providers
 * catalog.search("machine learning").forEach(r -> System.out.println(r.id() + " " + r.title()));
 * CareerRole scientists = catalog.requireRole("15-2051.00");
 * catalog.conflicts().forEach(c -> System.out.println(c.describe()));
 * catalog.failures().forEach(f -> System.err.println(f.describe()));
 * }</pre>
 *
 * <p>Loading: providers are discovered with {@link java.util.ServiceLoader} (unless switched off) and
 * added by hand, identified by their id alone and filtered (an excluded provider is never opened),
 * ordered by priority then id, then {@linkplain CareerDataProvider#open(ProviderContext) opened}. Each
 * provider hands over an index of its roles; the catalog indexes every role up front and merges a
 * role's facts the first time the role is asked for, keeping the merged role while memory allows.
 * A provider that fails at any stage is reported in {@link #failures()} with its id or class, its jar
 * and the cause, and the others still load: an exception, an error such as a missing class or an endless
 * recursion, or a call that does not return within the {@linkplain Builder#providerTimeout time limit}; a {@link Builder#strict(boolean) strict} catalog throws
 * {@link ProviderLoadException} instead. Disagreements are kept and resolved by the
 * {@link ConflictPolicy}.
 *
 * <p>Roles that are not occupations themselves (the seed guides' {@code ml-engineer}, a provider's role coded
 * {@code O*NET-SOC 15-1243.00}) are {@linkplain CareerRole#links() linked} to the occupations whose publisher
 * lists their title and to those whose code they carry, and where their figures differ from the linked
 * occupations' the catalog reports it.
 *
 * <p>This class is the catalog's face; the work is done in the package by {@code CatalogLoader}
 * (discovery, opening, checks), {@code CatalogIndex} (the index the queries answer from),
 * {@code TitleSearch} (search by title and other titles) and {@code CatalogLinks} (merging a role on
 * demand, its links and the conflicts with linked occupations).
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class CareerCatalog {
    private final List<RoleSummary> roles;
    /** The roles by id, made on first use: hashing a record's first time spins method handles (20-60 ms). */
    private volatile Map<RoleId, RoleSummary> byId;
    private final ConflictPolicy policy;
    /** Opens the providers, for a catalog that answered from the shipped role index so far; else null. */
    private final Supplier<Contents> opener;
    /** The shipped role index this catalog answers from until its providers are opened; else null. */
    private final ShippedRoleIndex shipped;
    private volatile Contents contents;

    /** What opening the providers gives: everything but the role index. */
    static final class Contents {
        final List<ProviderInfo> providers;
        final CatalogIndex index;
        final TitleSearch titles;
        final CatalogLinks links;
        final Map<FactorId, WorkFactor> factors;
        final List<ProviderFailure> failures;
        final List<String> warnings;

        /** The contents of what {@link CatalogLoader} loaded and indexed. */
        Contents(List<LoadedProvider> loaded, CatalogIndex index, Map<FactorId, WorkFactor> factors,
                 List<ProviderFailure> failures, List<String> warnings, ConflictPolicy policy) {
            List<ProviderInfo> infos = new ArrayList<>();
            for (LoadedProvider l : loaded) {
                infos.add(new ProviderInfo(l.id, l.name, l.description, l.priority, l.origin, l.sources,
                        l.entries.size(), l.report));
            }
            this.providers = List.copyOf(infos);
            this.index = index;
            this.titles = new TitleSearch(index);
            this.links = new CatalogLinks(List.copyOf(loaded), index, titles, policy);
            this.factors = Collections.unmodifiableMap(factors);
            this.failures = List.copyOf(failures);
            this.warnings = List.copyOf(warnings);
        }
    }

    /** A catalog whose providers are open. */
    CareerCatalog(Contents contents, ConflictPolicy policy) {
        this.roles = contents.index.roles();
        this.policy = policy;
        this.opener = null;
        this.shipped = null;
        this.contents = contents;
    }

    /**
     * A catalog that answers from {@code shipped} (its roles, work factors and fingerprint) and opens its providers
     * when asked more.
     */
    CareerCatalog(ShippedRoleIndex shipped, ConflictPolicy policy, Supplier<Contents> opener) {
        this.roles = shipped.roles();
        this.policy = policy;
        this.opener = opener;
        this.shipped = shipped;
    }

    private Map<RoleId, RoleSummary> byId() {
        Map<RoleId, RoleSummary> ids = byId;
        if (ids == null) {
            Map<RoleId, RoleSummary> made = new LinkedHashMap<>(roles.size() * 2);
            roles.forEach(r -> made.put(r.id(), r));
            ids = Collections.unmodifiableMap(made);
            byId = ids;
        }
        return ids;
    }

    /** The providers' contents, opening them the first time they are needed. */
    private Contents contents() {
        Contents c = contents;
        if (c == null) {
            synchronized (this) {
                c = contents;
                if (c == null) {
                    c = opener.get();
                    contents = c;
                }
            }
        }
        return c;
    }

    /**
     * Whether the providers have been opened: always, unless the catalog was built with {@link
     * Builder#rolesFromShippedIndex()} and so far only its role index ({@link #roles()}, {@link #roleIds()},
     * {@link #size()}, {@link #contains}, {@link #summary}, {@link #rolesWith}), its {@link #factors()} or its
     * {@link #fingerprint()} was asked for. Until then there is nothing to report: the shipped index is used only for
     * the providers and code it was made from, which loaded without failures or problems.
     *
     * @since 0.3
     */
    public boolean providersOpened() {
        return contents != null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every role, ordered by id: its index line, without reading its facts. */
    public List<RoleSummary> roles() {
        return roles;
    }

    /** The ids of every role, in order. */
    public Set<RoleId> roleIds() {
        return byId().keySet();
    }

    /** How many roles the catalog holds. */
    public int size() {
        return roles.size();
    }

    /** Whether a role with this id exists, without merging its facts. */
    public boolean contains(RoleId id) {
        return byId().containsKey(id);
    }

    /** The index line of one role. */
    public Optional<RoleSummary> summary(RoleId id) {
        return Optional.ofNullable(byId().get(id));
    }

    /** The roles some provider holds facts of {@code kind} for, in id order. */
    public List<RoleSummary> rolesWith(FactKind<?> kind) {
        return roles.stream().filter(s -> s.has(kind)).toList();
    }

    /**
     * Roles whose title, or one of whose other titles, has a word starting with each word of {@code text}
     * (case-insensitive: "data sci" finds "Data Scientists", "data" does not find "Database
     * Administrators"): exact title matches first, then title matches, then roles found by another title,
     * each group in id order.
     */
    public List<RoleSummary> search(String text) {
        return contents().titles.search(text);
    }

    /** The role with this id, its facts merged from every provider. */
    public Optional<CareerRole> role(RoleId id) {
        if (!byId().containsKey(id)) {
            return Optional.empty();
        }
        Contents c = contents();
        return Optional.of(c.links.merged(c.index.slot(id)));
    }

    /** The role with this id; empty when there is none, including when {@code id} is not a valid role id. */
    public Optional<CareerRole> role(String id) {
        return id != null && Checks.isSlug(id) ? role(RoleId.of(id)) : Optional.empty();
    }

    /**
     * The role with this id.
     *
     * @throws UnknownRoleException naming the id and some known ids when there is none
     */
    public CareerRole requireRole(String id) {
        return role(id).orElseThrow(() -> new UnknownRoleException(id, roleIds(), byTitle(id)));
    }

    /** Roles whose title matches {@code text}, as {@code 15-2051.00 (Data Scientists)}: a title given for an id. */
    private List<String> byTitle(String text) {
        return text == null || text.isBlank() || text.length() > 200 ? List.of() : search(text).stream().limit(3)
                .map(r -> r.id() + " (" + r.title() + ")").toList();
    }

    /** Standard work factors and those providers added, standard ones first. */
    public List<WorkFactor> factors() {
        return contents == null && shipped != null ? shipped.factors() : List.copyOf(contents().factors.values());
    }

    public Optional<WorkFactor> factor(FactorId id) {
        if (contents == null && shipped != null) {
            return shipped.factors().stream().filter(f -> f.id().equals(id)).findFirst();
        }
        return Optional.ofNullable(contents().factors.get(id));
    }

    /**
     * What the catalog's facts were read from, in words: a line for each provider (its id, class, role count, the
     * release it read, the rows read, its sources and their releases), then the conflict policy. Two catalogs with
     * the same fingerprint and roles hold the same facts, so what is computed from one's facts (a scoring index)
     * serves the other. A catalog listing its roles from the shipped role index answers from it, opening no
     * provider: the index stores the fingerprint of the catalog it was made from.
     *
     * @since 0.3
     */
    public String fingerprint() {
        String providers = contents == null && shipped != null ? shipped.fingerprint() : fingerprint(providers());
        return providers + "policy " + policy.name();
    }

    /** The providers' lines of {@link #fingerprint()}, each ending in a line break. */
    static String fingerprint(List<ProviderInfo> providers) {
        StringBuilder sb = new StringBuilder();
        for (ProviderInfo p : providers) {
            sb.append("provider ").append(p.id()).append(' ').append(p.origin().split(" ")[0]).append(" roles ")
                    .append(p.roleCount()).append(" release '").append(p.report().release()).append("' rows ")
                    .append(p.report().rowsRead()).append(" sources");
            for (Source s : p.sources()) {
                sb.append(' ').append(s.id()).append('@').append(s.release());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Providers that loaded, in provider order (priority, then id). */
    public List<ProviderInfo> providers() {
        return contents().providers;
    }

    /** Providers that failed to load, and why. Empty when all loaded. */
    public List<ProviderFailure> failures() {
        return contents().failures;
    }

    /** Things that loaded but deserve a look, e.g. figures for a role that no provider defines. */
    public List<String> warnings() {
        return contents().warnings;
    }

    /** Every source declared by a loaded provider, once each, in provider order. */
    public List<Source> sources() {
        Map<SourceId, Source> all = new LinkedHashMap<>();
        providers().forEach(p -> p.sources().forEach(s -> all.putIfAbsent(s.id(), s)));
        return List.copyOf(all.values());
    }

    /**
     * Every disagreement: among one role's sources, and between a role and its linked occupations.
     * Every disagreement any role's page shows is here, those with figures applied by code included; only
     * what can disagree (two contributions with facts of one kind, or links) is read to find them.
     */
    public List<Conflict> conflicts() {
        return contents().links.conflicts();
    }

    /** The policy this catalog resolves disagreements with. */
    public ConflictPolicy conflictPolicy() {
        return policy;
    }

    /**
     * Configures and builds a {@link CareerCatalog}. By default: discovery on, through the thread's
     * context class loader; no filters; no settings; lenient; a provider may take 30 seconds a call;
     * {@link ConflictPolicies#authoritativeSourceFirst()}.
     */
    @Api(Api.Status.STABLE)
    public static final class Builder {
        /** How long one call into a provider may take while the catalog loads, by default: 30 seconds. */
        public static final int DEFAULT_PROVIDER_TIMEOUT_SECONDS = 30;
        boolean discover = true;
        ClassLoader classLoader;
        final List<CareerDataProvider> manual = new ArrayList<>();
        final Set<String> included = new LinkedHashSet<>();
        final Set<String> excluded = new LinkedHashSet<>();
        final Map<String, Map<String, String>> settings = new TreeMap<>();
        boolean strict;
        ConflictPolicy policy = ConflictPolicies.authoritativeSourceFirst();
        Duration timeout = Duration.ofSeconds(DEFAULT_PROVIDER_TIMEOUT_SECONDS);
        boolean shippedRoles;

        private Builder() {}

        /**
         * Lists the roles from the role index careerfit-all ships, made at build time from the built-in providers
         * ({@link ShippedRoleIndex}), when it was made from exactly the providers and code on the class path and the
         * catalog is built as they are (no providers added, included or excluded, no settings): {@link
         * CareerCatalog#roles()}, {@code roleIds()}, {@code size()}, {@code contains}, {@code summary}, {@code
         * rolesWith}, {@code factors}, {@code factor} and {@code fingerprint} then open no provider, and anything
         * else opens them all the first time, as {@link #build()} does otherwise (in strict mode a provider that
         * fails then throws {@link ProviderLoadException} from that call). For a program that often only lists
         * roles or scores a person with the shipped scoring index: {@code careerfit roles}, {@code careerfit
         * score --all}.
         *
         * @return this builder
         * @since 0.3
         */
        public Builder rolesFromShippedIndex() {
            this.shippedRoles = true;
            return this;
        }

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

        /** Only these provider ids are loaded (when any are given). Providers left out are never opened. */
        public Builder include(String... providerIds) {
            included.addAll(List.of(providerIds));
            return this;
        }

        /** These provider ids are skipped; they are never opened. */
        public Builder exclude(String... providerIds) {
            excluded.addAll(List.of(providerIds));
            return this;
        }

        /**
         * A setting for one provider, handed to it in its {@link ProviderContext} when it is opened.
         *
         * @param providerId the provider's id, e.g. {@code onet}
         * @param name       the setting, e.g. {@value ProviderContext#RELEASE}
         * @param value      its value
         */
        public Builder setting(String providerId, String name, String value) {
            Checks.notBlank(providerId, "providerId");
            Checks.notBlank(name, "name");
            Objects.requireNonNull(value, "value");
            settings.computeIfAbsent(providerId, k -> new TreeMap<>()).put(name, value);
            return this;
        }

        /**
         * Reads a release of a provider's source from {@code path} (a folder, or a file for a one-file
         * release) instead of the snapshot the provider ships: the way to use a newer O*NET or BLS
         * release without a new careerfit version.
         */
        public Builder release(String providerId, Path path) {
            return setting(providerId, ProviderContext.RELEASE, Objects.requireNonNull(path, "path").toString());
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
         * How long one call into a provider (its constructor, {@code id()}, {@code priority()},
         * {@code sources()}, {@code factors()}, {@code open(...)} with its entries) may take while the
         * catalog loads; a provider that takes longer is reported in {@link #failures()} and skipped, so a
         * provider that hangs cannot hang the program. {@value #DEFAULT_PROVIDER_TIMEOUT_SECONDS} seconds by
         * default; the national providers open in well under a second.
         *
         * @param limit a positive duration
         * @return this builder
         */
        public Builder providerTimeout(Duration limit) {
            Objects.requireNonNull(limit, "limit");
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("providerTimeout must be positive, was " + limit);
            }
            this.timeout = limit;
            return this;
        }

        /**
         * Calls the providers on the thread that builds the catalog, with no time limit: for a caller that bounds
         * the time itself (a fuzzer's limit per input, a request's deadline) or must not start threads. Starting a
         * worker thread and handing it every call cost a fuzzer most of its time per provider document.
         *
         * @return this builder
         * @since 0.2
         */
        public Builder withoutProviderTimeout() {
            this.timeout = null;
            return this;
        }

        /**
         * Finds, filters, opens and indexes the providers.
         *
         * @throws ProviderLoadException in strict mode, when a provider fails
         * @throws CareerfitException in strict mode, when {@link #include} names a provider that is not there
         */
        public CareerCatalog build() {
            return new CatalogLoader(this).load();
        }
    }
}
