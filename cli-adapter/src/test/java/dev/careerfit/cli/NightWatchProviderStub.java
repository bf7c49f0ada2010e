package dev.careerfit.cli;

import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.Framing;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import java.util.List;

/** A user's provider that brings its own work factor, whose questions its jar ships. */
public class NightWatchProviderStub extends OneSourceProviderStub {
    static final Source GUILD = new Source(SourceId.of("night-guild"), "Night Watch Guild", "Members' handbook",
            SourceKind.EDITORIAL, null, null);

    public NightWatchProviderStub() {
        super("night-watch", GUILD, 0);
    }

    @Override
    public List<WorkFactor> factors() {
        return List.of(WorkFactor.of("night-shifts", "Night shifts", "Working while most people sleep."));
    }

    @Override
    public List<RoleProfile> roles() {
        return List.of(RoleProfile.builder("night-watch").title("Night Watch")
                .add(FactKinds.FACTOR, Sourced.of(FactorExposure.of("night-shifts", 5, Framing.CON, "Every shift is at night."),
                        Provenance.of(GUILD)))
                .build());
    }
}
