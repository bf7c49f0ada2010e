package dev.careerfit.provider.tck;

import dev.careerfit.fact.FactKinds;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.role.Task;
import dev.careerfit.role.TaskKind;
import java.util.List;

/** Breaks the contract: a fact cites a source the provider does not declare. Not registered. */
public class UndeclaredSourceProviderStub extends WellBehavedProviderStub {
    private static final Source HIDDEN = new Source(SourceId.of("hidden"), "Hidden", "Undeclared",
            SourceKind.EDITORIAL, null, null);

    @Override
    public String id() {
        return "undeclared-source";
    }

    @Override
    public List<RoleProfile> roles() {
        return List.of(super.roles().get(0).toBuilder()
                .add(FactKinds.TASK, Sourced.of(new Task("Tests things", TaskKind.DAILY), Provenance.of(HIDDEN))).build());
    }
}
