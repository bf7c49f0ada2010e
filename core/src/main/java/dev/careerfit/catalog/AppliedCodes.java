package dev.careerfit.catalog;

import dev.careerfit.role.OccupationCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which figures, published by occupation code, apply to a role: from each provider, those of the most
 * specific of the role's codes it publishes, and where it publishes none of them, those of the one code it
 * publishes in place of the role's (a code the publisher <em>combines</em> from several).
 *
 * <p>The BLS publishes SOC 2018 codes, some of which combine occupations that O*NET keeps apart: O*NET's
 * 21-1011 and 21-1014 are in SOC 21-1018. The release says so by its structure alone, which is what is read
 * here: in a broad group (21-1010) the publisher lists its detailed codes (21-1012, 21-1013, 21-1015,
 * 21-1018, 21-1019); the roles' codes in that group that it does not publish (21-1011, 21-1014) are inside
 * the published codes that no role carries, and when exactly one published code is carried by no role
 * (21-1018), they are inside it. With two or more such codes the release does not say which holds which,
 * and nothing is applied: careerfit keeps no crosswalk of its own.
 */
final class AppliedCodes {
    /**
     * Figures of one provider applied to a role from one code.
     *
     * @param contribution the provider's entry for the code
     * @param combines     the role codes the published code stands in for, when it combines them; else empty
     */
    record Applied(CatalogIndex.Contribution contribution, List<OccupationCode> combines) {
        Applied {
            combines = List.copyOf(combines);
        }

        OccupationCode code() {
            return contribution.entry.code();
        }
    }

    private final Map<OccupationCode, List<CatalogIndex.Contribution>> byCode;
    /** Per provider, each role code it does not publish and the published code that combines it. */
    private final Map<LoadedProvider, Map<OccupationCode, Applied>> combined;

    private AppliedCodes(Map<OccupationCode, List<CatalogIndex.Contribution>> byCode,
                         Map<LoadedProvider, Map<OccupationCode, Applied>> combined) {
        this.byCode = byCode;
        this.combined = combined;
    }

    /** Reads which codes each provider publishes and which codes the roles carry. */
    static AppliedCodes of(Map<OccupationCode, List<CatalogIndex.Contribution>> byCode,
                           Collection<? extends Set<OccupationCode>> roleCodes) {
        Set<OccupationCode> carried = new HashSet<>();
        roleCodes.forEach(carried::addAll);
        // Per provider and broad group, the detailed codes it publishes there.
        Map<LoadedProvider, Map<OccupationCode, List<CatalogIndex.Contribution>>> published = new LinkedHashMap<>();
        Map<LoadedProvider, Set<OccupationCode>> publishedCodes = new HashMap<>();
        byCode.forEach((code, contributions) -> {
            for (CatalogIndex.Contribution c : contributions) {
                publishedCodes.computeIfAbsent(c.provider, k -> new HashSet<>()).add(code);
                code.broadGroup().ifPresent(broad -> published.computeIfAbsent(c.provider, k -> new HashMap<>())
                        .computeIfAbsent(broad, k -> new ArrayList<>()).add(c));
            }
        });
        // The roles' detailed codes, by broad group.
        Map<OccupationCode, Set<OccupationCode>> carriedByGroup = new HashMap<>();
        for (OccupationCode code : carried) {
            code.broadGroup().ifPresent(broad -> carriedByGroup.computeIfAbsent(broad, k -> new TreeSet<>(
                    java.util.Comparator.comparing(OccupationCode::code))).add(code));
        }
        Map<LoadedProvider, Map<OccupationCode, Applied>> combined = new HashMap<>();
        published.forEach((provider, groups) -> groups.forEach((broad, inGroup) -> {
            Set<OccupationCode> own = publishedCodes.get(provider);
            if (own.contains(broad)) {
                return; // the publisher gives the broad group itself; the most specific code applies
            }
            List<OccupationCode> unpublished = carriedByGroup.getOrDefault(broad, Set.of()).stream()
                    .filter(c -> !own.contains(c)).toList();
            List<CatalogIndex.Contribution> notCarried = inGroup.stream()
                    .filter(c -> !carried.contains(c.entry.code())).toList();
            if (unpublished.isEmpty() || notCarried.size() != 1) {
                return;
            }
            Applied applied = new Applied(notCarried.get(0), unpublished);
            Map<OccupationCode, Applied> forProvider = combined.computeIfAbsent(provider, k -> new HashMap<>());
            unpublished.forEach(code -> forProvider.put(code, applied));
        }));
        return new AppliedCodes(byCode, combined);
    }

    /**
     * The figures that apply to a role with these codes (most specific first): from each provider, the
     * first code it publishes, or the published code that combines the role's.
     */
    List<Applied> forRole(List<OccupationCode> codes) {
        List<Applied> applied = new ArrayList<>(2);
        Set<LoadedProvider> covered = new HashSet<>();
        for (OccupationCode code : codes) {
            for (CatalogIndex.Contribution c : byCode.getOrDefault(code, List.of())) {
                if (covered.add(c.provider)) {
                    applied.add(new Applied(c, List.of()));
                }
            }
            combined.forEach((provider, map) -> {
                Applied a = map.get(code);
                if (a != null && covered.add(provider)) {
                    applied.add(a);
                }
            });
        }
        return applied;
    }

    /** Every published code some role's figures come from by combination, for the catalog's warnings. */
    Set<OccupationCode> combiningCodes() {
        Set<OccupationCode> codes = new HashSet<>();
        combined.values().forEach(m -> m.values().forEach(a -> codes.add(a.code())));
        return codes;
    }
}
