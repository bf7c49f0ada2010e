package dev.careerfit.provider.document;

import dev.careerfit.factor.WorkFactor;
import dev.careerfit.provenance.Source;
import dev.careerfit.role.RoleProfile;
import java.util.List;

/** A provider document read in full and checked. */
record ProviderDocument(ProviderHeader provider, List<Source> sources, List<WorkFactor> factors,
                        List<RoleProfile> roles) {
    ProviderDocument {
        sources = List.copyOf(sources);
        factors = List.copyOf(factors);
        roles = List.copyOf(roles);
    }
}
