package dev.careerfit.cli;

import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.Conflict;
import dev.careerfit.catalog.ProviderFailure;
import dev.careerfit.catalog.ProviderInfo;
import dev.careerfit.fact.Wording;
import dev.careerfit.provenance.Source;
import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ImportReport;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code careerfit sources}: the providers, their sources with releases, licences and the attribution
 * their licences require, the row accounting of every release file read, what failed to load and why,
 * warnings, and where sources disagree.
 */
@Command(name = "sources", description = {"List the data providers, the sources they cite (release, licence, "
        + "required attribution), what was read from each release file row by row, providers that failed to load "
        + "and why, warnings, and where sources disagree."})
final class SourcesCommand extends CliCommand {
    @Option(names = "--json", description = "Print it all as JSON (" + CatalogJson.SOURCES + ", docs/formats.md).")
    boolean json;

    SourcesCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        // Everything that loaded and everything that failed is listed first; what the user asked for that failed
        // is still an error, after the listing.
        CareerCatalog catalog = context.loadedCatalog();
        context.noticesShown();
        PrintWriter out = out();
        if (json) {
            out.println(CatalogJson.text(CatalogJson.sources(catalog)));
            return exitCode(catalog);
        }
        Style style = style();
        out.println(style.bold("Providers (" + catalog.providers().size() + " loaded)"));
        for (ProviderInfo p : catalog.providers()) {
            out.println("  " + style.bold(p.id()) + (p.name().equals(p.id()) ? "" : "  " + p.name())
                    + style.dim("  priority " + p.priority() + ", " + Wording.number(p.roleCount())
                    + (p.roleCount() == 1 ? " role" : " roles or codes")));
            if (p.description() != null) {
                out.println("      " + p.description());
            }
            out.println(style.dim("      from " + p.origin()));
            for (Source s : p.sources()) {
                out.println("      - " + s.publisher() + ", " + s.title() + (s.release() == null ? "" : ", " + s.release())
                        + " (" + FactText.lower(s.kind()) + ")" + (s.link() == null ? "" : " " + s.link())
                        + (s.licence() == null ? "" : style.dim("; licence: " + s.licence())));
                if (s.attribution() != null) {
                    out.println("        attribution: " + s.attribution());
                }
            }
            report(p.report(), out, style);
        }
        out.println();
        out.println(style.bold("Failed to load (" + catalog.failures().size() + ")"));
        if (catalog.failures().isEmpty()) {
            out.println("  none");
        }
        for (ProviderFailure f : catalog.failures()) {
            if (f.problems().size() == 1) {
                out.println("  " + style.red(f.describe()));
            } else {
                // One line a problem: the provider, then each problem with its file, line, column and path.
                out.println("  " + style.red("provider '" + f.provider() + "' (" + f.origin() + ") " + f.stage().phrase()
                        + ": " + f.problems().size() + " problems [see " + f.stage().help() + "]"));
                f.problems().forEach(problem -> out.println("      - " + problem));
            }
        }
        out.println();
        out.println(style.bold("Warnings (" + catalog.warnings().size() + ")"));
        if (catalog.warnings().isEmpty()) {
            out.println("  none");
        }
        catalog.warnings().forEach(w -> out.println("  " + style.yellow(w)));
        out.println();
        var conflicts = catalog.conflicts();
        // Each line says what chose its value: the policy, or the values' order where the policy ranks them alike.
        out.println(style.bold("Disagreements (" + conflicts.size() + "); conflict policy "
                + catalog.conflictPolicy().name()));
        for (Conflict c : conflicts) {
            out.println("  " + c.describe());
        }
        return exitCode(catalog);
    }

    /** 0, or an error naming what the user asked for that failed to load. */
    private int exitCode(CareerCatalog catalog) {
        context.configurationProblem(catalog).ifPresent(problem -> {
            throw new dev.careerfit.CareerfitException(problem);
        });
        return ExitCodes.OK;
    }

    /** Every file of the release a provider read: rows read, loaded and skipped by reason; then its problems. */
    private static void report(ImportReport report, PrintWriter out, Style style) {
        if (report.isEmpty()) {
            return;
        }
        out.println("      read: " + report.release());
        int width = report.files().stream().mapToInt(f -> f.name().length()).max().orElse(0);
        for (FileReport f : report.files()) {
            String name = Style.pad(f.name(), width);
            switch (f.status()) {
                case ABSENT -> out.println("        " + name + "  " + style.dim("absent" + (f.note() == null ? ""
                        : ": " + f.note())));
                case NOT_USED -> out.println("        " + name + "  " + style.dim(Wording.number(f.rowsRead())
                        + " rows, not used: " + f.note()));
                case FAILED -> out.println("        " + name + "  " + style.red("failed: " + f.note()));
                case LOADED -> {
                    out.println("        " + name + "  " + Wording.number(f.rowsRead()) + " rows read, " + Wording.number(f.rowsLoaded())
                            + " loaded" + (f.skipped().isEmpty() ? "" : ", " + Wording.number(f.rowsSkipped()) + " skipped:"));
                    for (Map.Entry<String, Long> e : f.skipped().entrySet()) {
                        out.println("        " + " ".repeat(width) + style.dim("    " + Wording.number(e.getValue()) + " " + e.getKey()));
                    }
                }
                default -> throw new IllegalStateException(f.status().toString());
            }
        }
        out.println("        " + style.dim(Wording.number(report.rowsRead()) + " rows read over "
                + Wording.number(report.files().size()) + " files, " + Wording.number(report.rowsLoaded()) + " loaded, "
                + Wording.number(report.rowsRead() - report.rowsLoaded()) + " skipped"));
        if (!report.problems().isEmpty()) {
            out.println("      " + style.yellow(report.problems().size() + (report.problems().size() == 1
                    ? " problem" : " problems") + " in the release:"));
            for (Problem problem : report.problems()) {
                out.println("        " + style.yellow(problem.toString()));
            }
        }
    }
}
