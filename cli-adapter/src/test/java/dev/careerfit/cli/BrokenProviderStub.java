package dev.careerfit.cli;

import dev.careerfit.provenance.Source;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import java.util.List;

/** A provider whose data cannot be read, to show how failures are reported. */
public class BrokenProviderStub implements CareerDataProvider {
    @Override
    public String id() {
        return "broken";
    }

    @Override
    public List<Source> sources() {
        throw new IllegalStateException("widgets.json is missing from the jar");
    }

    @Override
    public List<RoleProfile> roles() {
        return List.of();
    }
}
