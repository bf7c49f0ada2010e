package dev.careerfit.catalog;

import dev.careerfit.CareerfitException;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.CatalogIndex.Slot;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.ProviderId;
import dev.careerfit.provenance.Source;
import dev.careerfit.role.DataGap;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.ImportReport;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A provider that loaded: its description, its data, and its place in provider order. */
final class LoadedProvider {
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

    LoadedProvider(int order, String id, String name, String description, int priority, String origin, List<Source> sources,
           List<WorkFactor> factors, CatalogLoader.Opened opened, ProfileCheck check) {
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
     * for figures published for a code ({@code applied}), the code, its title where it is not the role's
     * ({@code roleTitle}) and the codes it combines: the one copy a fact makes on its way in.
     */
    RoleProfile profile(RoleEntry entry, AppliedCodes.Applied applied, String roleTitle) {
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
            check.check(p, CatalogLoader.locator(data, entry), problems);
            if (!problems.isEmpty()) {
                throw new InvalidDataException("provider '" + id + "' (" + origin + ")", problems);
            }
        }
        ProviderId stamp = ProviderId.of(id);
        return new RoleProfile(p.id(), p.title(), p.summary(), p.alternateTitles(), p.codes(), p.relatedRoles(),
                p.facts().withProvenance(pv -> {
                    Provenance out = pv.withProviderId(stamp);
                    if (applied != null) {
                        Origin o = pv.origin() == null ? Origin.table(null) : pv.origin();
                        // The publisher's title of the code says whose figures these are, where it is
                        // not the role's own (15-1299.08 shows those of 15-1299, Computer Occupations, All Other).
                        String title = entry.title() == null || entry.title().equalsIgnoreCase(roleTitle)
                                ? null : entry.title();
                        out = out.withOrigin(o.appliedFrom() != null ? o : o.withAppliedFrom(
                                applied.code().toString(), title,
                                applied.combines().stream().map(OccupationCode::toString).toList()));
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
            b.add(FactKinds.DATA_GAP, new DataGap(first,
                    sources.get(0) + " publishes no figures for " + (codes.isEmpty() ? "this role's codes" : codes)),
                    Provenance.of(sources.get(0)).withProviderId(ProviderId.of(id)));
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
