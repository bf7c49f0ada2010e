package dev.careerfit.cli;

import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.IndustryShare;
import dev.careerfit.market.Location;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/** A user's own provider, as a jar would bring it: official figures for a widget maker. */
public class WidgetStatsProviderStub extends OneSourceProviderStub {
    static final Source STATS = new Source(SourceId.of("widget-stats"), "Widget Statistics Office",
            "Widget Trades Survey", SourceKind.OFFICIAL_STATISTICS, URI.create("https://example.org/widgets"), "CC-BY-4.0");

    public WidgetStatsProviderStub() {
        super("widget-stats", STATS, 100);
    }

    @Override
    public List<RoleProfile> roles() {
        Provenance p = Provenance.of(STATS).withReferencePeriod(ReferencePeriod.year(2024));
        return List.of(RoleProfile.builder("widget-maker").title("Widget Maker").summary("Makes widgets.")
                .add(FactKinds.SALARY, Sourced.of(SalaryBand.mean("USD", PayPeriod.ANNUAL, Location.national("US"),
                        new BigDecimal("83200")), p))
                .add(FactKinds.OUTLOOK, Sourced.of(OutlookFigure.growth(7, 2024, 2034), p))
                .add(FactKinds.INDUSTRY, Sourced.of(IndustryShare.of("Manufacturing", 60), p))
                .build());
    }
}
