/** careerfit's built-in provider of the ML survey tables. */
module dev.careerfit.provider.mlsurvey {
    requires dev.careerfit.provider.document;

    exports dev.careerfit.provider.mlsurvey;
    // The provider's JSON document lives in this package; the document module reads it.
    opens dev.careerfit.provider.mlsurvey to dev.careerfit.provider.document;

    provides dev.careerfit.spi.CareerDataProvider with dev.careerfit.provider.mlsurvey.MlSurveyProvider;
}
