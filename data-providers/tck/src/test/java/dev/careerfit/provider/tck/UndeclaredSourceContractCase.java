package dev.careerfit.provider.tck;

import dev.careerfit.spi.CareerDataProvider;

/**
 * Runs the kit against a broken provider. Not a test by itself (its name does not end in Test):
 * {@link ContractCatchesBrokenProvidersTest} runs it through the JUnit engine and expects failures.
 */
class UndeclaredSourceContractCase extends CareerDataProviderContractTest {
    @Override
    protected CareerDataProvider provider() {
        return new UndeclaredSourceProviderStub();
    }
}
