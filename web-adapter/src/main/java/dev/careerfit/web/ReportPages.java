package dev.careerfit.web;

import dev.careerfit.Api;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.report.SalaryRequest;
import dev.careerfit.web.internal.ModuleReportPages;
import java.io.IOException;
import java.util.List;

/**
 * The pages the web app shows but does not word itself: a quiz's result, a role, its pay and the sources, as HTML,
 * and the catalog's JSON documents. By default careerfit's report module writes them ({@link #of(CareerCatalog)}),
 * so that the browser shows what the command line prints; an embedder may give its own (the API answers 501 for the
 * catalog's JSON an implementation does not write).
 *
 * <p>HTML is a fragment for the page's {@code <main>}: no {@code <html>}, {@code <head>} or {@code <body>}, and no
 * inline {@code <script>}, {@code <style>} or {@code style} attribute, which the pages' Content-Security-Policy
 * refuses; styles go in {@link #stylesheet()}. Every text from the data or the person must be escaped. Links are
 * from the app's root: {@code /roles/15-2051.00}, {@code /roles/15-2051.00/salary}, {@code /sources}. Methods may
 * be called from many threads at once.
 *
 * @since 0.4
 */
@Api(Api.Status.EXPERIMENTAL)
public interface ReportPages {

    /** The result of a quiz: the best occupations, why the best ones fit, and the role the person asked about. */
    void result(ResultPage result, Appendable html) throws IOException;

    /** Everything known about one role, each figure with its source. */
    void role(CareerRole role, Appendable html) throws IOException;

    /** What a role pays, place by place, every figure with its source. */
    void salary(CareerRole role, SalaryRequest request, Appendable html) throws IOException;

    /** The providers, their sources and licences, and where sources disagree. */
    void sources(CareerCatalog catalog, Appendable html) throws IOException;

    /** CSS for the fragments above, served as {@code /static/report.css} on every page; empty when none. */
    default String stylesheet() {
        return "";
    }

    /**
     * Writes {@code careerfit-roles/1} (docs/formats.md) for a listing or a search and returns {@code true}; returns
     * {@code false}, writing nothing, when this implementation has no JSON for the catalog.
     *
     * @param search  the search text, or {@code null} for a listing
     * @param matched how many roles matched
     * @param shown   the roles to list
     */
    default boolean rolesJson(String search, int matched, List<RoleSummary> shown, Appendable json) throws IOException {
        return false;
    }

    /** Writes {@code careerfit-role/3} for {@code role} and returns {@code true}; as {@link #rolesJson}. */
    default boolean roleJson(CareerRole role, Appendable json) throws IOException {
        return false;
    }

    /** Writes {@code careerfit-salary/3} for {@code role} and returns {@code true}; as {@link #rolesJson}. */
    default boolean salaryJson(CareerRole role, SalaryRequest request, Appendable json) throws IOException {
        return false;
    }

    /** Writes {@code careerfit-sources/3} for {@code catalog} and returns {@code true}; as {@link #rolesJson}. */
    default boolean sourcesJson(CareerCatalog catalog, Appendable json) throws IOException {
        return false;
    }

    /**
     * careerfit's report module's pages for {@code catalog}: the same words, figures and sources as the command line's,
     * as HTML fragments with its stylesheet, and the catalog's JSON: what the app uses when given none.
     */
    static ReportPages of(CareerCatalog catalog) {
        return new ModuleReportPages(catalog);
    }
}
