package dev.careerfit.cli;

import dev.careerfit.provenance.Source;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import java.util.List;

/** A provider whose roles() calls itself, as one that delegates to itself by mistake does. */
public class RecursingProviderStub implements CareerDataProvider {
    @Override
    public String id() {
        return "recursing";
    }

    @Override
    public List<Source> sources() {
        return List.of();
    }

    @Override
    public List<RoleProfile> roles() {
        return roles();
    }
}
