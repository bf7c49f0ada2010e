package dev.careerfit.provider.onet;

import dev.careerfit.provider.tck.CareerDataProviderContractTest;
import dev.careerfit.spi.CareerDataProvider;
import org.junit.jupiter.api.Tag;

/** The O*NET provider meets the contract of every careerfit provider, on all 1,016 roles of O*NET 30.1. */
@Tag("national")
class OnetProviderContractTest extends CareerDataProviderContractTest {
    @Override
    protected CareerDataProvider provider() {
        return new OnetProvider();
    }
}
