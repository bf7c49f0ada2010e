package dev.careerfit.market;

import dev.careerfit.Api;

/**
 * The kinds of figure a job outlook is given in. Each says what it counts, so that figures of
 * different kinds (all jobs against payroll jobs, a sector's growth against a role's) are never
 * compared as if they were the same statistic.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public enum OutlookMeasure {
    /** Percent change in employment from {@code year} to {@code endYear} (BLS projections). */
    EMPLOYMENT_GROWTH_PERCENT(true, true, true),
    /** Change in the number of jobs from {@code year} to {@code endYear}. */
    EMPLOYMENT_CHANGE(true, true, true),
    /** Average job openings a year, over the projection period when one is given. */
    OPENINGS_PER_YEAR(false, false, false),
    /** Number of jobs held in {@code year}, of every kind (the BLS National Employment Matrix counts the self-employed). */
    JOBS_IN_YEAR(false, true, false),
    /** Number of jobs projected for {@code year}. */
    PROJECTED_JOBS_IN_YEAR(false, true, false),
    /** Wage and salary jobs in {@code year}, excluding the self-employed (the BLS's OEWS survey estimate). */
    WAGE_AND_SALARY_JOBS(false, true, false),
    /** Openings advertised at the time the source was written. */
    CURRENT_OPENINGS(false, false, false),
    /**
     * Growth of a whole sector (named in the figure's {@code scope}) in percent for {@code year}: not
     * the role's own employment growth.
     */
    SECTOR_GROWTH_PERCENT(true, true, false),
    /**
     * Percent change in the number of job openings from {@code year} to {@code endYear}, as a source words it
     * ("a 9.7% increase in job openings"): openings are not jobs held, so this is not employment growth.
     */
    OPENINGS_CHANGE_PERCENT(true, true, true);

    private final boolean signed;
    private final boolean needsYear;
    private final boolean needsEndYear;

    OutlookMeasure(boolean signed, boolean needsYear, boolean needsEndYear) {
        this.signed = signed;
        this.needsYear = needsYear;
        this.needsEndYear = needsEndYear;
    }

    /** Whether the value is a percentage. */
    public boolean isPercent() {
        return this == EMPLOYMENT_GROWTH_PERCENT || this == SECTOR_GROWTH_PERCENT || this == OPENINGS_CHANGE_PERCENT;
    }

    /** Whether the value may be negative (a change rather than a count). */
    public boolean isSigned() {
        return signed;
    }

    public boolean needsYear() {
        return needsYear;
    }

    public boolean needsEndYear() {
        return needsEndYear;
    }

    /** Whether the figure needs a {@code scope}: a sector's growth must name the sector. */
    public boolean needsScope() {
        return this == SECTOR_GROWTH_PERCENT;
    }
}
