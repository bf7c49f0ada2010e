package dev.careerfit.cli;

import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.QuizJson;
import dev.careerfit.quiz.report.FitReport;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code careerfit score --answers FILE}: the quiz's report for answers given in a file. */
@Command(name = "score", description = {"Score an answers file (JSON or YAML, as the quiz saves it) without asking "
        + "questions: the fit report for one role and how all roles compare, or with --all the ranking alone."})
final class ScoreCommand extends CliCommand {
    @Option(names = {"-a", "--answers"}, required = true, paramLabel = "FILE",
            description = "The answers file, e.g. ~/.careerfit/answers.json.")
    Path answersFile;

    @ArgGroup(exclusive = true)
    Which which;

    @ArgGroup(exclusive = true)
    ReportOptions format;

    ScoreCommand(CliContext context) {
        super(context);
    }

    /** One role, or all of them. */
    static final class Which {
        @Option(names = {"-r", "--role"}, paramLabel = "ROLE",
                description = "The role to report on (default: the role the answers name, else "
                        + QuizCommand.DEFAULT_ROLE + ").")
        String role;

        @Option(names = "--all", description = "Rank every role instead of reporting on one.")
        boolean all;
    }

    @Override
    public Integer call() throws Exception {
        FitScorer scorer = context.scorer();
        Answers answers = QuizJson.readAnswers(answersFile, scorer);
        FitReport report = null;
        if (which == null || !which.all) {
            String role = which != null && which.role != null ? which.role
                    : answers.role().orElse(QuizCommand.DEFAULT_ROLE);
            report = scorer.score(answers, context.scorableRole(role));
        }
        var comparison = report != null && ReportOptions.json(format) ? null : scorer.compareAll(answers);
        ReportOptions.emit(format, out(), context.style(), report, comparison);
        return ExitCodes.OK;
    }
}
