package dev.careerfit.cli;

import dev.careerfit.CareerfitException;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.report.Report;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code careerfit sources}: the providers, their sources with releases, licences and the credit their licences ask
 * for, what was read from each release, what failed to load and why, warnings, and where sources disagree.
 */
@Command(name = "sources", description = {"List the data providers, the sources they cite as their publishers title "
        + "them (release, licence, the credit the licence asks for), what was read from each release, providers that "
        + "failed to load and why, warnings, and where sources disagree. The release files themselves: --json."})
final class SourcesCommand extends CliCommand {
    @Option(names = "--details", description = ReportOptions.DETAILS)
    boolean details;

    @ArgGroup(exclusive = true)
    ReportOptions format;

    SourcesCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        // Everything that loaded and everything that failed is listed first; what the user asked for that failed
        // is still an error, after the listing.
        CareerCatalog catalog = context.loadedCatalog();
        context.noticesShown();
        ReportOptions.check(format, java.util.List.of());
        ReportOptions.write(format, context, out(), new Report.Sources(catalog), details);
        context.configurationProblem(catalog).ifPresent(problem -> {
            throw new CareerfitException(problem);
        });
        return ExitCodes.OK;
    }
}
