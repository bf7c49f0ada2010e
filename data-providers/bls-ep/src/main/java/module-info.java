/**
 * careerfit's provider of the U.S. Bureau of Labor Statistics Employment Projections: employment,
 * projected growth and openings, entry education and training for every occupation of the National
 * Employment Matrix, and the educational attainment of the people in it, from a snapshot of the 2024-34
 * workbooks or from a release the user names.
 */
module dev.careerfit.provider.ep {
    // The provider class exposes core types (CareerDataProvider, Source) to whoever reads this module.
    requires transitive dev.careerfit.core;
    requires dev.careerfit.release;

    exports dev.careerfit.provider.ep;

    provides dev.careerfit.spi.CareerDataProvider with dev.careerfit.provider.ep.EpProvider;
}
