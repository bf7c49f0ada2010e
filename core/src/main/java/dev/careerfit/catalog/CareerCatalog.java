package dev.careerfit.catalog;

import dev.careerfit.CareerfitException;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.internal.Checks;
import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.role.DataGap;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.ImportReport;
import dev.careerfit.spi.ProviderContext;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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
 * <p>Roles that no classification codes (the seed guides' {@code ml-engineer}) are
 * {@linkplain CareerRole#links() linked} to the occupations whose publisher lists their title, and
 * where their figures differ from the linked occupations' the catalog reports it.
 *
 * @since 0.1
 */
public final class CareerCatalog {
    private final List<Loaded> loaded;
    private final TreeMap<RoleId, Slot> slots;
    private final Map<OccupationCode, List<Contribution>> byCode;
    private final List<RoleSummary> summaries;
    /** Roles no classification codes: the ones linked to occupations by title. */
    private final List<Slot> uncoded;
    private final Map<FactorId, WorkFactor> factors;
    private final List<ProviderInfo> providers;
    private final List<ProviderFailure> failures;
    private final List<String> warnings;
    private final ConflictPolicy policy;
    private final RoleMerger merger;
    private final Map<RoleId, SoftReference<CareerRole>> merged = new ConcurrentHashMap<>();
    private volatile TitleIndex titleIndex;

    private CareerCatalog(List<Loaded> loaded, TreeMap<RoleId, Slot> slots, Map<OccupationCode, List<Contribution>> byCode,
                          Map<FactorId, WorkFactor> factors, List<ProviderFailure> failures, List<String> warnings,
                          ConflictPolicy policy) {
        this.loaded = List.copyOf(loaded);
        this.slots = slots;
        this.byCode = byCode;
        this.factors = Collections.unmodifiableMap(factors);
        this.failures = List.copyOf(failures);
        this.warnings = List.copyOf(warnings);
        this.policy = policy;
        this.merger = new RoleMerger(policy);
        List<RoleSummary> list = new ArrayList<>(slots.size());
        slots.values().forEach(s -> list.add(s.summary()));
        this.summaries = List.copyOf(list);
        this.uncoded = slots.values().stream().filter(s -> s.codes.isEmpty()).toList();
        List<ProviderInfo> infos = new ArrayList<>();
        for (Loaded l : loaded) {
            infos.add(new ProviderInfo(l.id, l.name, l.description, l.priority, l.origin, l.sources,
                    l.entries.size(), l.report));
        }
        this.providers = List.copyOf(infos);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every role, ordered by id: its index line, without reading its facts. */
    public List<RoleSummary> roles() {
        return summaries;
    }

    /** The ids of every role, in order. */
    public Set<RoleId> roleIds() {
        return Collections.unmodifiableSet(slots.keySet());
    }

    /** How many roles the catalog holds. */
    public int size() {
        return slots.size();
    }

    /** Whether a role with this id exists, without merging its facts. */
    public boolean contains(RoleId id) {
        return slots.containsKey(id);
    }

    /** The index line of one role. */
    public Optional<RoleSummary> summary(RoleId id) {
        Slot s = slots.get(id);
        return s == null ? Optional.empty() : Optional.of(s.summary());
    }

    /** The roles some provider holds facts of {@code kind} for, in id order. */
    public List<RoleSummary> rolesWith(FactKind<?> kind) {
        return summaries.stream().filter(s -> s.has(kind)).toList();
    }

    /**
     * Roles whose title, or one of whose other titles, has a word starting with each word of {@code text}
     * (case-insensitive: "data sci" finds "Data Scientists", "data" does not find "Database
     * Administrators"): exact title matches first, then title matches, then roles found by another title,
     * each group in id order.
     */
    public List<RoleSummary> search(String text) {
        String q = normalise(Objects.requireNonNull(text, "text"));
        if (q.isEmpty()) {
            return summaries;
        }
        String[] words = q.split(" ");
        List<RoleSummary> exact = new ArrayList<>();
        List<RoleSummary> inTitle = new ArrayList<>();
        List<RoleSummary> inOther = new ArrayList<>();
        TitleIndex index = titleIndex();
        for (Slot s : slots.values()) {
            String title = normalise(s.title);
            if (title.equals(q)) {
                exact.add(s.summary());
            } else if (containsAll(title, words)) {
                inTitle.add(s.summary());
            } else if (index.otherTitlesMatch(s.id, words)) {
                inOther.add(s.summary());
            }
        }
        List<RoleSummary> all = new ArrayList<>(exact);
        all.addAll(inTitle);
        all.addAll(inOther);
        return List.copyOf(all);
    }

    /** The role with this id, its facts merged from every provider. */
    public Optional<CareerRole> role(RoleId id) {
        Slot slot = slots.get(id);
        return slot == null ? Optional.empty() : Optional.of(merged(slot));
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
        return role(id).orElseThrow(() -> new UnknownRoleException(id, slots.keySet()));
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

    /**
     * Every disagreement: among one role's sources, and between a role and its linked occupations.
     * Only roles where a disagreement is possible (two providers with facts of one kind, or links) are
     * merged to find them.
     */
    public List<Conflict> conflicts() {
        List<Conflict> all = new ArrayList<>();
        TitleIndex index = titleIndex();
        for (Slot s : slots.values()) {
            if (s.mayDisagree() || (s.codes.isEmpty() && !index.hits(s.title).isEmpty())) {
                all.addAll(merged(s).conflicts());
            }
        }
        return all;
    }

    /** The policy this catalog resolves disagreements with. */
    public ConflictPolicy conflictPolicy() {
        return policy;
    }

    // ---- Merging a role on demand ----

    private CareerRole merged(Slot slot) {
        SoftReference<CareerRole> ref = merged.get(slot.id);
        CareerRole role = ref == null ? null : ref.get();
        if (role == null) {
            role = merge(slot);
            merged.put(slot.id, new SoftReference<>(role));
        }
        return role;
    }

    private CareerRole merge(Slot slot) {
        List<Map.Entry<Integer, RoleMerger.Part>> parts = new ArrayList<>();
        for (Contribution c : slot.parts) {
            parts.add(Map.entry(c.provider.order, new RoleMerger.Part(c.provider.id, c.provider.profile(c.entry, null))));
        }
        Set<Loaded> covered = new HashSet<>();
        for (OccupationCode code : slot.codes) {
            for (Contribution c : byCode.getOrDefault(code, List.of())) {
                // A provider's figures for the most specific of the role's codes it publishes.
                if (covered.add(c.provider)) {
                    parts.add(Map.entry(c.provider.order, new RoleMerger.Part(c.provider.id,
                            c.provider.profile(c.entry, code.scheme() + " " + code.code()))));
                }
            }
        }
        if (!slot.codes.isEmpty()) {
            for (Loaded l : loaded) {
                if (!l.codeKinds.isEmpty() && !covered.contains(l)) {
                    parts.add(Map.entry(l.order, new RoleMerger.Part(l.id, l.noFiguresFor(slot))));
                }
            }
        }
        parts.sort(Map.Entry.comparingByKey());
        List<RoleLink> links = links(slot, parts.stream().map(Map.Entry::getValue).toList());
        List<Conflict> linkedConflicts = slot.codes.isEmpty() && !links.isEmpty()
                ? linkedConflicts(slot.id, parts, links) : List.of();
        return merger.merge(slot.id, parts.stream().map(Map.Entry::getValue).toList(), links, linkedConflicts);
    }

    private List<Conflict> linkedConflicts(RoleId id, List<Map.Entry<Integer, RoleMerger.Part>> parts,
                                           List<RoleLink> links) {
        CareerRole own = merger.merge(id, parts.stream().map(Map.Entry::getValue).toList(), List.of(), List.of());
        List<CareerRole> others = links.stream().map(l -> merged(slots.get(l.role()))).toList();
        List<Conflict> conflicts = new ArrayList<>();
        for (FactGroup<?> group : own.allGroups()) {
            if (!group.kind().comparable()) {
                continue;
            }
            List<LinkedFigure> figures = new ArrayList<>();
            boolean disagreement = false;
            for (CareerRole other : others) {
                LinkedFigure f = figure(group, other);
                if (f.group() != null || !f.context().isEmpty()) {
                    figures.add(f);
                    disagreement |= f.disagrees();
                }
            }
            if (disagreement) {
                conflicts.add(new Conflict(id, group, figures));
            }
        }
        return conflicts;
    }

    private static <T> LinkedFigure figure(FactGroup<T> group, CareerRole other) {
        FactKind<T> kind = group.kind();
        Optional<FactGroup<T>> theirs = other.group(kind, group.topic());
        List<String> differences = theirs.map(g -> kind.differences(group.value(), g.value())).orElse(List.of());
        List<FactGroup<?>> context = new ArrayList<>();
        if (theirs.isPresent()) {
            kind.context().forEach(k -> context.addAll(other.groups(k)));
        }
        return new LinkedFigure(other.id(), other.title(), theirs.orElse(null), differences, context);
    }

    /**
     * A role without codes is linked to the coded occupations that list its title (through the title
     * index); a coded occupation to the roles without codes whose title it lists (from its own titles).
     */
    private List<RoleLink> links(Slot slot, List<RoleMerger.Part> parts) {
        List<RoleLink> links = new ArrayList<>();
        if (slot.codes.isEmpty()) {
            for (TitleHit hit : titleIndex().hits(slot.title)) {
                if (!hit.role.equals(slot.id)) {
                    Slot target = slots.get(hit.role);
                    links.add(new RoleLink(hit.role, target.title, evidence(hit, slot.title, target), hit.provenance()));
                }
            }
            return links;
        }
        for (Slot u : uncoded) {
            String wanted = normalise(u.title);
            for (RoleMerger.Part part : parts) {
                RoleProfile p = part.profile();
                if (!p.id().equals(slot.id) || !p.definesRole()) {
                    continue;
                }
                boolean asTitle = normalise(p.title()).equals(wanted);
                boolean asOther = !asTitle && p.alternateTitles().stream().anyMatch(t -> normalise(t).equals(wanted));
                if (asTitle || asOther) {
                    Loaded provider = loaded.stream().filter(l -> l.id.equals(part.providerId())).findFirst().orElseThrow();
                    TitleHit hit = new TitleHit(slot.id, u.title, asOther, provider);
                    links.add(new RoleLink(u.id, u.title, evidence(hit, u.title, slot), hit.provenance()));
                    break;
                }
            }
        }
        return links;
    }

    private static String evidence(TitleHit hit, String title, Slot occupation) {
        String who = hit.provider.sources.isEmpty() ? hit.provider.name : release(hit.provider.sources.get(0));
        return hit.alternate
                ? who + " lists '" + title + "' as another title of " + occupation.id + " " + occupation.title
                : who + " titles occupation " + occupation.id + " '" + occupation.title + "'";
    }

    private static String release(Source s) {
        return s.release() != null ? s.release() : s.title();
    }

    // ---- Titles: for search and links, read on first use ----

    private TitleIndex titleIndex() {
        TitleIndex t = titleIndex;
        if (t == null) {
            synchronized (this) {
                t = titleIndex;
                if (t == null) {
                    t = new TitleIndex(slots);
                    titleIndex = t;
                }
            }
        }
        return t;
    }

    /** Lower case, spaces folded: how titles are compared. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Whether every query word starts a word of {@code text} (words split on anything but letters and digits). */
    private static boolean containsAll(String text, String[] words) {
        for (String w : words) {
            if (!startsAWord(text, w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsAWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** A title that names a coded role. */
    record TitleHit(RoleId role, String title, boolean alternate, Loaded provider) {
        Provenance provenance() {
            Source s = provider.sources.isEmpty() ? null : provider.sources.get(0);
            return s == null ? null : Provenance.of(s).withProviderId(provider.id)
                    .withOrigin(Origin.table(alternate ? "alternate titles" : "occupation titles"));
        }
    }

    /**
     * Every role's other titles, folded for search, and which coded roles list the title of a role
     * without codes: built in one pass over the titles, the first time a search or a link needs it.
     */
    private static final class TitleIndex {
        /** A role's other titles, normalised, separated by line breaks. */
        private final Map<RoleId, String> otherTitles = new HashMap<>();
        /** For the title of each role without codes, the coded roles that list it. */
        private final Map<String, List<TitleHit>> coded = new HashMap<>();

        TitleIndex(Map<RoleId, Slot> slots) {
            for (Slot s : slots.values()) {
                if (s.codes.isEmpty()) {
                    coded.put(normalise(s.title), new ArrayList<>(2));
                }
            }
            for (Slot s : slots.values()) {
                StringBuilder titles = new StringBuilder();
                for (Contribution c : s.parts) {
                    if (c.entry.definesRole()) {
                        if (!s.codes.isEmpty()) {
                            hit(normalise(c.entry.title()), new TitleHit(s.id, c.entry.title(), false, c.provider));
                        }
                        for (String a : c.provider.alternateTitles(c.entry)) {
                            String n = normalise(a);
                            titles.append(n).append('\n');
                            if (!s.codes.isEmpty()) {
                                hit(n, new TitleHit(s.id, a, true, c.provider));
                            }
                        }
                    }
                }
                if (titles.length() > 0) {
                    otherTitles.put(s.id, titles.toString());
                }
            }
        }

        private void hit(String normalised, TitleHit hit) {
            List<TitleHit> list = coded.get(normalised);
            if (list != null && list.stream().noneMatch(h -> h.role.equals(hit.role))) {
                list.add(hit);
            }
        }

        /** The coded roles that list {@code title}, the title of a role without codes. */
        List<TitleHit> hits(String title) {
            return coded.getOrDefault(normalise(title), List.of());
        }

        /** Whether one of a role's other titles has a word starting with each of {@code words}. */
        boolean otherTitlesMatch(RoleId id, String[] words) {
            String titles = otherTitles.get(id);
            if (titles == null) {
                return false;
            }
            for (int start = 0; start < titles.length(); ) {
                int end = titles.indexOf('\n', start);
                if (containsAll(titles.substring(start, end), words)) {
                    return true;
                }
                start = end + 1;
            }
            return false;
        }
    }

    // ---- What was loaded ----

    /** A provider that loaded: its description, its data, and its place in provider order. */
    static final class Loaded {
        final int order;
        final String id;
        final String name;
        final String description;
        final int priority;
        final String origin;
        final List<Source> sources;
        final List<WorkFactor> factors;
        final RoleDataSet data;
        /** The data set's entries, read once while loading. */
        final List<RoleEntry> entries;
        final ImportReport report;
        /** Every profile, in entry order, when the data set holds them in memory; otherwise {@code null}. */
        final List<RoleProfile> profiles;
        final ProfileCheck check;
        /** The kinds of fact this provider publishes by occupation code; empty when it publishes none by code. */
        final Set<FactKind<?>> codeKinds;

        Loaded(int order, String id, String name, String description, int priority, String origin, List<Source> sources,
               List<WorkFactor> factors, Builder.Opened opened, ProfileCheck check) {
            this.order = order;
            this.id = id;
            this.name = name;
            this.description = description;
            this.priority = priority;
            this.origin = origin;
            this.sources = List.copyOf(sources);
            this.factors = List.copyOf(factors);
            this.data = opened.data();
            this.entries = opened.entries();
            this.report = opened.report();
            this.profiles = opened.profiles();
            this.check = check;
            Set<FactKind<?>> kinds = new LinkedHashSet<>();
            entries.stream().filter(e -> e.code() != null).forEach(e -> kinds.addAll(e.kinds()));
            kinds.remove(FactKinds.DATA_GAP);
            this.codeKinds = Set.copyOf(kinds);
        }

        /**
         * The provider's profile for an entry, every provenance stamped with the provider's id and,
         * for figures published for a code, the code: the one copy a fact makes on its way in.
         */
        RoleProfile profile(RoleEntry entry, String appliedFrom) {
            RoleProfile p;
            try {
                p = data.profile(entry);
            } catch (CareerfitException e) {
                throw e;
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                throw new CareerfitException("provider '" + id + "' (" + origin + ") could not read "
                        + entry.describe() + ": " + ProviderDiscovery.rootMessage(e), e);
            }
            if (p == null) {
                throw new CareerfitException("provider '" + id + "' (" + origin + ") has no profile for "
                        + entry.describe());
            }
            if (!data.inMemory()) {
                List<Problem> problems = new ArrayList<>();
                check.check(p, Builder.locator(data, entry), problems);
                if (!problems.isEmpty()) {
                    throw new InvalidDataException("provider '" + id + "' (" + origin + ")", problems);
                }
            }
            String stamp = id;
            return new RoleProfile(p.id(), p.title(), p.summary(), p.alternateTitles(), p.codes(), p.relatedRoles(),
                    p.facts().withProvenance(pv -> {
                        Provenance out = pv.withProviderId(stamp);
                        if (appliedFrom != null) {
                            Origin o = pv.origin() == null ? Origin.table(null) : pv.origin();
                            out = out.withOrigin(o.appliedFrom() != null ? o : o.withAppliedFrom(appliedFrom));
                        }
                        return out;
                    }));
        }

        /**
         * What this provider, which publishes figures by occupation code, has for a role none of whose
         * codes it publishes: nothing, said kind by kind where the figures would be.
         */
        RoleProfile noFiguresFor(Slot slot) {
            String codes = slot.codes.stream().filter(c -> !c.scheme().equals(OccupationCode.ONET_SOC))
                    .map(OccupationCode::toString).collect(Collectors.joining(" or "));
            RoleProfile.Builder b = RoleProfile.builder(slot.id);
            if (!sources.isEmpty()) {
                // Said once, where its first kind of figure would be.
                FactKind<?> first = FactKinds.all().stream().filter(codeKinds::contains)
                        .findFirst().orElseThrow();
                b.add(FactKinds.DATA_GAP, new DataGap(first.id(),
                        sources.get(0) + " publishes no figures for " + (codes.isEmpty() ? "this role's codes" : codes)),
                        Provenance.of(sources.get(0)).withProviderId(id));
            }
            return b.build();
        }

        List<String> alternateTitles(RoleEntry entry) {
            try {
                return data.alternateTitles(entry);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                throw new CareerfitException("provider '" + id + "' (" + origin + ") could not read the titles of "
                        + entry.describe() + ": " + ProviderDiscovery.rootMessage(e), e);
            }
        }
    }

    /** One provider's entry for a role or a code. */
    record Contribution(Loaded provider, RoleEntry entry) {}

    /** A role of the index: its title and codes, and which providers have facts for it. */
    static final class Slot {
        final RoleId id;
        String title;
        final List<Contribution> parts = new ArrayList<>(2);
        final LinkedHashSet<OccupationCode> codeSet = new LinkedHashSet<>();
        List<OccupationCode> codes = List.of();
        private RoleSummary summary;

        Slot(RoleId id) {
            this.id = id;
        }

        /** Whether two providers hold facts of one kind for the role, so their values may differ. */
        boolean mayDisagree() {
            Set<FactKind<?>> seen = new HashSet<>();
            Set<FactKind<?>> twice = new HashSet<>();
            for (Contribution c : parts) {
                for (FactKind<?> k : c.entry.kinds()) {
                    if (!seen.add(k)) {
                        twice.add(k);
                    }
                }
            }
            return twice.stream().anyMatch(FactKind::comparable);
        }

        RoleSummary summary() {
            return summary;
        }

        void summarise(Map<OccupationCode, List<Contribution>> byCode) {
            TreeMap<Integer, String> providers = new TreeMap<>();
            Set<FactKind<?>> kinds = new HashSet<>();
            parts.forEach(c -> {
                providers.put(c.provider.order, c.provider.id);
                kinds.addAll(c.entry.kinds());
            });
            Set<Loaded> covered = new HashSet<>();
            for (OccupationCode code : codes) {
                for (Contribution c : byCode.getOrDefault(code, List.of())) {
                    if (covered.add(c.provider)) {
                        providers.put(c.provider.order, c.provider.id);
                        kinds.addAll(c.entry.kinds());
                    }
                }
            }
            summary = new RoleSummary(id, title, codes, List.copyOf(providers.values()), kinds);
        }
    }

    /**
     * Configures and builds a {@link CareerCatalog}. By default: discovery on, through the thread's
     * context class loader; no filters; no settings; lenient; a provider may take 30 seconds a call;
     * {@link ConflictPolicies#authoritativeSourceFirst()}.
     */
    public static final class Builder {
        /** How long one call into a provider may take while the catalog loads, by default: 30 seconds. */
        public static final int DEFAULT_PROVIDER_TIMEOUT_SECONDS = 30;
        private boolean discover = true;
        private ClassLoader classLoader;
        private final List<CareerDataProvider> manual = new ArrayList<>();
        private final Set<String> included = new LinkedHashSet<>();
        private final Set<String> excluded = new LinkedHashSet<>();
        private final Map<String, Map<String, String>> settings = new TreeMap<>();
        private boolean strict;
        private ConflictPolicy policy = ConflictPolicies.authoritativeSourceFirst();
        private Duration timeout = Duration.ofSeconds(DEFAULT_PROVIDER_TIMEOUT_SECONDS);

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
         * Finds, filters, opens and indexes the providers.
         *
         * @throws ProviderLoadException in strict mode, when a provider fails
         * @throws CareerfitException in strict mode, when {@link #include} names a provider that is not there
         */
        public CareerCatalog build() {
            List<ProviderFailure> failures = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            List<ProviderDiscovery.Candidate> candidates = new ArrayList<>();
            for (CareerDataProvider p : manual) {
                candidates.add(new ProviderDiscovery.Candidate(p, ProviderDiscovery.origin(p.getClass())));
            }
            ClassLoader loader = classLoader != null ? classLoader
                    : Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                            .orElse(CareerCatalog.class.getClassLoader());
            List<Loaded> loaded;
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
            TreeMap<RoleId, Slot> slots = new TreeMap<>();
            Map<OccupationCode, List<Contribution>> byCode = new HashMap<>();
            index(loaded, slots, byCode, warnings);
            return new CareerCatalog(loaded, slots, byCode, factors, failures, warnings, policy);
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
        private List<Loaded> open(List<Identified> ordered, ClassLoader loader, ProviderCalls calls,
                                  List<ProviderFailure> failures) {
            List<Loaded> loaded = new ArrayList<>();
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
                loaded.add(new Loaded(loaded.size(), i.id, d.name(), d.description(), i.priority, origin,
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

        private static void index(List<Loaded> loaded, TreeMap<RoleId, Slot> slots,
                                  Map<OccupationCode, List<Contribution>> byCode, List<String> warnings) {
            Map<RoleId, List<String>> undefined = new TreeMap<>();
            for (Loaded l : loaded) {
                for (RoleEntry e : l.entries) {
                    Contribution c = new Contribution(l, e);
                    if (e.role() != null) {
                        Slot s = slots.computeIfAbsent(e.role(), Slot::new);
                        s.parts.add(c);
                        if (s.title == null && e.definesRole()) {
                            s.title = e.title();
                        }
                        s.codeSet.addAll(e.codes());
                    } else {
                        byCode.computeIfAbsent(e.code(), k -> new ArrayList<>(2)).add(c);
                    }
                }
            }
            slots.values().removeIf(s -> {
                if (s.title == null) {
                    undefined.put(s.id, s.parts.stream().map(c -> c.provider.id).distinct().toList());
                    return true;
                }
                return false;
            });
            undefined.forEach((id, ps) -> warnings.add("role '" + id + "' has facts from " + ps
                    + " but no loaded provider defines it (gives its title); it is left out"));
            Set<OccupationCode> used = new HashSet<>();
            for (Slot s : slots.values()) {
                s.codes = List.copyOf(s.codeSet);
                used.addAll(s.codes);
                s.summarise(byCode);
            }
            Map<String, List<String>> unusedByProvider = new TreeMap<>();
            byCode.forEach((code, cs) -> {
                if (!used.contains(code)) {
                    cs.forEach(c -> unusedByProvider.computeIfAbsent(c.provider.id, k -> new ArrayList<>())
                            .add(code.code()));
                }
            });
            unusedByProvider.forEach((provider, codes) -> {
                Collections.sort(codes);
                warnings.add("provider '" + provider + "' has figures for " + codes.size() + " occupation code"
                        + (codes.size() == 1 ? "" : "s") + " that no role carries, so they are not shown: "
                        + String.join(", ", codes.subList(0, Math.min(12, codes.size())))
                        + (codes.size() > 12 ? ", ..." : ""));
            });
            for (Loaded l : loaded) {
                if (l.profiles != null) {
                    for (int k = 0; k < l.entries.size(); k++) {
                        RoleEntry e = l.entries.get(k);
                        if (e.role() != null) {
                            l.profiles.get(k).relatedRoles().stream().filter(r -> !slots.containsKey(r.role()))
                                    .forEach(r -> warnings.add("role '" + e.role() + "' names related role '"
                                            + r.role() + "', which no loaded provider defines"));
                        }
                    }
                }
            }
        }

        /** Every problem an {@link InvalidDataException} carries, or the root cause as one problem. */
        private static List<Problem> problemsOf(Throwable t, String where) {
            return t instanceof InvalidDataException ide ? ide.problems()
                    : List.of(new Problem(where, ProviderDiscovery.rootMessage(t)));
        }
    }
}
