package dev.careerfit.catalog;

import dev.careerfit.factor.WorkFactor;
import dev.careerfit.provenance.Source;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import java.util.List;

/** A provider built by hand in a test. */
class ProviderStub implements CareerDataProvider {
    private final String id;
    private final int priority;
    private final List<Source> sources;
    private final List<RoleProfile> roles;
    private final List<WorkFactor> factors;

    ProviderStub(String id, int priority, List<Source> sources, List<RoleProfile> roles) {
        this(id, priority, sources, roles, List.of());
    }

    ProviderStub(String id, int priority, List<Source> sources, List<RoleProfile> roles, List<WorkFactor> factors) {
        this.id = id;
        this.priority = priority;
        this.sources = sources;
        this.roles = roles;
        this.factors = factors;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Source> sources() {
        return sources;
    }

    @Override
    public List<RoleProfile> roles() {
        return roles;
    }

    @Override
    public int priority() {
        return priority;
    }

    @Override
    public List<WorkFactor> factors() {
        return factors;
    }
}
