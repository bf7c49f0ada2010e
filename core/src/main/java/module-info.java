/**
 * careerfit's core: the career domain with provenance, the data-provider SPI and the catalog.
 * Depends on the JDK only. {@code dev.careerfit.internal} is exported to careerfit's own modules only.
 */
module dev.careerfit.core {
    exports dev.careerfit;
    exports dev.careerfit.provenance;
    exports dev.careerfit.role;
    exports dev.careerfit.market;
    exports dev.careerfit.education;
    exports dev.careerfit.factor;
    exports dev.careerfit.fact;
    exports dev.careerfit.spi;
    exports dev.careerfit.catalog;
    // Shared helpers for careerfit's own modules only.
    exports dev.careerfit.internal to dev.careerfit.json, dev.careerfit.release;

    uses dev.careerfit.spi.CareerDataProvider;
    uses dev.careerfit.spi.CareerDataProviderFactory;
}
