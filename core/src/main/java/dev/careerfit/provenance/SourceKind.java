package dev.careerfit.provenance;

import dev.careerfit.Api;

/**
 * What kind of publisher a source is. The default conflict policy trusts the kinds in this order,
 * most authoritative first.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public enum SourceKind {
    /** A national statistics office or government agency (BLS, O*NET, ONS). */
    OFFICIAL_STATISTICS,
    /** A job board or salary aggregator built on postings or self-reports (Glassdoor, Indeed). */
    JOB_MARKET_DATA,
    /** A survey of workers or employers. */
    SURVEY,
    /** A report by an industry body or think tank (World Economic Forum). */
    INDUSTRY_REPORT,
    /** An article or guide whose figures carry no further attribution. */
    EDITORIAL,
    /** careerfit's own reading of its sources, e.g. how strongly a role exhibits a work factor. */
    CAREERFIT_ASSESSMENT
}
