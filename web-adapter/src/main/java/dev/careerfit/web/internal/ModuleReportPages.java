package dev.careerfit.web.internal;

import dev.careerfit.Api;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.report.Report;
import dev.careerfit.report.ReportFormat;
import dev.careerfit.report.ReportFormats;
import dev.careerfit.report.ReportSettings;
import dev.careerfit.web.ReportPages;
import dev.careerfit.web.ResultPage;
import dev.careerfit.report.SalaryRequest;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The web app's result, role, salary and sources pages and the catalog's JSON, written by careerfit's report module:
 * HTML fragments (no style or script, which the pages' Content-Security-Policy refuses; links within the app) with the
 * module's stylesheet, and the same versioned JSON as the command line's {@code --json}.
 */
@Api(Api.Status.INTERNAL)
public final class ModuleReportPages implements ReportPages {
    private static final ReportFormat HTML = ReportFormats.builtIn().require("html");
    private static final ReportFormat JSON = ReportFormats.builtIn().require("json");
    /** Fragments for the app's pages; the width is text's and plays no part in HTML. */
    private static final ReportSettings FRAGMENT = ReportSettings.defaults().withStandalone(false);

    private final CareerCatalog catalog;

    public ModuleReportPages(CareerCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public void result(ResultPage result, Appendable html) throws IOException {
        HTML.write(new Report.FitResults(result.ranking(), result.asked(), result.best(), catalog), FRAGMENT, html);
    }

    @Override
    public void role(CareerRole role, Appendable html) throws IOException {
        HTML.write(new Report.Role(role, catalog), FRAGMENT, html);
    }

    @Override
    public void salary(CareerRole role, SalaryRequest request, Appendable html) throws IOException {
        // A pay page is short: with each figure's particulars (notes, conversions), which a page cannot fold away.
        HTML.write(salaryReport(role, request), FRAGMENT.withDetails(true), html);
    }

    @Override
    public void sources(CareerCatalog sources, Appendable html) throws IOException {
        HTML.write(new Report.Sources(sources), FRAGMENT, html);
    }

    @Override
    public String stylesheet() {
        return ReportFormats.htmlStylesheet();
    }

    @Override
    public boolean rolesJson(String search, int matched, List<RoleSummary> shown, Appendable json) throws IOException {
        JSON.write(new Report.Roles(search, matched, shown, catalog), FRAGMENT, json);
        return true;
    }

    @Override
    public boolean roleJson(CareerRole role, Appendable json) throws IOException {
        JSON.write(new Report.Role(role, catalog), FRAGMENT, json);
        return true;
    }

    @Override
    public boolean salaryJson(CareerRole role, SalaryRequest request, Appendable json) throws IOException {
        JSON.write(salaryReport(role, request), FRAGMENT, json);
        return true;
    }

    @Override
    public boolean sourcesJson(CareerCatalog sources, Appendable json) throws IOException {
        JSON.write(new Report.Sources(sources), FRAGMENT, json);
        return true;
    }

    private static Report.Salary salaryReport(CareerRole role, SalaryRequest request) {
        return Report.Salary.of(role, request);
    }
}
