package dev.careerfit.provider.glassdoor;

import dev.careerfit.provider.guides.CareerGuidesProvider;
import dev.careerfit.provider.tck.CareerDataProviderContractTest;
import dev.careerfit.spi.CareerDataProvider;
import java.util.List;

/** GlassdoorProvider meets the contract every careerfit provider must meet. */
class GlassdoorProviderContractTest extends CareerDataProviderContractTest {
    @Override
    protected CareerDataProvider provider() {
        return new GlassdoorProvider();
    }

    @Override
    protected List<CareerDataProvider> otherProviders() {
        return List.of(new CareerGuidesProvider());
    }
}
