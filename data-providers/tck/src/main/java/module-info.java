/**
 * Contract tests and AssertJ assertions every careerfit data provider must pass, and helpers for tests on the
 * publishers' real releases.
 */
module dev.careerfit.provider.tck {
    requires transitive dev.careerfit.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;
    // Only WorkbookCells reads workbooks; a provider that calls it brings fastexcel-reader itself.
    requires static org.dhatim.fastexcel.reader;

    exports dev.careerfit.provider.tck;
    opens dev.careerfit.provider.tck to org.junit.platform.commons;
}
