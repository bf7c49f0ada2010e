/** careerfit's built-in provider of BLS figures. */
module dev.careerfit.provider.bls {
    requires dev.careerfit.provider.document;

    exports dev.careerfit.provider.bls;
    // The provider's JSON document lives in this package; the document module reads it.
    opens dev.careerfit.provider.bls to dev.careerfit.provider.document;

    provides dev.careerfit.spi.CareerDataProvider with dev.careerfit.provider.bls.BlsProvider;
}
