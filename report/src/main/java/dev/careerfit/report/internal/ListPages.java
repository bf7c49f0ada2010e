package dev.careerfit.report.internal;

import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.quiz.bank.Dimension;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.bank.ResponseOption;
import dev.careerfit.report.Report;
import dev.careerfit.report.ReportSettings;
import dev.careerfit.report.page.Block;
import dev.careerfit.report.page.Block.Item;
import dev.careerfit.report.page.Block.Mark;
import dev.careerfit.report.page.Page;
import dev.careerfit.report.page.Span;
import dev.careerfit.report.page.Text;
import dev.careerfit.report.page.Tone;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The pages that list: roles (all, or a search's), the question bank, and one question as a quiz shows it. */
final class ListPages {
    private ListPages() {}

    /** Roles by id and title; a search says how many matched. */
    static Page roles(Report.Roles r, ReportSettings settings) {
        List<List<Text>> rows = new ArrayList<>();
        for (RoleSummary s : r.shown()) {
            List<Text> row = new ArrayList<>(List.of(Text.of(s.id().value(), Tone.MUTED),
                    Text.of(Span.link(s.title(), "/roles/" + s.id().value()))));
            rows.add(row);
        }
        List<Block> blocks = new ArrayList<>();
        if (!rows.isEmpty()) {
            blocks.add(new Block.Table(List.of(Text.of("ROLE"), Text.of("TITLE")), rows));
        }
        int total = r.catalog().roles().size();
        String counted = r.search() == null
                ? Words.count(total, "occupation or role", "occupations and roles") + " in all"
                : Words.count(r.matched(), "role matches", "roles match") + " '" + r.search() + "' of "
                + Words.count(total);
        counted += r.shown().size() < r.matched() ? "; " + r.shown().size() + " shown (--limit)." : ".";
        blocks.add(new Block.Paragraph(Text.of(counted + (r.matched() == 0 ? " Try fewer or other words."
                : " Everything about one: careerfit role ROLE"), Tone.MUTED), false));
        return new Page(Text.of(r.search() == null ? "Occupations and roles" : "Roles matching '" + r.search() + "'"),
                null, blocks);
    }

    /** The bank: each family's dimensions with their questions (ids and words), and the answers each takes. */
    static Page questions(Report.Questions q, ReportSettings settings) {
        QuestionBank bank = q.bank();
        List<Block> blocks = new ArrayList<>();
        for (DimensionFamily f : bank.families()) {
            List<Item> dims = new ArrayList<>();
            for (Dimension d : bank.dimensions(f)) {
                List<Item> questions = new ArrayList<>();
                for (Question x : bank.questions(d.id())) {
                    // A choice between two dimensions is listed once, under the first.
                    if (f.measuredBy() != QuestionKind.VALUE_CHOICE || x.dimension().equals(d.id())) {
                        questions.add(question(x));
                    }
                }
                bank.importanceQuestion(d.id()).ifPresent(x -> questions.add(question(x)));
                dims.add(new Item(Mark.POINT, Text.of(Span.of(d.name(), Tone.STRONG), Span.of("  " + d.id().value()
                        + ": " + d.description(), Tone.MUTED)), List.of(new Block.Items(questions, false))));
            }
            List<Block> blocks1 = new ArrayList<>();
            blocks1.add(new Block.Items(dims, false));
            blocks1.add(new Block.Paragraph(Text.of("Answers: " + scale(bank.scale(f.measuredBy())), Tone.MUTED), true));
            blocks.add(new Block.Section(f.id(), Text.of(Words.capitalised(f.label())), blocks1));
        }
        List<Item> readiness = new ArrayList<>();
        for (Question x : bank.questions()) {
            if (!x.kind().measures() && x.kind() != QuestionKind.IMPORTANCE && x.kind() != QuestionKind.SKILL_RATING) {
                readiness.add(new Item(Mark.POINT, Text.of(Span.of(x.id().value(), Tone.MUTED), Span.of("  "
                        + x.text())), List.of(new Block.Paragraph(Text.of("Answers: " + scale(x.options()), Tone.MUTED),
                        true))));
            }
        }
        long skills = bank.questions().stream().filter(x -> x.kind() == QuestionKind.SKILL_RATING).count();
        readiness.add(new Item(Mark.POINT, Text.of(Span.of("skill.<id>", Tone.MUTED), Span.of("  " + skills
                + " skill self-ratings, 0 (none) to 4 (expert); --json lists them"))));
        blocks.add(new Block.Section("readiness", Text.of("Readiness"), List.of(new Block.Items(readiness, false))));
        blocks.add(new Block.Paragraph(Text.of("Every question can also be answered \"not-sure\" or \"skip\". Answers "
                + "file format: docs/formats.md.", Tone.MUTED), true));
        return new Page(Text.of("Question bank " + bank.id() + " " + bank.version()), Text.of(bank.questions().size()
                + " questions; answers files name version " + bank.version() + (bank.reads().isEmpty() ? ""
                : ", and answers to " + String.join(", ", bank.reads()) + " still load"), Tone.MUTED), blocks);
    }

    private static Item question(Question x) {
        return new Item(Mark.POINT, Text.of(Span.of(x.id().value(), Tone.MUTED), Span.of("  " + x.text()),
                Span.of(x.keySign() < 0 ? "  (against it)" : "", Tone.MUTED)));
    }

    private static String scale(List<ResponseOption> options) {
        return options.stream().map(o -> o.value() + " " + o.label()).collect(Collectors.joining(", "));
    }

    /**
     * One question of a quiz: where it stands and its topic, the question, and its answers numbered by the keys that
     * pick them (on one line when they fit, else one a line).
     */
    static Page question(Report.QuestionCard c, ReportSettings settings) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(Text.of(c.question().text()), false));
        List<ResponseOption> options = c.question().options();
        String line = "";
        for (int i = 0; i < options.size(); i++) {
            line += (i == 0 ? "" : "   ") + (i + 1) + " " + options.get(i).label();
        }
        if (options.size() <= 5 && line.length() + 2 <= settings.width()) {
            Text.Builder t = Text.builder();
            for (int i = 0; i < options.size(); i++) {
                t.add(i == 0 ? "" : "   ").add(Integer.toString(i + 1), Tone.STRONG).add(" " + options.get(i).label());
            }
            blocks.add(new Block.Paragraph(t.build(), false));
        } else {
            blocks.add(new Block.Items(options.stream().map(o -> new Item(Mark.POINT, Text.of(o.label()))).toList(),
                    true));
        }
        if (c.given() != null) {
            blocks.add(new Block.Paragraph(Text.of("your answer: " + c.given() + " (Enter keeps it)", Tone.MUTED), true));
        }
        String counter = "Question " + c.position() + (c.total() > 0 ? " of " + c.total() : "");
        return new Page(Text.of(Span.of(counter, Tone.STRONG), Span.of("  " + c.topic(), Tone.MUTED)), null, blocks);
    }
}
