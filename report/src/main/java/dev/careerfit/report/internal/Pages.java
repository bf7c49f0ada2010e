package dev.careerfit.report.internal;

import dev.careerfit.Api;
import dev.careerfit.report.LineBudgets;
import dev.careerfit.report.Report;
import dev.careerfit.report.ReportSettings;
import dev.careerfit.report.page.Page;

/** Makes the {@link Page} of any {@link Report}: the words, figures and sources every page format lays out alike. */
@Api(Api.Status.INTERNAL)
public final class Pages {

    private Pages() {}

    public static Page of(Report report, ReportSettings settings) {
        if (report instanceof Report.FitResults r) {
            int more = Math.max(0, r.ranking().roles().size() - LineBudgets.FIT_LISTED);
            return Budget.FIT.keep(settings, LineBudgets.FIT_PER_MORE * more, left -> FitPages.page(r, settings, left));
        }
        if (report instanceof Report.Role r) {
            return Budget.ROLE.keep(settings, 0, left -> RolePages.page(r, settings, left));
        }
        if (report instanceof Report.Salary r) {
            return Budget.SALARY.keep(settings, 0, left -> SalaryPages.page(r, settings, left));
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
