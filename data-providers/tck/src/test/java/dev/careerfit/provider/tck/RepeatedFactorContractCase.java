package dev.careerfit.provider.tck;

import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.Framing;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import java.util.List;

/**
 * Runs the kit against a provider whose role rates one factor twice from one source. Not a test by itself:
 * {@link ContractCatchesBrokenProvidersTest} runs it and expects the failure.
 */
class RepeatedFactorContractCase extends CareerDataProviderContractTest {
    @Override
    protected CareerDataProvider provider() {
        return new WellBehavedProviderStub() {
            @Override
            public List<RoleProfile> roles() {
                Provenance from = Provenance.of(SOURCE);
                return List.of(RoleProfile.builder("tester").title("Tester")
                        .add(FactKinds.FACTOR, Sourced.of(FactorExposure.of("pay", 3, Framing.PRO, null), from))
                        .add(FactKinds.FACTOR, Sourced.of(FactorExposure.of("pay", 4, Framing.PRO, null), from))
                        .build());
            }
        };
    }
}
