package dev.careerfit.cli;

import dev.careerfit.json.AtomicFiles;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.Person;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.report.Report;
import dev.careerfit.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Which format a page is written in: text on the terminal (the default), or any format of careerfit's report module
 * by its id ({@code --format}), with {@code --json} and {@code --html FILE} as the short ways to the two most asked
 * for. The command only reads these; the report module writes the page.
 */
final class ReportOptions {
    @Option(names = "--json", description = "Print it as versioned JSON for programs (docs/formats.md, a JSON Schema "
            + "each in docs/schemas): the same as --format json.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write it as one self-contained HTML page (reads on "
            + "a phone, prints on A4) to FILE; - for standard output. A file is replaced atomically (through a "
            + "symbolic link, which stays); a device or pipe is written to.")
    Path html;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Print it as FORMAT: text (the default), html, "
            + "markdown or json, or a format a jar on --providers adds.")
    String format;

    /** The description of {@code --details}, the same for every command that reports. */
    static final String DETAILS = "Show everything: every reason with its figures and your answers, every fact and "
            + "every value where sources disagree, where in a release each figure sits (by default a page keeps to "
            + "what a person reads first).";

    /** The {@code --html} value for standard output. */
    static final String STANDARD_OUTPUT = "-";

    /** The best occupations whose reports the results explain: why they fit, and the way in. */
    static final int EXPLAINED = 3;

    /** The id of the format chosen: {@code text} unless an option says otherwise. */
    static String formatId(ReportOptions options) {
        if (options == null) {
            return "text";
        }
        return options.json ? "json" : options.html != null ? "html" : options.format != null ? options.format : "text";
    }

    /**
     * Writes {@code report} as the options say: to standard output, or with {@code --html FILE} to that file,
     * saying where.
     */
    static void write(ReportOptions options, CliContext context, PrintWriter out, Report report, boolean details)
            throws IOException {
        ReportFormat format = context.formats().require(formatId(options));
        if (options != null && options.html != null && !options.html.toString().equals(STANDARD_OUTPUT)) {
            StringBuilder page = new StringBuilder(65_536);
            format.write(report, context.settings(details), page);
            AtomicFiles.writeString(options.html, page.toString());
            out.println("Written to " + options.html.toAbsolutePath() + "; open it in a browser or print it.");
            return;
        }
        format.write(report, context.settings(details), out);
        out.flush();
    }

    /**
     * Gives the results: the {@code ranking}, the report on the role asked about (may be {@code null}), and the
     * reports on the best occupations, for their readiness. JSON holds the report when there is one, else the
     * ranking.
     */
    static void emit(ReportOptions options, CliContext context, PrintWriter out, Ranking ranking, FitReport asked,
                     List<FitReport> top, boolean details) throws IOException {
        write(options, context, out, new Report.FitResults(ranking, asked, top, context.catalog()), details);
    }

    /** The reports on the first {@value #EXPLAINED} scored roles of {@code ranking}. */
    static List<FitReport> best(FitScorer scorer, Person person, Ranking ranking) {
        return ranking.roles().stream().filter(e -> e.score() != null).limit(EXPLAINED)
                .map(e -> scorer.report(person, e.role())).toList();
    }

    static boolean json(ReportOptions options) {
        return formatId(options).equals("json");
    }

    /** Whether the text for a terminal is chosen: hints about other options go with it alone. */
    static boolean text(ReportOptions options) {
        return formatId(options).equals("text");
    }

    /**
     * Whether standard output carries the report alone (any format but text, unless written to a file): the rest goes
     * to standard error.
     */
    static boolean reportOnly(ReportOptions options) {
        return !text(options) && !(options.html != null && !options.html.toString().equals(STANDARD_OUTPUT));
    }
}
