package dev.careerfit.provider.mlsurvey;

import dev.careerfit.provider.guides.CareerGuidesProvider;
import dev.careerfit.provider.tck.CareerDataProviderContractTest;
import dev.careerfit.spi.CareerDataProvider;
import java.util.List;

/** MlSurveyProvider meets the contract every careerfit provider must meet. */
class MlSurveyProviderContractTest extends CareerDataProviderContractTest {
    @Override
    protected CareerDataProvider provider() {
        return new MlSurveyProvider();
    }

    @Override
    protected List<CareerDataProvider> otherProviders() {
        return List.of(new CareerGuidesProvider());
    }
}
