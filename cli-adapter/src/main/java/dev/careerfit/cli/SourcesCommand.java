package dev.careerfit.cli;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.Conflict;
import dev.careerfit.catalog.ProviderFailure;
import dev.careerfit.catalog.ProviderInfo;
import dev.careerfit.provenance.Source;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code careerfit sources}: the providers, their sources, what failed to load and why, and warnings. */
@Command(name = "sources", description = {"List the data providers, the sources they cite, providers that failed "
        + "to load and why, warnings, and where sources disagree."})
final class SourcesCommand extends CliCommand {
    SourcesCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        CareerCatalog catalog = context.catalog();
        PrintWriter out = out();
        Style style = style();
        out.println(style.bold("Providers (" + catalog.providers().size() + " loaded)"));
        for (ProviderInfo p : catalog.providers()) {
            out.println("  " + style.bold(p.id()) + (p.name().equals(p.id()) ? "" : "  " + p.name()) + style.dim("  priority " + p.priority() + ", "
                    + p.roleCount() + (p.roleCount() == 1 ? " role" : " roles")));
            if (p.description() != null) {
                out.println("      " + p.description());
            }
            out.println(style.dim("      from " + p.origin()));
            for (Source s : p.sources()) {
                out.println("      - " + s.publisher() + ", " + s.title() + " (" + FactText.lower(s.kind()) + ")"
                        + (s.link() == null ? "" : " " + s.link())
                        + (s.licence() == null ? "" : style.dim("; licence: " + s.licence())));
            }
        }
        out.println();
        out.println(style.bold("Failed to load (" + catalog.failures().size() + ")"));
        if (catalog.failures().isEmpty()) {
            out.println("  none");
        }
        for (ProviderFailure f : catalog.failures()) {
            out.println("  " + style.red(f.describe()));
        }
        out.println();
        out.println(style.bold("Warnings (" + catalog.warnings().size() + ")"));
        if (catalog.warnings().isEmpty()) {
            out.println("  none");
        }
        catalog.warnings().forEach(w -> out.println("  " + style.yellow(w)));
        out.println();
        out.println(style.bold("Disagreements (" + catalog.conflicts().size() + "), resolved by "
                + catalog.conflictPolicy().name()));
        for (Conflict c : catalog.conflicts()) {
            out.println("  " + c.describe());
        }
        return ExitCodes.OK;
    }

    /** One line on standard error when providers failed, pointing to {@code careerfit sources}. */
    static void warnAboutFailures(CareerCatalog catalog, PrintWriter err, Style style) {
        int n = catalog.failures().size();
        if (n > 0) {
            err.println(style.yellow("careerfit: " + n + (n == 1 ? " provider" : " providers")
                    + " failed to load; see careerfit sources"));
        }
    }
}
