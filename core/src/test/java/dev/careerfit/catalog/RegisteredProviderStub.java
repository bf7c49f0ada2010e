package dev.careerfit.catalog;

import java.util.List;

/** Registered in src/test/resources/META-INF/services: a healthy provider found by discovery. */
public class RegisteredProviderStub extends ProviderStub {
    public RegisteredProviderStub() {
        super("registered-stub", 5, List.of(TestData.GUIDE),
                List.of(TestData.definingProfile("widget-maker", TestData.GUIDE, 50_000)));
    }
}
