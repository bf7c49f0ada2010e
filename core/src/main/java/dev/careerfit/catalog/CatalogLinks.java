package dev.careerfit.catalog;

import static dev.careerfit.catalog.TitleSearch.normalise;

import dev.careerfit.catalog.CatalogIndex.Contribution;
import dev.careerfit.catalog.CatalogIndex.Slot;
import dev.careerfit.catalog.TitleSearch.TitleHit;
import dev.careerfit.catalog.TitleSearch.TitleIndex;
import dev.careerfit.fact.FactKind;
import dev.careerfit.provenance.Source;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Merging a role on demand, with its links: the role's facts from every provider that holds some (its
 * own entries, and the figures published for the most specific of its codes), its links to the
 * occupations whose publisher lists its title (and back), and where its figures differ from those of the
 * occupations it is linked to. A merged role is kept while memory allows (a soft reference). Thread-safe.
 */
final class CatalogLinks {
    private final List<LoadedProvider> loaded;
    private final Map<RoleId, Slot> slots;
    private final Map<OccupationCode, List<Contribution>> byCode;
    /** Roles no classification codes: the ones linked to occupations by title. */
    private final List<Slot> uncoded;
    private final TitleSearch titles;
    private final RoleMerger merger;
    private final Map<RoleId, SoftReference<CareerRole>> merged = new ConcurrentHashMap<>();

    CatalogLinks(List<LoadedProvider> loaded, CatalogIndex index, TitleSearch titles, ConflictPolicy policy) {
        this.loaded = loaded;
        this.slots = index.slots();
        this.byCode = index.byCode();
        this.uncoded = slots.values().stream().filter(s -> s.codes.isEmpty()).toList();
        this.titles = titles;
        this.merger = new RoleMerger(policy);
    }

    /**
     * Every disagreement: among one role's sources, and between a role and its linked occupations.
     * Only roles where a disagreement is possible (two providers with facts of one kind, or links) are
     * merged to find them.
     */
    List<Conflict> conflicts() {
        List<Conflict> all = new ArrayList<>();
        TitleIndex index = titleIndex();
        for (Slot s : slots.values()) {
            if (s.mayDisagree() || (s.codes.isEmpty() && !index.hits(s.title).isEmpty())) {
                all.addAll(merged(s).conflicts());
            }
        }
        return all;
    }

    private TitleIndex titleIndex() {
        return titles.titleIndex();
    }

    CareerRole merged(Slot slot) {
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
        Set<LoadedProvider> covered = new HashSet<>();
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
            for (LoadedProvider l : loaded) {
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
                    LoadedProvider provider = loaded.stream().filter(l -> l.id.equals(part.providerId())).findFirst().orElseThrow();
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
}
