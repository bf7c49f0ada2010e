package dev.careerfit.cli;

import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.Location;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import java.math.BigDecimal;
import java.util.List;

/** A job board that disagrees with the statistics office about a widget maker's US pay: its range leaves the office's mean out. */
public class WidgetBoardProviderStub extends OneSourceProviderStub {
    static final Source BOARD = new Source(SourceId.of("widget-board"), "Widget Jobs Board", "Salary pages",
            SourceKind.JOB_MARKET_DATA, null, null);

    public WidgetBoardProviderStub() {
        super("widget-board", BOARD, 0);
    }

    @Override
    public List<RoleProfile> roles() {
        Provenance p = Provenance.of(BOARD);
        return List.of(RoleProfile.builder("widget-maker")
                .add(FactKinds.SALARY, Sourced.of(SalaryBand.range("USD", PayPeriod.ANNUAL, Location.national("US"),
                        new BigDecimal("90000"), new BigDecimal("120000")), p))
                .add(FactKinds.SALARY, Sourced.of(SalaryBand.mean("USD", PayPeriod.ANNUAL,
                        Location.city("US", "CA", "San Francisco"), new BigDecimal("104000")), p))
                .build());
    }
}
