package dev.careerfit.catalog;

import dev.careerfit.Api;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.role.RoleId;
import java.util.Objects;

/**
 * A link between a role that no classification codes (the guides' {@code ml-engineer}) and an
 * occupation that one does (O*NET's {@code 15-1221.00}), with the evidence for it: the occupation's
 * publisher lists the role's title among the occupation's titles. Linked occupations' national
 * figures are shown beside the role's, and where they differ the catalog says so.
 *
 * @param role       the other end of the link
 * @param title      its title
 * @param evidence   why the two are linked, in plain words: "O*NET 30.1 lists 'Machine Learning Engineer' as
 *                   an alternate title of 15-1221.00 Computer and Information Research Scientists"
 * @param provenance where the evidence comes from
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public record RoleLink(RoleId role, String title, String evidence, Provenance provenance) {
    public RoleLink {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(provenance, "provenance");
    }
}
