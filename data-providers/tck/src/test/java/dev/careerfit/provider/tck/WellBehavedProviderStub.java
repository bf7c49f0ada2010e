package dev.careerfit.provider.tck;

import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.Framing;
import dev.careerfit.market.Location;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import java.math.BigDecimal;
import java.util.List;

/** A provider that meets the contract; registered in META-INF/services of the tests. */
public class WellBehavedProviderStub implements CareerDataProvider {
    static final Source SOURCE = new Source(SourceId.of("stub-office"), "Stub Office", "Stub statistics",
            SourceKind.OFFICIAL_STATISTICS, null, null);

    @Override
    public String id() {
        return "well-behaved";
    }

    @Override
    public List<Source> sources() {
        return List.of(SOURCE);
    }

    @Override
    public List<RoleProfile> roles() {
        return List.of(RoleProfile.builder("tester").title("Tester")
                .add(FactKinds.SALARY, Sourced.of(SalaryBand.mean("EUR", PayPeriod.ANNUAL, Location.national("DE"),
                        BigDecimal.valueOf(50_000)), Provenance.of(SOURCE)))
                .add(FactKinds.FACTOR, Sourced.of(FactorExposure.of("pay", 3, Framing.PRO, null), Provenance.of(SOURCE)))
                .build());
    }
}
