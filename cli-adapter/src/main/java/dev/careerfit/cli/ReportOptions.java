package dev.careerfit.cli;

import dev.careerfit.json.OutputTarget;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.Person;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How a report is given: text on the terminal (default), the quiz engine's JSON or an HTML page, each on standard
 * output or in a file the user names, written through {@link OutputTarget} like every output.
 */
final class ReportOptions {
    @Option(names = "--json", paramLabel = "FILE", arity = "0..1", fallbackValue = OutputTarget.STANDARD_OUTPUT,
            description = "Give the report as the quiz engine's versioned JSON (careerfit-fit-report/4 for one role; "
                    + "careerfit-ranking/1 for a ranking) instead of text: on standard output, or written to FILE "
                    + "as --html writes its page.")
    Path json;

    /** Where {@link #json} goes, once {@linkplain #check checked}. */
    private OutputTarget jsonTarget;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the report as one self-contained HTML page "
            + "(charts included, prints well) to FILE; - for standard output. A file is replaced atomically (through a "
            + "symbolic link, which stays); a folder, device or pipe is refused, as is an input of the command.")
    Path html;

    /** Where {@link #html} goes, once {@linkplain #check checked}. */
    private OutputTarget htmlTarget;

    /** The description of {@code --details}, the same for every command that reports. */
    static final String DETAILS = "Show everything in the text report: every reason with its figures and your "
            + "answers, every skill gap, the way in and each close call (by default the report keeps to about "
            + TextReport.BUDGET + " lines).";

    /**
     * Checks where the report will go before any work is done, so that a path that cannot be written, or one of the
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

    /**
     * Gives the results: the {@code ranking} (may be {@code null}), the report on the role asked about (may be
     * {@code null}), and the reports on the best occupations, for their readiness. JSON holds the report when
     * there is one, else the ranking.
     */
    static void emit(ReportOptions options, PrintWriter out, Style style, Ranking ranking, FitReport asked,
                     List<FitReport> top) throws IOException {
        emit(options, out, style, ranking, asked, top, false);
    }

    /** As {@link #emit(ReportOptions, PrintWriter, Style, Ranking, FitReport, List)}; text in full with {@code details}. */
    static void emit(ReportOptions options, PrintWriter out, Style style, Ranking ranking, FitReport asked,
                     List<FitReport> top, boolean details) throws IOException {
        if (options != null && options.json != null) {
            OutputTarget target = target(options.jsonTarget, options.json);
            target.write(QuizJson.toJson(asked != null ? asked : ranking) + System.lineSeparator(), out);
            if (!target.isStandardOutput()) {
                out.println("Report written to " + options.json.toAbsolutePath() + ".");
            }
        } else if (options != null && options.html != null) {
            String page = HtmlReport.render(asked, ranking, top);
            OutputTarget target = target(options.htmlTarget, options.html);
            target.write(page, out);
            if (!target.isStandardOutput()) {
                out.println("Report written to " + options.html.toAbsolutePath() + "; open it in a browser or print it.");
            }
        } else {
            new TextReport(out, style, details).print(ranking, asked, top);
        }
    }

    /** The best occupations whose reports the results explain: why they fit, and the way in. */
    static final int EXPLAINED = 3;

    /** The reports on the first {@value #EXPLAINED} scored roles of {@code ranking}. */
    static List<FitReport> best(FitScorer scorer, Person person, Ranking ranking) {
        return ranking.roles().stream().filter(e -> e.score() != null).limit(EXPLAINED)
                .map(e -> scorer.report(person, e.role())).toList();
    }

    static boolean json(ReportOptions options) {
        return options != null && options.json != null;
    }

    /**
     * Whether standard output carries the report alone (JSON or HTML to standard output): the rest goes to standard
     * error.
     */
    static boolean reportOnly(ReportOptions options) {
        return options != null && (options.json != null && target(options.jsonTarget, options.json).isStandardOutput()
                || options.html != null && target(options.htmlTarget, options.html).isStandardOutput());
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
