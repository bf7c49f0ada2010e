package dev.careerfit.cli;

import dev.careerfit.provenance.Source;
import dev.careerfit.spi.CareerDataProvider;
import java.util.List;

/** A user's provider with one source, as the stubs in provider jars are. */
abstract class OneSourceProviderStub implements CareerDataProvider {
    private final String id;
    private final Source source;
    private final int priority;

    OneSourceProviderStub(String id, Source source, int priority) {
        this.id = id;
        this.source = source;
        this.priority = priority;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Source> sources() {
        return List.of(source);
    }

    @Override
    public int priority() {
        return priority;
    }
}
