package dev.careerfit.cli;

import dev.careerfit.market.PayPeriod;
import dev.careerfit.report.Report;
import dev.careerfit.report.SalaryRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code careerfit salary ID}: what a role pays, where, per source, with a bar chart. */
@Command(name = "salary", description = {"Show what a role pays, place by place, every figure saying what it is and "
        + "citing its source; where sources disagree, all of them and which was chosen."})
final class SalaryCommand extends RoleCommandBase {
    @Option(names = {"-l", "--location"}, paramLabel = "PLACE",
            description = "Only figures for this place, as you would write it: a country (US, GB, UK, United Kingdom), "
                    + "a U.S. state (NY, New York), a city (London), or a city with its state or country (San Francisco, "
                    + "CA; London, UK). Case, accents and punctuation do not count; a country includes its cities. A code "
                    + "that is both a state and a country (CA: California or Canada) needs a city or country beside it. "
                    + "The rule: docs/formats.md, \"Places\".")
    String location;

    @Option(names = {"-p", "--period"}, paramLabel = "PERIOD",
            description = "Show every figure per ${COMPLETION-CANDIDATES}: as the source states it where it "
                    + "does (the BLS publishes both), otherwise converted at " + PayPeriod.HOURS_PER_YEAR
                    + " hours a year (default: as each source states it).")
    PayPeriod period;

    @Option(names = "--details", description = ReportOptions.DETAILS)
    boolean details;

    @ArgGroup(exclusive = true)
    ReportOptions format;

    SalaryCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        SalaryRequest request;
        try {
            request = SalaryRequest.of(location, period);
        } catch (IllegalArgumentException e) {
            throw usage("--location: " + e.getMessage());
        }
        ReportOptions.write(format, context, out(), Report.Salary.of(role(), request), details);
        return ExitCodes.OK;
    }
}
