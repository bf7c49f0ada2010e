/** Contract tests and AssertJ assertions every careerfit data provider must pass. */
module dev.careerfit.provider.tck {
    requires transitive dev.careerfit.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports dev.careerfit.provider.tck;
    opens dev.careerfit.provider.tck to org.junit.platform.commons;
}
