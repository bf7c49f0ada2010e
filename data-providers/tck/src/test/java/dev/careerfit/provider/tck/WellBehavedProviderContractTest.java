package dev.careerfit.provider.tck;

import dev.careerfit.spi.CareerDataProvider;

/** The kit passes a provider that meets the contract. */
class WellBehavedProviderContractTest extends CareerDataProviderContractTest {
    @Override
    protected CareerDataProvider provider() {
        return new WellBehavedProviderStub();
    }
}
