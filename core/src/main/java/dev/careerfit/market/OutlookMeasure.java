package dev.careerfit.market;

/**
 * The kinds of figure a job outlook is given in.
 *
 * @since 0.1
 */
public enum OutlookMeasure {
    /** Percent change in employment from {@code year} to {@code endYear} (BLS projections). */
    EMPLOYMENT_GROWTH_PERCENT(true, true, true),
    /** Average job openings a year over the projection period. */
    OPENINGS_PER_YEAR(false, false, false),
    /** Number of jobs held in {@code year}. */
    JOBS_IN_YEAR(false, true, false),
    /** Openings advertised at the time the source was written. */
    CURRENT_OPENINGS(false, false, false),
    /** Growth rate of the sector in percent for {@code year}. */
    ANNUAL_GROWTH_PERCENT(true, true, false);

    private final boolean percent;
    private final boolean needsYear;
    private final boolean needsEndYear;

    OutlookMeasure(boolean percent, boolean needsYear, boolean needsEndYear) {
        this.percent = percent;
        this.needsYear = needsYear;
        this.needsEndYear = needsEndYear;
    }

    public boolean isPercent() {
        return percent;
    }

    public boolean needsYear() {
        return needsYear;
    }

    public boolean needsEndYear() {
        return needsEndYear;
    }
}
