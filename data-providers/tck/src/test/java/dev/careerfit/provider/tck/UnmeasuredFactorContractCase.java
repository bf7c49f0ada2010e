package dev.careerfit.provider.tck;

import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.spi.CareerDataProvider;
import java.util.List;

/**
 * Runs the kit against a provider that adds a work factor and ships no questions on it. Not a test by
 * itself: {@link ContractCatchesBrokenProvidersTest} runs it and expects the failure.
 */
class UnmeasuredFactorContractCase extends CareerDataProviderContractTest {
    @Override
    protected CareerDataProvider provider() {
        return new WellBehavedProviderStub() {
            @Override
            public List<WorkFactor> factors() {
                return List.of(new WorkFactor(FactorId.of("night-watch"), "Night watch", "Guarding things at night."));
            }
        };
    }
}
