package dev.careerfit.catalog;

import java.util.List;

/** Registered in META-INF/services: its constructor fails, as a provider with a missing config file might. */
public class ThrowingConstructorProviderStub extends ProviderStub {
    public ThrowingConstructorProviderStub() {
        super("never", 0, List.of(), List.of());
        throw new IllegalStateException("cannot read widgets.properties");
    }
}
