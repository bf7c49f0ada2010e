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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Merging a role on demand, with its links: the role's facts from every provider that holds some (its
 * own entries, and the figures published for the most specific of its codes, or for the code that combines
 * it: {@link AppliedCodes}), its links to the occupations whose publisher lists its title or whose code it
 * carries (and back), and where its figures differ from those of the occupations it is linked to. A merged role is kept while memory allows (a soft reference). Thread-safe.
 */
final class CatalogLinks {
    private final List<LoadedProvider> loaded;
    private final Map<RoleId, Slot> slots;
    /** Roles that are not the occupation of a code of their own: the ones linked to occupations. */
    private final List<Slot> linkable;
    /** Each occupation by its own code (O*NET's 15-2051.00 by O*NET-SOC 15-2051.00), for links by code. */
    private final Map<OccupationCode, Slot> occupations;
    private final TitleSearch titles;
    private final RoleMerger merger;
    private final Map<RoleId, SoftReference<CareerRole>> merged = new ConcurrentHashMap<>();

    CatalogLinks(List<LoadedProvider> loaded, CatalogIndex index, TitleSearch titles, ConflictPolicy policy) {
        this.loaded = loaded;
        this.slots = index.slots();
        this.linkable = slots.values().stream().filter(s -> !s.isOccupation()).toList();
        Map<OccupationCode, Slot> byOwnCode = new HashMap<>();
        slots.values().forEach(s -> s.ownCode().ifPresent(c -> byOwnCode.putIfAbsent(c, s)));
        this.occupations = Map.copyOf(byOwnCode);
        this.titles = titles;
        this.merger = new RoleMerger(policy);
    }

    /**
     * Every disagreement: among one role's sources (its own and those whose figures apply to it by code), and
     * between a role and its linked occupations. Only what can disagree is read to find them.
     */
    List<Conflict> conflicts() {
        List<Conflict> all = new ArrayList<>();
        for (Slot s : slots.values()) {
            if (!s.isOccupation()) {
                // Roles that are not occupations may also differ from the occupations they link to.
                all.addAll(merged(s).conflicts());
                continue;
            }
            // Figures published by code count as a provider's too (a role's own salary and the BLS's for its code
            // can disagree); only the contributions holding a kind two of them hold are read to find out.
            Set<FactKind<?>> twice = s.comparableKindsHeldTwice();
            if (!twice.isEmpty()) {
                List<RoleMerger.Part> parts = parts(s, c -> c.entry.kinds().stream().anyMatch(twice::contains))
                        .stream().map(Map.Entry::getValue).toList();
                all.addAll(merger.disputes(s.id, parts, twice));
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
        List<Map.Entry<Integer, RoleMerger.Part>> parts = parts(slot, c -> true);
        Set<String> covered = new HashSet<>();
        slot.applied.forEach(a -> covered.add(a.contribution().provider.id));
        if (!slot.codes.isEmpty()) {
            for (LoadedProvider l : loaded) {
                if (!l.codeKinds.isEmpty() && !covered.contains(l.id)) {
                    parts.add(Map.entry(l.order, new RoleMerger.Part(l.id, l.noFiguresFor(slot))));
                }
            }
        }
        parts.sort(Map.Entry.comparingByKey());
        List<RoleLink> links = links(slot, parts.stream().map(Map.Entry::getValue).toList());
        List<Conflict> linkedConflicts = !slot.isOccupation() && !links.isEmpty()
                ? linkedConflicts(slot.id, parts, links) : List.of();
        return merger.merge(slot.id, parts.stream().map(Map.Entry::getValue).toList(), links, linkedConflicts);
    }

    /**
     * The profiles of the contributions {@code wanted} to a role (its own and those applied by code), in
     * provider order, each stamped as it enters the catalog.
     */
    private List<Map.Entry<Integer, RoleMerger.Part>> parts(Slot slot, Predicate<Contribution> wanted) {
        List<Map.Entry<Integer, RoleMerger.Part>> parts = new ArrayList<>();
        for (Contribution c : slot.parts) {
            if (wanted.test(c)) {
                parts.add(Map.entry(c.provider.order, new RoleMerger.Part(c.provider.id,
                        c.provider.profile(c.entry, null, null))));
            }
        }
        for (AppliedCodes.Applied a : slot.applied) {
            Contribution c = a.contribution();
            if (wanted.test(c)) {
                parts.add(Map.entry(c.provider.order, new RoleMerger.Part(c.provider.id,
                        c.provider.profile(c.entry, a, slot.title))));
            }
        }
        parts.sort(Map.Entry.comparingByKey());
        return parts;
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
     * A role that is not an occupation is linked to the occupations that list its title (through the title
     * index) and to those whose own code it carries; an occupation to the roles whose title it lists (from its
     * own titles) and to those that carry its code.
     */
    private List<RoleLink> links(Slot slot, List<RoleMerger.Part> parts) {
        List<RoleLink> links = new ArrayList<>();
        if (!slot.isOccupation()) {
            Set<RoleId> linked = new HashSet<>();
            for (OccupationCode code : slot.codes) {
                Slot target = occupations.get(code);
                RoleLink link = target == null ? null : CodeLinks.toOccupation(slot, target, code, givenBy(slot, code));
                if (link != null && linked.add(target.id)) {
                    links.add(link);
                }
            }
            for (TitleHit hit : titleIndex().hits(slot.title)) {
                if (!hit.role.equals(slot.id) && linked.add(hit.role)) {
                    Slot target = slots.get(hit.role);
                    links.add(new RoleLink(hit.role, target.title, evidence(hit, slot.title, target), hit.provenance()));
                }
            }
            return links;
        }
        Optional<OccupationCode> own = slot.ownCode();
        for (Slot u : linkable) {
            RoleLink byCode = own.isPresent() && u.codes.contains(own.get())
                    ? CodeLinks.toRole(u, slot, own.get(), givenBy(u, own.get())) : null;
            if (byCode != null) {
                links.add(byCode);
                continue;
            }
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

    /** The first provider that gives the role this code among the role's (or implies it from one), for evidence. */
    private static LoadedProvider givenBy(Slot slot, OccupationCode code) {
        for (Contribution c : slot.parts) {
            if (c.entry.codes().contains(code) || c.entry.codes().stream().anyMatch(k -> k.implied().contains(code))) {
                return c.provider;
            }
        }
        return slot.parts.get(0).provider;
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
