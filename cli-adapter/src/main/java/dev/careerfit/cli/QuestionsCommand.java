package dev.careerfit.cli;

import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.bank.Dimension;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.bank.ResponseOption;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code careerfit questions}: the question bank, for people and for tools that build answer files. */
@Command(name = "questions", description = {"Print the question bank: every dimension careerfit scores and the "
        + "questions that measure it, with their ids and answer options, so that other tools can build answers files."})
final class QuestionsCommand extends CliCommand {
    @Option(names = "--json", description = "Print the bank as JSON (careerfit-question-listing/2).")
    boolean json;

    QuestionsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        QuestionBank bank = context.scorer().bank();
        PrintWriter out = out();
        if (json) {
            out.println(QuizJson.toJson(bank.listing()));
            return ExitCodes.OK;
        }
        Style style = style();
        out.println(style.bold("Question bank " + bank.id() + " " + bank.version()) + style.dim("  ("
                + bank.questions().size() + " questions; answers files name version " + bank.version()
                + (bank.reads().isEmpty() ? "" : ", and answers to " + String.join(", ", bank.reads()) + " still load")
                + ")"));
        for (DimensionFamily f : bank.families()) {
            out.println();
            out.println(style.bold(Character.toUpperCase(f.label().charAt(0)) + f.label().substring(1)));
            for (Dimension d : bank.dimensions(f)) {
                out.println("  " + style.bold(d.name()) + style.dim("  (" + d.id() + ") " + d.description()));
                for (Question q : bank.questions(d.id())) {
                    // A choice between two dimensions is listed once, under the first.
                    if (f.measuredBy() != QuestionKind.VALUE_CHOICE || q.dimension().equals(d.id())) {
                        out.println("    " + style.dim(q.id().value()) + "  " + q.text()
                                + (q.keySign() < 0 ? style.dim("  (against it)") : ""));
                    }
                }
                bank.importanceQuestion(d.id()).ifPresent(q -> out.println("    " + style.dim(q.id().value()) + "  "
                        + q.text()));
            }
            out.println(style.dim("  answers: " + scale(bank.scale(f.measuredBy()))));
        }
        out.println();
        out.println(style.bold("Readiness"));
        for (Question q : bank.questions()) {
            if (!q.kind().measures() && q.kind() != QuestionKind.IMPORTANCE && q.kind() != QuestionKind.SKILL_RATING) {
                out.println("    " + style.dim(q.id().value()) + "  " + q.text() + style.dim("  answers: "
                        + scale(q.options())));
            }
        }
        long skills = bank.questions().stream().filter(q -> q.kind() == QuestionKind.SKILL_RATING).count();
        out.println("    " + style.dim("skill.<id>") + "  " + skills + " skill self-ratings, 0 (none) to 4 (expert); "
                + "--json lists them");
        out.println();
        out.println(style.dim("Every question can also be answered \"not-sure\" or \"skip\". Answers file format: "
                + "docs/formats.md."));
        return ExitCodes.OK;
    }

    private static String scale(List<ResponseOption> options) {
        return options.stream().map(o -> o.value() + " " + o.label()).collect(Collectors.joining(", "));
    }
}
