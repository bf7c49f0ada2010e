package dev.careerfit.provider.guides;

import dev.careerfit.provider.tck.CareerDataProviderContractTest;
import dev.careerfit.spi.CareerDataProvider;

/** CareerGuidesProvider meets the contract every careerfit provider must meet. */
class CareerGuidesProviderContractTest extends CareerDataProviderContractTest {
    @Override
    protected CareerDataProvider provider() {
        return new CareerGuidesProvider();
    }
}
