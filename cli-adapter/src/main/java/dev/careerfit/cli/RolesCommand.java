package dev.careerfit.cli;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.report.Report;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code careerfit roles}: every role the loaded providers know, or those a search finds. */
@Command(name = "roles", description = {"List every role and occupation the built-in providers and your own "
        + "(--providers) know, or search them by title and other titles."})
final class RolesCommand extends CliCommand {
    @Option(names = {"-s", "--search"}, paramLabel = "TEXT",
            description = "Only roles whose title or one of whose other titles contains every word of TEXT "
                    + "(case-insensitive), best matches first.")
    String search;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Show at most N roles.")
    Integer limit;

    @ArgGroup(exclusive = true)
    ReportOptions format;

    RolesCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        if (limit != null && limit < 1) {
            throw usage("--limit must be at least 1, was " + limit);
        }
        CareerCatalog catalog = context.catalog();
        List<RoleSummary> found = search == null ? catalog.roles() : catalog.search(search);
        List<RoleSummary> shown = limit == null ? found : found.subList(0, Math.min(limit, found.size()));
        ReportOptions.write(format, context, out(), new Report.Roles(search, found.size(), shown, catalog), false);
        return ExitCodes.OK;
    }
}
