/** careerfit's built-in provider of the seed career guides. */
module dev.careerfit.provider.guides {
    requires dev.careerfit.provider.document;

    exports dev.careerfit.provider.guides;
    // The provider's JSON document lives in this package; the document module reads it.
    opens dev.careerfit.provider.guides to dev.careerfit.provider.document;

    provides dev.careerfit.spi.CareerDataProvider with dev.careerfit.provider.guides.CareerGuidesProvider;
}
