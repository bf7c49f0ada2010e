/** careerfit's built-in provider of the O*NET database: a compact snapshot, or a release folder the user names. */
module dev.careerfit.provider.onet {
    requires dev.careerfit.release;

    exports dev.careerfit.provider.onet;

    provides dev.careerfit.spi.CareerDataProvider with dev.careerfit.provider.onet.OnetProvider;
}
