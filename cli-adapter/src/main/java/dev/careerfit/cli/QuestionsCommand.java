package dev.careerfit.cli;

import dev.careerfit.report.Report;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** {@code careerfit questions}: the question bank, for people and for tools that build answer files. */
@Command(name = "questions", description = {"Print the question bank: every dimension careerfit scores and the "
        + "questions that measure it, with their ids and answer options, so that other tools can build answers files "
        + "(--json: careerfit-question-listing/2)."})
final class QuestionsCommand extends CliCommand {
    @ArgGroup(exclusive = true)
    ReportOptions format;

    QuestionsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        ReportOptions.write(format, context, out(), new Report.Questions(context.scorer().bank()), false);
        return ExitCodes.OK;
    }
}
