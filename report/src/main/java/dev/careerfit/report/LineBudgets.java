package dev.careerfit.report;

import dev.careerfit.Api;

/**
 * The line budgets of the pages a person reads in a terminal (docs/formats.md, "Line budgets"): the short view of any
 * such page, written as text at {@value ReportSettings#DEFAULT_WIDTH} columns, keeps to its budget with any role. The
 * report module leaves sections out, behind {@code --details}, where a page would be longer.
 *
 * @since 0.6
 */
@Api(Api.Status.EXPERIMENTAL)
public final class LineBudgets {
    /** The quiz's results with the default ten occupations listed. */
    public static final int FIT = 90;
    /** Lines a fit result may add for each occupation listed beyond ten ({@code --limit}). */
    public static final int FIT_PER_MORE = 2;
    /** Occupations a fit result lists by default. */
    public static final int FIT_LISTED = 10;
    /** Any role's page. */
    public static final int ROLE = 70;
    /** Any role's pay, every place. */
    public static final int SALARY = 70;

    private LineBudgets() {}
}
