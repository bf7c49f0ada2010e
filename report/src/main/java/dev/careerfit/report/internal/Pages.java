package dev.careerfit.report.internal;

import dev.careerfit.Api;
import dev.careerfit.report.Report;
import dev.careerfit.report.ReportSettings;
import dev.careerfit.report.page.Page;

/** Makes the {@link Page} of any {@link Report}: the words, figures and sources every page format lays out alike. */
@Api(Api.Status.INTERNAL)
public final class Pages {
    /** Lines of 80-column text the short view of a fit result stays within (docs/formats.md). */
    public static final int FIT_BUDGET = FitPages.BUDGET;
    /** Lines of 80-column text the short view of any role's page stays within (docs/formats.md). */
    public static final int ROLE_BUDGET = RolePages.BUDGET;

    private Pages() {}

    public static Page of(Report report, ReportSettings settings) {
        if (report instanceof Report.FitResults r) {
            return FitPages.page(r, settings);
        }
        if (report instanceof Report.Role r) {
            return RolePages.page(r, settings);
        }
        if (report instanceof Report.Salary r) {
            return SalaryPages.page(r, settings);
        }
        if (report instanceof Report.Sources r) {
            return SourcesPages.page(r, settings);
        }
        if (report instanceof Report.Roles r) {
            return ListPages.roles(r, settings);
        }
        if (report instanceof Report.Questions r) {
            return ListPages.questions(r, settings);
        }
        if (report instanceof Report.QuestionCard r) {
            return ListPages.question(r, settings);
        }
        throw new IllegalArgumentException("no page for " + report.getClass().getName());
    }
}
