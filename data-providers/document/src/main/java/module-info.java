/** Data-only careerfit providers: a JSON or YAML document plus a one-line registration. */
module dev.careerfit.provider.document {
    requires transitive dev.careerfit.core;
    requires dev.careerfit.json;

    exports dev.careerfit.provider.document;
    // The document's own header records are bound by Jackson.
    opens dev.careerfit.provider.document to com.fasterxml.jackson.databind;

    provides dev.careerfit.spi.CareerDataProviderFactory with dev.careerfit.provider.document.DocumentProviderFactory;
}
