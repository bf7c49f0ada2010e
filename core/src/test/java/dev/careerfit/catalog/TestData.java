package dev.careerfit.catalog;

import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.Framing;
import dev.careerfit.market.IndustryShare;
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
import java.net.URI;

/** Sources and profiles shared by the catalog tests. */
final class TestData {
    static final Source OFFICIAL = new Source(SourceId.of("stats-office"), "A Statistics Office", "Pay survey",
            SourceKind.OFFICIAL_STATISTICS, URI.create("https://stats.example/"), "public domain");
    static final Source BOARD = new Source(SourceId.of("job-board"), "A Job Board", "Salary pages",
            SourceKind.JOB_MARKET_DATA, null, null);
    static final Source GUIDE = new Source(SourceId.of("guide"), "A Career Guide", "Why be a widget maker",
            SourceKind.EDITORIAL, null, null);

    private TestData() {}

    static <T> Sourced<T> from(Source source, T value) {
        return Sourced.of(value, Provenance.citedIn(source, "test"));
    }

    static SalaryBand usMean(long amount) {
        return SalaryBand.mean("USD", PayPeriod.ANNUAL, Location.national("US"), BigDecimal.valueOf(amount));
    }

    /** A profile that defines the role {@code id}, with one factor and one salary from {@code source}. */
    static RoleProfile definingProfile(String id, Source source, long salary) {
        return RoleProfile.builder(id).title("Title of " + id).summary("What " + id + " does.")
                .add(FactKinds.SALARY, from(source, usMean(salary)))
                .add(FactKinds.INDUSTRY, from(source, IndustryShare.of("Technology", 35)))
                .add(FactKinds.FACTOR, from(source, FactorExposure.of("maths-intensity", 4, Framing.CON, "lots of maths")))
                .build();
    }
}
