package dev.careerfit.catalog;

import dev.careerfit.fact.FactKind;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RoleId;
import dev.careerfit.spi.RoleEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The index of every role, built once when the catalog loads: each role's id, title, codes and which
 * providers hold which kinds of fact for it, and the figures providers publish by occupation code. The
 * catalog's queries that need no fact ({@code roles()}, {@code rolesWith(kind)}, {@code summary(id)})
 * answer from its summaries (or from the same summaries in the {@link ShippedRoleIndex}).
 */
final class CatalogIndex {
    private final TreeMap<RoleId, Slot> slots;
    private final Map<OccupationCode, List<Contribution>> byCode;
    private final List<RoleSummary> summaries;

    private CatalogIndex(TreeMap<RoleId, Slot> slots, Map<OccupationCode, List<Contribution>> byCode) {
        this.slots = slots;
        this.byCode = byCode;
        List<RoleSummary> list = new ArrayList<>(slots.size());
        slots.values().forEach(s -> list.add(s.summary()));
        this.summaries = List.copyOf(list);
    }

    /**
     * Indexes the entries of the loaded providers, in provider order; what cannot be shown (a role no
     * provider defines, figures for codes no role carries, a related role nobody defines) is said in
     * {@code warnings}.
     */
    static CatalogIndex of(List<LoadedProvider> loaded, List<String> warnings) {
        TreeMap<RoleId, Slot> slots = new TreeMap<>();
        Map<OccupationCode, List<Contribution>> byCode = new HashMap<>();
        index(loaded, slots, byCode, warnings);
        return new CatalogIndex(slots, byCode);
    }

    /** Every role, ordered by id: its index line, without reading its facts. */
    List<RoleSummary> roles() {
        return summaries;
    }

    /** The role of the index with this id, or {@code null}. */
    Slot slot(RoleId id) {
        return slots.get(id);
    }

    Map<RoleId, Slot> slots() {
        return Collections.unmodifiableMap(slots);
    }

    Map<OccupationCode, List<Contribution>> byCode() {
        return byCode;
    }

    private static void index(List<LoadedProvider> loaded, TreeMap<RoleId, Slot> slots,
                              Map<OccupationCode, List<Contribution>> byCode, List<String> warnings) {
        Map<RoleId, List<String>> undefined = new TreeMap<>();
        for (LoadedProvider l : loaded) {
            for (RoleEntry e : l.entries) {
                Contribution c = new Contribution(l, e);
                if (e.role() != null) {
                    Slot s = slots.computeIfAbsent(e.role(), Slot::new);
                    s.parts.add(c);
                    if (s.title == null && e.definesRole()) {
                        s.title = e.title();
                    }
                    e.codes().forEach(code -> {
                        s.codeSet.add(code);
                        s.codeSet.addAll(code.implied());
                    });
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
        for (Slot s : slots.values()) {
            // Most specific first, so that a provider's figures come from the most specific code it publishes.
            s.codes = s.codeSet.stream().sorted(Comparator.comparingInt(OccupationCode::specificity)).toList();
        }
        AppliedCodes appliedCodes = AppliedCodes.of(byCode, slots.values().stream().map(s -> s.codeSet).toList());
        Set<OccupationCode> used = new HashSet<>(appliedCodes.combiningCodes());
        for (Slot s : slots.values()) {
            used.addAll(s.codes);
            s.applied = appliedCodes.forRole(s.codes);
            s.summarise();
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
        for (LoadedProvider l : loaded) {
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

    /** One provider's entry for a role or a code. */
    static final class Contribution {
        final LoadedProvider provider;
        final RoleEntry entry;

        Contribution(LoadedProvider provider, RoleEntry entry) {
            this.provider = provider;
            this.entry = entry;
        }
    }

    /** A role of the index: its title and codes, and which providers have facts for it. */
    static final class Slot {
        final RoleId id;
        String title;
        final List<Contribution> parts = new ArrayList<>(2);
        final LinkedHashSet<OccupationCode> codeSet = new LinkedHashSet<>();
        List<OccupationCode> codes = List.of();
        /** The figures published by code that apply to the role, one provider each. */
        List<AppliedCodes.Applied> applied = List.of();
        private RoleSummary summary;

        Slot(RoleId id) {
            this.id = id;
        }

        /** The code that is this role's own id (O*NET's 15-2051.00 is O*NET-SOC 15-2051.00), if any. */
        Optional<OccupationCode> ownCode() {
            return codes.stream().filter(c -> c.code().equals(id.value())).findFirst();
        }

        /**
         * Whether the role is the occupation of one of its codes (its id is the code); other roles, coded or
         * not, are linked to occupations by title and by code.
         */
        boolean isOccupation() {
            return ownCode().isPresent();
        }

        /**
         * The kinds of fact that can disagree and that two of the role's contributions hold (its own, or applied
         * by code), so that their values may differ.
         */
        Set<FactKind<?>> comparableKindsHeldTwice() {
            Set<FactKind<?>> seen = new HashSet<>();
            Set<FactKind<?>> twice = new HashSet<>();
            List<Contribution> all = new ArrayList<>(parts);
            applied.forEach(a -> all.add(a.contribution()));
            for (Contribution c : all) {
                for (FactKind<?> k : c.entry.kinds()) {
                    if (!seen.add(k) && k.comparable()) {
                        twice.add(k);
                    }
                }
            }
            return twice;
        }

        RoleSummary summary() {
            return summary;
        }

        void summarise() {
            TreeMap<Integer, String> providers = new TreeMap<>();
            Set<FactKind<?>> kinds = new HashSet<>();
            parts.forEach(c -> {
                providers.put(c.provider.order, c.provider.id);
                kinds.addAll(c.entry.kinds());
            });
            for (AppliedCodes.Applied a : applied) {
                providers.put(a.contribution().provider.order, a.contribution().provider.id);
                kinds.addAll(a.contribution().entry.kinds());
            }
            summary = new RoleSummary(id, title, codes, List.copyOf(providers.values()), kinds);
        }
    }
}
