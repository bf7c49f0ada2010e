package dev.careerfit.market;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * One figure of a role's job outlook: growth over a period, openings a year, jobs in a year,
 * current openings or a yearly growth rate.
 *
 * @param measure what the value measures
 * @param value   the value: a percent for percentage measures, a count otherwise
 * @param year    the year (or first year of the period) the figure is for; required where the
 *                measure needs it, otherwise {@code null}
 * @param endYear the last year of the period, for growth over a period; otherwise {@code null}
 * @param scope   what the count covers when the source qualifies it (e.g. "nationwide"), or {@code null}
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record OutlookFigure(OutlookMeasure measure, double value, Integer year, Integer endYear, String scope) {
    public OutlookFigure {
        Checks.notNull(measure, "measure");
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("value must be a number");
        }
        if (!measure.isSigned() && value < 0) {
            throw new IllegalArgumentException(measure + " must not be negative, was " + Checks.fmt(value));
        }
        if (measure.needsYear() && year == null) {
            throw new IllegalArgumentException(measure + " needs a year");
        }
        if (measure.needsEndYear() && endYear == null) {
            throw new IllegalArgumentException(measure + " needs an endYear");
        }
        if (year != null && endYear != null && endYear < year) {
            throw new IllegalArgumentException("endYear " + endYear + " is before year " + year);
        }
        scope = Checks.optionalText(scope);
        if (measure.needsScope() && scope == null) {
            throw new IllegalArgumentException(measure + " needs a scope naming the sector, e.g. \"machine learning sector\"");
        }
    }

    public static OutlookFigure growth(double percent, int fromYear, int toYear) {
        return new OutlookFigure(OutlookMeasure.EMPLOYMENT_GROWTH_PERCENT, percent, fromYear, toYear, null);
    }

    public static OutlookFigure openingsPerYear(long count) {
        return new OutlookFigure(OutlookMeasure.OPENINGS_PER_YEAR, count, null, null, null);
    }

    public static OutlookFigure jobsIn(int year, long count) {
        return new OutlookFigure(OutlookMeasure.JOBS_IN_YEAR, count, year, null, null);
    }

    public static OutlookFigure currentOpenings(long count, String scope) {
        return new OutlookFigure(OutlookMeasure.CURRENT_OPENINGS, count, null, null, scope);
    }

    /** A sector's growth in one year: not the role's own growth, so the sector must be named. */
    public static OutlookFigure sectorGrowthIn(String sector, int year, double percent) {
        return new OutlookFigure(OutlookMeasure.SECTOR_GROWTH_PERCENT, percent, year, null, sector);
    }

    /** Jobs projected for a year. */
    public static OutlookFigure projectedJobsIn(int year, long count) {
        return new OutlookFigure(OutlookMeasure.PROJECTED_JOBS_IN_YEAR, count, year, null, null);
    }

    /** Change in the number of jobs over a period. */
    public static OutlookFigure change(double jobs, int fromYear, int toYear) {
        return new OutlookFigure(OutlookMeasure.EMPLOYMENT_CHANGE, jobs, fromYear, toYear, null);
    }
}
