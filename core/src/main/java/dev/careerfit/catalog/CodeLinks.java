package dev.careerfit.catalog;

import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.ProviderId;
import dev.careerfit.role.OccupationCode;

/**
 * Links made by code: a role that is not itself an occupation (a provider's {@code analytics-engineer})
 * carries the code of an occupation (O*NET-SOC {@code 15-2051.00}, O*NET's Data Scientists), given by its
 * provider or implied by a code it gives. The evidence is the provider's own word, so the link's provenance
 * is the provider's first source.
 */
final class CodeLinks {
    private CodeLinks() {}

    /**
     * The link from {@code role} to the occupation whose code it carries; {@code null} when the provider that
     * gives the code declares no source to credit the evidence to.
     */
    static RoleLink toOccupation(CatalogIndex.Slot role, CatalogIndex.Slot occupation, OccupationCode code,
                                 LoadedProvider givenBy) {
        return givenBy.sources.isEmpty() ? null : new RoleLink(occupation.id, occupation.title, evidence(role, occupation, code, givenBy),
                provenance(givenBy));
    }

    /** The same link seen from the occupation; {@code null} as for {@link #toOccupation}. */
    static RoleLink toRole(CatalogIndex.Slot role, CatalogIndex.Slot occupation, OccupationCode code,
                           LoadedProvider givenBy) {
        return givenBy.sources.isEmpty() ? null : new RoleLink(role.id, role.title, evidence(role, occupation, code, givenBy), provenance(givenBy));
    }

    private static String evidence(CatalogIndex.Slot role, CatalogIndex.Slot occupation, OccupationCode code,
                                   LoadedProvider givenBy) {
        return givenBy.name + " codes " + role.id + " '" + role.title + "' " + code + ", the code of occupation "
                + occupation.id + " " + occupation.title;
    }

    private static Provenance provenance(LoadedProvider givenBy) {
        return Provenance.of(givenBy.sources.get(0)).withProviderId(ProviderId.of(givenBy.id))
                .withOrigin(Origin.table("role codes"));
    }
}
