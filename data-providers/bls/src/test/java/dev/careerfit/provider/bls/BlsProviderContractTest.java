package dev.careerfit.provider.bls;

import dev.careerfit.provider.guides.CareerGuidesProvider;
import dev.careerfit.provider.tck.CareerDataProviderContractTest;
import dev.careerfit.spi.CareerDataProvider;
import java.util.List;

/** BlsProvider meets the contract every careerfit provider must meet. */
class BlsProviderContractTest extends CareerDataProviderContractTest {
    @Override
    protected CareerDataProvider provider() {
        return new BlsProvider();
    }

    @Override
    protected List<CareerDataProvider> otherProviders() {
        return List.of(new CareerGuidesProvider());
    }
}
