package dev.careerfit.cli;

import dev.careerfit.report.Report;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code careerfit role ID}: everything known about one role, each figure with its source. */
@Command(name = "role", description = {"Show what is known about one role or occupation (ml-engineer, 15-2051.00): a "
        + "summary first (what they do, pay, outlook, the way in, interests), then the work, tasks, skills and tools, "
        + "each figure saying what it is and citing its source. --details gives every fact; where sources disagree, "
        + "every value, the one shown marked, with the reason it was chosen; a role linked to national occupations "
        + "shows their figures beside its own and where they differ."})
final class RoleCommand extends RoleCommandBase {
    @Option(names = "--details", description = ReportOptions.DETAILS)
    boolean details;

    @ArgGroup(exclusive = true)
    ReportOptions format;

    RoleCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        ReportOptions.write(format, context, out(), new Report.Role(role(), context.catalog()), details);
        return ExitCodes.OK;
    }
}
