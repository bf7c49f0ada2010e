package com.example.mlops;

import dev.careerfit.provider.document.DocumentProvider;
import dev.careerfit.provider.guides.CareerGuidesProvider;
import dev.careerfit.provider.tck.CareerDataProviderContractTest;
import dev.careerfit.spi.CareerDataProvider;
import java.util.List;

/** The example provider meets careerfit's provider contract. */
class MlopsProviderContractTest extends CareerDataProviderContractTest {
    @Override
    protected CareerDataProvider provider() {
        return new DocumentProvider(MlopsProviderContractTest.class, "/com/example/mlops/mlops-provider.json");
    }

    @Override
    protected List<CareerDataProvider> otherProviders() {
        return List.of(new CareerGuidesProvider());
    }
}
