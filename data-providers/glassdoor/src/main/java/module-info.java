/** careerfit's built-in provider of Glassdoor figures. */
module dev.careerfit.provider.glassdoor {
    requires dev.careerfit.provider.document;

    exports dev.careerfit.provider.glassdoor;
    // The provider's JSON document lives in this package; the document module reads it.
    opens dev.careerfit.provider.glassdoor to dev.careerfit.provider.document;

    provides dev.careerfit.spi.CareerDataProvider with dev.careerfit.provider.glassdoor.GlassdoorProvider;
}
