package dev.careerfit.catalog;

import dev.careerfit.CareerfitException;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.internal.Checks;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.ImportReport;
import dev.careerfit.spi.ProviderContext;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Loading a catalog, as {@link CareerCatalog.Builder#build()} asks: discovery ({@link ProviderDiscovery}),
 * then each provider identified by its id (checked, filtered, duplicates refused) and ordered, described
 * and opened, and its declarations and entries checked, every call timed ({@link ProviderCalls}); a
 * provider that fails at any step is a {@link ProviderFailure} and the others go on. What loaded is
 * indexed ({@link CatalogIndex}).
 */
final class CatalogLoader {
    private final boolean discover;
    private final ClassLoader classLoader;
    private final List<CareerDataProvider> manual;
    private final Set<String> included;
    private final Set<String> excluded;
    private final Map<String, Map<String, String>> settings;
    private final boolean strict;
    private final ConflictPolicy policy;
    private final Duration timeout;

    private final boolean shippedRoles;

    CatalogLoader(CareerCatalog.Builder builder) {
        // Copied, and the class loader resolved now: the providers may be opened later, on another thread.
        this.discover = builder.discover;
        this.classLoader = builder.classLoader != null ? builder.classLoader
                : Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                        .orElse(CareerCatalog.class.getClassLoader());
        this.manual = List.copyOf(builder.manual);
        this.included = new LinkedHashSet<>(builder.included);
        this.excluded = new LinkedHashSet<>(builder.excluded);
        Map<String, Map<String, String>> copied = new TreeMap<>();
        builder.settings.forEach((id, values) -> copied.put(id, new TreeMap<>(values)));
        this.settings = copied;
        this.strict = builder.strict;
        this.policy = builder.policy;
        this.timeout = builder.timeout;
        this.shippedRoles = builder.shippedRoles;
    }

    /**
     * Finds, filters, opens and indexes the providers; or, when the builder asked for the shipped role index and
     * it matches the class path (the providers found as they are, no settings), lists the roles from it and opens
     * the providers when something else is asked.
     *
     * @throws ProviderLoadException in strict mode, when a provider fails
     * @throws CareerfitException in strict mode, when {@link CareerCatalog.Builder#include} names a provider that
     *                            is not there; when the shipped role index is damaged
     */
    CareerCatalog load() {
        if (shippedRoles && discover && manual.isEmpty() && included.isEmpty() && excluded.isEmpty()
                && settings.isEmpty()) {
            Optional<ShippedRoleIndex> shipped = ShippedRoleIndex.read(classLoader);
            if (shipped.isPresent()) {
                return new CareerCatalog(shipped.get(), policy, this::open);
            }
        }
        return new CareerCatalog(open(), policy);
    }

    /** Finds, filters, opens and indexes the providers. */
    private CareerCatalog.Contents open() {
        List<ProviderFailure> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<ProviderDiscovery.Candidate> candidates = new ArrayList<>();
        for (CareerDataProvider p : manual) {
            candidates.add(new ProviderDiscovery.Candidate(p, ProviderDiscovery.origin(p.getClass())));
        }
        ClassLoader loader = classLoader;
        List<LoadedProvider> loaded;
        try (ProviderCalls calls = new ProviderCalls(timeout, loader)) {
            if (discover) {
                ProviderDiscovery.discover(loader, calls, candidates, failures);
            }
            List<Identified> identified = identify(candidates, calls, failures, warnings);
            loaded = open(identified, loader, calls, failures);
        }
        if (strict && !failures.isEmpty()) {
            throw new ProviderLoadException(failures);
        }
        Map<FactorId, WorkFactor> factors = new LinkedHashMap<>();
        WorkFactors.standard().forEach(f -> factors.put(f.id(), f));
        loaded.forEach(d -> d.factors.forEach(f -> factors.putIfAbsent(f.id(), f)));
        return new CareerCatalog.Contents(loaded, CatalogIndex.of(loaded, warnings), factors, failures, warnings,
                policy);
    }

    /** A candidate with its checked id and priority. */
    private record Identified(String id, int priority, ProviderDiscovery.Candidate candidate) {}

    /** Reads and checks ids, applies the filters, rejects duplicates, and orders the rest. */
    private List<Identified> identify(List<ProviderDiscovery.Candidate> candidates, ProviderCalls calls,
                                      List<ProviderFailure> failures, List<String> warnings) {
        Map<String, ProviderDiscovery.Candidate> byId = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<Identified> accepted = new ArrayList<>();
        for (ProviderDiscovery.Candidate c : candidates) {
            CareerDataProvider p = c.provider();
            String id;
            int priority;
            try {
                id = Checks.slug(calls.call("id()", p::id), "provider id");
            } catch (Throwable t) {
                ProviderDiscovery.rethrowIfFatal(t);
                // A provider that cannot say its id because its data is broken (a document that does not
                // parse) failed to load its data; any other failure here is about the id itself.
                failures.add(new ProviderFailure(p.getClass().getName(), c.origin(),
                        t instanceof CareerfitException ? ProviderFailure.Stage.DATA : ProviderFailure.Stage.ID,
                        problemsOf(t, "id()"), t));
                continue;
            }
            seen.add(id);
            if ((!included.isEmpty() && !included.contains(id)) || excluded.contains(id)) {
                continue;
            }
            try {
                priority = calls.call("priority()", p::priority);
            } catch (Throwable t) {
                ProviderDiscovery.rethrowIfFatal(t);
                failures.add(new ProviderFailure(id, c.origin(), ProviderFailure.Stage.DATA,
                        problemsOf(t, "priority()"), t));
                continue;
            }
            ProviderDiscovery.Candidate first = byId.putIfAbsent(id, c);
            if (first != null) {
                failures.add(new ProviderFailure(id, c.origin(), ProviderFailure.Stage.DUPLICATE_ID,
                        List.of(new Problem("id()", "provider id '" + id + "' is used by both "
                                + first.provider().getClass().getName() + " and "
                                + p.getClass().getName() + "; the first was kept")), null));
                continue;
            }
            accepted.add(new Identified(id, priority, c));
        }
        for (String id : included) {
            if (!seen.contains(id)) {
                String warning = "include names provider '" + id + "', which is not on the class path; known: "
                        + seen.stream().sorted().toList();
                if (strict) {
                    throw new CareerfitException(warning);
                }
                warnings.add(warning);
            }
        }
        for (String id : settings.keySet()) {
            if (!seen.contains(id)) {
                warnings.add("settings were given for provider '" + id + "', which is not on the class path; "
                        + "known: " + seen.stream().sorted().toList());
            }
        }
        accepted.sort((a, b) -> a.priority != b.priority ? Integer.compare(b.priority, a.priority)
                : a.id.compareTo(b.id));
        return accepted;
    }

    /** A provider with how it describes itself: its name, description, sources and factors. */
    private record Described(Identified provider, String name, String description, List<Source> sources,
                             List<WorkFactor> factors) {}

    /**
     * What opening a provider gave: the data set, its entries, report and sources read once, and every
     * profile when they are all in memory (in entry order), for the checks made while loading.
     */
    record Opened(RoleDataSet data, List<RoleEntry> entries, ImportReport report, Optional<List<Source>> sources,
                  List<RoleProfile> profiles) {}

    /** Describes and opens each provider, and checks what can be checked before roles are asked for. */
    private List<LoadedProvider> open(List<Identified> ordered, ClassLoader loader, ProviderCalls calls,
                              List<ProviderFailure> failures) {
        List<LoadedProvider> loaded = new ArrayList<>();
        Map<FactorId, WorkFactor> knownFactors = new LinkedHashMap<>();
        WorkFactors.standard().forEach(f -> knownFactors.put(f.id(), f));
        Map<SourceId, Source> sourcesSoFar = new HashMap<>();
        List<Described> described = new ArrayList<>();
        for (Identified i : ordered) {
            CareerDataProvider p = i.candidate.provider();
            try {
                Described d = calls.call("name(), description(), sources() or factors()", () -> new Described(i,
                        Objects.requireNonNullElse(p.name(), i.id),
                        Objects.requireNonNull(p.description(), "description() returned null").orElse(null),
                        List.copyOf(Objects.requireNonNull(p.sources(), "sources() returned null")),
                        List.copyOf(Objects.requireNonNull(p.factors(), "factors() returned null"))));
                described.add(d);
                d.factors().forEach(f -> knownFactors.putIfAbsent(f.id(), f));
            } catch (Throwable t) {
                ProviderDiscovery.rethrowIfFatal(t);
                failures.add(new ProviderFailure(i.id, i.candidate.origin(), ProviderFailure.Stage.DATA,
                        problemsOf(t, i.id), t));
            }
        }
        for (Described d : described) {
            Identified i = d.provider();
            List<Source> sources = d.sources();
            List<WorkFactor> factors = d.factors();
            String origin = i.candidate.origin();
            List<Problem> problems = new ArrayList<>();
            checkDeclarations(sources, factors, knownFactors, sourcesSoFar, problems);
            if (!problems.isEmpty()) {
                failures.add(new ProviderFailure(i.id, origin, ProviderFailure.Stage.VALIDATION, problems, null));
                continue;
            }
            CareerDataProvider p = i.candidate.provider();
            ProviderContext context = new ProviderContext(i.id, settings.getOrDefault(i.id, Map.of()), loader,
                    strict);
            Opened opened;
            try {
                opened = calls.call("open()", () -> open(p, context));
            } catch (Throwable t) {
                ProviderDiscovery.rethrowIfFatal(t);
                failures.add(new ProviderFailure(i.id, origin, ProviderFailure.Stage.DATA, problemsOf(t, i.id), t));
                continue;
            }
            if (opened.sources().isPresent()) {
                List<Source> actual = opened.sources().get();
                if (!actual.stream().map(Source::id).toList().equals(sources.stream().map(Source::id).toList())) {
                    failures.add(new ProviderFailure(i.id, origin, ProviderFailure.Stage.VALIDATION,
                            List.of(new Problem("sources", "the opened data describes sources "
                                    + actual.stream().map(Source::id).toList() + " but the provider declares "
                                    + sources.stream().map(Source::id).toList())), null));
                    continue;
                }
                sources = actual;
            }
            ProfileCheck check = new ProfileCheck(i.id, sources, knownFactors);
            checkEntries(opened, check, problems);
            if (!problems.isEmpty()) {
                failures.add(new ProviderFailure(i.id, origin, ProviderFailure.Stage.VALIDATION, problems, null));
                continue;
            }
            sources.forEach(s -> sourcesSoFar.putIfAbsent(s.id(), s));
            loaded.add(new LoadedProvider(loaded.size(), i.id, d.name(), d.description(), i.priority, origin,
                    sources, factors, opened, check));
        }
        return loaded;
    }

    /** Opens a provider and reads what the catalog needs of its data while it loads, each part once. */
    private static Opened open(CareerDataProvider p, ProviderContext context) {
        RoleDataSet data = Objects.requireNonNull(p.open(context), "open() returned null");
        List<RoleEntry> entries = List.copyOf(Objects.requireNonNull(data.entries(), "entries() returned null"));
        ImportReport report = Objects.requireNonNull(data.report(), "report() returned null");
        Optional<List<Source>> sources = Objects.requireNonNull(data.sources(), "sources() of the data returned null")
                .map(List::copyOf);
        List<RoleProfile> profiles = null;
        if (data.inMemory()) {
            profiles = new ArrayList<>(entries.size());
            for (RoleEntry e : entries) {
                profiles.add(Objects.requireNonNull(data.profile(e), () -> "profile() returned null for "
                        + e.describe()));
            }
        }
        return new Opened(data, entries, report, sources, profiles == null ? null : List.copyOf(profiles));
    }

    /** How a data set places a problem in its own files, or not at all when it cannot say or fails to. */
    static java.util.function.Function<String, String> locator(RoleDataSet data, RoleEntry entry) {
        return path -> {
            try {
                return data.locate(entry, path).orElse(null);
            } catch (Throwable t) {
                ProviderDiscovery.rethrowIfFatal(t);
                return null;
            }
        };
    }

    private static void checkDeclarations(List<Source> sources, List<WorkFactor> factors,
                                          Map<FactorId, WorkFactor> knownFactors,
                                          Map<SourceId, Source> sourcesSoFar, List<Problem> problems) {
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
    }

    /** Entries are unique; profiles held in memory are checked in full now, the others when read. */
    private static void checkEntries(Opened opened, ProfileCheck check, List<Problem> problems) {
        Set<Object> keys = new HashSet<>();
        for (int k = 0; k < opened.entries().size(); k++) {
            RoleEntry e = opened.entries().get(k);
            if (!keys.add(e.role() != null ? e.role() : e.code())) {
                problems.add(new Problem(e.describe(), (e.role() != null ? "role id" : "occupation code")
                        + " is listed twice by this provider; merge the two profiles"));
            }
            if (opened.profiles() != null) {
                check.check(opened.profiles().get(k), locator(opened.data(), e), problems);
            }
        }
    }


    /** Every problem an {@link InvalidDataException} carries, or the root cause as one problem. */
    private static List<Problem> problemsOf(Throwable t, String where) {
        return t instanceof InvalidDataException ide ? ide.problems()
                : List.of(new Problem(where, ProviderDiscovery.rootMessage(t)));
    }
}
