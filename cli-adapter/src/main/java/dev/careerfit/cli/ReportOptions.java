package dev.careerfit.cli;

import dev.careerfit.json.AtomicFiles;
import dev.careerfit.quiz.QuizJson;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.RoleComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How a report is given: text on the terminal (default), the quiz engine's JSON, or an HTML page. */
final class ReportOptions {
    @Option(names = "--json", description = "Print the report as the quiz engine's versioned JSON "
            + "(careerfit-fit-report/1; with --all careerfit-comparison/1) instead of text.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the report as one self-contained HTML page "
            + "(charts included, prints well) to FILE.")
    Path html;

    /**
     * Gives {@code report} (may be {@code null} for a comparison alone) and {@code comparison}.
     * JSON holds the report when there is one, else the comparison.
     */
    static void emit(ReportOptions options, PrintWriter out, Style style, FitReport report, RoleComparison comparison)
            throws IOException {
        if (options != null && options.json) {
            out.println(QuizJson.toJson(report != null ? report : comparison));
        } else if (options != null && options.html != null) {
            AtomicFiles.writeString(options.html, HtmlReport.render(report, comparison));
            out.println("Report written to " + options.html.toAbsolutePath() + "; open it in a browser or print it.");
        } else {
            new TextReport(out, style).print(report, comparison);
        }
    }

    static boolean json(ReportOptions options) {
        return options != null && options.json;
    }
}
