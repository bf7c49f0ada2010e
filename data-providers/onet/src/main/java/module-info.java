/** careerfit's built-in provider of the O*NET database: a compact snapshot, or a release folder the user names. */
module dev.careerfit.provider.onet {
    // The provider class exposes core types (CareerDataProvider, Source) to whoever reads this module.
    requires transitive dev.careerfit.core;
    requires dev.careerfit.release;

    exports dev.careerfit.provider.onet;

    provides dev.careerfit.spi.CareerDataProvider with dev.careerfit.provider.onet.OnetProvider;
}
