package dev.careerfit.cli;

import dev.careerfit.json.OutputTarget;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.Person;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.report.Report;
import dev.careerfit.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Which format a page is written in, and where: text on the terminal (the default), or any format of careerfit's
 * report module by its id ({@code --format}), with {@code --json [FILE]} and {@code --html FILE} as the short ways to
 * the two most asked for, on standard output or in a file written through {@link OutputTarget} like every output. The
 * command only reads these; the report module writes the page.
 */
final class ReportOptions {
    @Option(names = "--json", paramLabel = "FILE", arity = "0..1", fallbackValue = OutputTarget.STANDARD_OUTPUT,
            description = "Give it as versioned JSON for programs (docs/formats.md, a JSON Schema each in "
                    + "docs/schemas) instead of text: on standard output, or written to FILE as --html writes its "
                    + "page.")
    Path json;

    /** Where {@link #json} goes, once {@linkplain #check checked}. */
    private OutputTarget jsonTarget;

    @Option(names = "--html", paramLabel = "FILE", description = "Write it as one self-contained HTML page (reads on "
            + "a phone, prints on A4) to FILE; - for standard output. A file is replaced atomically (through a "
            + "symbolic link, which stays); a folder, device or pipe is refused, as is an input of the command.")
    Path html;

    /** Where {@link #html} goes, once {@linkplain #check checked}. */
    private OutputTarget htmlTarget;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Print it as FORMAT on standard output: text "
            + "(the default), html, markdown or json, or a format a jar on --providers adds.")
    String format;

    /** The description of {@code --details}, the same for every command that reports. */
    static final String DETAILS = "Show everything: every reason with its figures and your answers, every fact and "
            + "every value where sources disagree, where in a release each figure sits (by default a page keeps to "
            + "what a person reads first).";

    /** The best occupations whose reports the results explain: why they fit, and the way in. */
    static final int EXPLAINED = 3;

    /**
     * Checks where the page will go before any work is done, so that a path that cannot be written, or one of the
     * command's {@code inputs}, fails at once rather than after the quiz.
     */
    static void check(ReportOptions options, Collection<Path> inputs) throws IOException {
        if (options != null && options.html != null) {
            options.htmlTarget = OutputTarget.of(options.html, inputs);
        }
        if (options != null && options.json != null) {
            options.jsonTarget = OutputTarget.of(options.json, inputs);
        }
    }

    /** The id of the format chosen: {@code text} unless an option says otherwise. */
    static String formatId(ReportOptions options) {
        if (options == null) {
            return "text";
        }
        return options.json != null ? "json" : options.html != null ? "html" : options.format != null
                ? options.format : "text";
    }

    /**
     * Writes {@code report} as the options say, as a stream: to standard output, or with {@code --json FILE} or
     * {@code --html FILE} to that file, saying where.
     */
    static void write(ReportOptions options, CliContext context, PrintWriter out, Report report, boolean details)
            throws IOException {
        ReportFormat format = context.formats().require(formatId(options));
        Path file = options == null ? null : options.json != null ? options.json : options.html;
        if (file == null) {
            format.write(report, context.settings(details), out);
            out.flush();
            return;
        }
        OutputTarget target = target(options.json != null ? options.jsonTarget : options.htmlTarget, file);
        try (OutputTarget.Output written = target.open(out)) {
            format.write(report, context.settings(details), written);
            written.commit();
        }
        if (!target.isStandardOutput()) {
            out.println("Report written to " + file.toAbsolutePath() + (options.html != null
                    ? "; open it in a browser or print it." : "."));
        }
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
        if (text(options)) {
            return false;
        }
        if (options.json != null) {
            return target(options.jsonTarget, options.json).isStandardOutput();
        }
        return options.html == null || target(options.htmlTarget, options.html).isStandardOutput();
    }

    /** {@code checked}, else {@code path} checked now (against no input). */
    private static OutputTarget target(OutputTarget checked, Path path) {
        try {
            return checked != null ? checked : OutputTarget.of(path, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
