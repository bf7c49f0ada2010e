package dev.careerfit.catalog;

import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.Framing;
import dev.careerfit.role.RoleProfile;
import java.util.List;

/**
 * Registered in META-INF/services: loads, but its data has three problems (an undeclared source, an
 * unknown work factor, a role listed twice), all of which must be reported together.
 */
public class InvalidDataProviderStub extends ProviderStub {
    public InvalidDataProviderStub() {
        super("invalid-data-stub", 0, List.of(TestData.GUIDE), List.of(
                RoleProfile.builder("gadget-maker").title("Gadget maker")
                        .add(FactKinds.SALARY, TestData.from(TestData.BOARD, TestData.usMean(1)))
                        .add(FactKinds.FACTOR, TestData.from(TestData.GUIDE, FactorExposure.of("juggling", 3, Framing.PRO, null)))
                        .build(),
                RoleProfile.builder("gadget-maker").title("Gadget maker again").build()));
    }
}
