/**
 * careerfit's provider of the U.S. Bureau of Labor Statistics OEWS national estimates: wages and wage
 * and salary employment for every detailed occupation, from a snapshot of the May 2024 workbook or from
 * a release the user names.
 */
module dev.careerfit.provider.oews {
    // The provider class exposes core types (CareerDataProvider, Source) to whoever reads this module.
    requires transitive dev.careerfit.core;
    requires dev.careerfit.release;

    exports dev.careerfit.provider.oews;

    provides dev.careerfit.spi.CareerDataProvider with dev.careerfit.provider.oews.OewsProvider;
}
