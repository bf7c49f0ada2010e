package dev.careerfit.cli;

import dev.careerfit.quiz.report.CloseCall;
import dev.careerfit.quiz.report.DealBreaker;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitInterval;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.GivenAnswer;
import dev.careerfit.quiz.report.PathOption;
import dev.careerfit.quiz.report.Reason;
import dev.careerfit.quiz.report.ResultChange;
import dev.careerfit.quiz.report.RoleComparison;
import dev.careerfit.quiz.report.SkillGap;
import dev.careerfit.quiz.report.SkillReadiness;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * A fit report and a comparison of roles for the terminal: bar charts, the reasons with their
 * sources, deal-breakers, skill gaps and next steps. It shows what the quiz engine computed and
 * decides nothing itself.
 */
final class TextReport {
    private static final int BAR = 40;

    private final PrintWriter out;
    private final Style style;

    TextReport(PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
    }

    /** The verdict first, then how all roles compare, then the reasons behind the verdict and what to do next. */
    void print(FitReport report, RoleComparison comparison) {
        if (report != null) {
            headline(report);
        }
        if (comparison != null) {
            comparison(comparison, report == null ? null : report.role().value());
        }
        if (report != null) {
            details(report);
            nextSteps(report);
        }
    }

    private void headline(FitReport r) {
        out.println(style.bold("Your fit: " + r.roleTitle()) + style.dim("  (" + r.role() + ")"));
        if (r.score() == null) {
            out.println("  Not enough answers to score yet; the score could be anywhere from "
                    + interval(r.interval()) + ".");
        } else {
            out.println("  " + style.score(r.score(), style.bar(r.score() / 100, BAR)) + "  "
                    + style.bold(score(r.score()) + " / 100") + "  likely " + interval(r.interval()) + ", "
                    + r.bandDescription());
        }
    }

    private void details(FitReport r) {
        reasons("In its favour", "+", r.inFavour());
        reasons("Against it", "-", r.against());
        dealBreakers(r.dealBreakers());
        skills(r.skills());
        changes(r.whatWouldChange());
        if (!r.notes().isEmpty()) {
            heading("Good to know");
            r.notes().forEach(n -> out.println("  - " + n));
        }
    }

    void comparison(RoleComparison c, String highlight) {
        heading("How the roles compare");
        int width = c.ranking().stream().mapToInt(e -> e.title().length()).max().orElse(0);
        int rank = 1;
        for (FitEstimate e : c.ranking()) {
            String title = RolesCommand.pad(e.title(), width);
            boolean mine = e.role().value().equals(highlight);
            String line = String.format(Locale.ROOT, "  %d. %s  ", rank++, mine ? style.bold(title) : title);
            if (e.score() == null) {
                out.println(line + style.dim(" ".repeat(BAR)) + "  not scored yet (" + interval(e.interval()) + ")");
            } else {
                out.println(line + style.score(e.score(), style.bar(e.score() / 100, BAR)) + "  "
                        + String.format(Locale.ROOT, "%3s", score(e.score())) + style.dim("  (" + interval(e.interval())
                        + ")") + "  " + bands(e));
            }
        }
        for (CloseCall cc : c.tooClose()) {
            out.println(style.dim("  " + cc.higher() + " and " + cc.lower() + " are too close to call: "
                    + String.format(Locale.ROOT, "%+.0f points, could be anywhere from %+.0f to %+.0f",
                    cc.difference(), cc.interval().low(), cc.interval().high())));
        }
    }

    private void reasons(String title, String sign, List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        heading(title);
        for (Reason r : reasons) {
            out.println("  " + (sign.equals("+") ? style.green(sign) : style.red(sign)) + " " + lead(r.name(), r.summary()));
            out.println("      the role: " + FactText.describe(r.fact().value())
                    + style.dim("  source: " + FactText.source(r.fact().provenance()))
                    + (r.disputed() ? style.yellow("  [disputed]") : ""));
            if (r.disputed() && r.resolution() != null) {
                out.println(style.dim("      " + r.resolution()));
            }
            for (GivenAnswer a : r.answers()) {
                out.println(style.dim("      you: \"" + a.text() + "\": " + a.answer()));
            }
        }
    }

    private void dealBreakers(List<DealBreaker> dealBreakers) {
        if (dealBreakers.isEmpty()) {
            return;
        }
        heading(style.red("Possible deal-breakers"));
        for (DealBreaker d : dealBreakers) {
            out.println("  ! " + lead(d.name(), d.summary()));
            out.println(style.dim("      source: " + FactText.source(d.fact().provenance())));
        }
    }

    private void skills(SkillReadiness s) {
        if (s == null) {
            return;
        }
        heading("Skills and the way in");
        out.println("  " + s.summary());
        if (s.coverage() != null) {
            out.println("  " + style.cyan(style.bar(s.coverage(), BAR)) + "  " + percent(s.coverage())
                    + " of the required skill levels covered" + style.dim(" (" + percent(s.coverageLow()) + "-"
                    + percent(s.coverageHigh()) + " counting unrated skills)"));
        }
        for (SkillGap g : s.gaps()) {
            var need = g.requirement().value();
            out.println("  - " + need.skill().name() + ": you " + FactText.lower(g.self()) + ", the role asks "
                    + FactText.lower(need.proficiency()) + style.yellow(" (" + g.gap() + (g.gap() == 1 ? " level" : " levels")
                    + " short)") + style.dim("  source: " + FactText.source(g.requirement().provenance())));
        }
        if (s.education() != null) {
            var e = s.education();
            out.println("  Education: you hold " + e.held().label() + "; the usual way in is " + e.usualEntry().label()
                    + (e.meets() ? style.green(" (met)") : style.yellow(" (not yet)"))
                    + style.dim("  source: " + FactText.source(e.requirement().provenance())));
        }
        for (PathOption p : s.paths()) {
            out.println("  Way in: " + p.summary() + style.dim("  source: " + FactText.source(p.path().provenance())));
        }
    }

    private void changes(List<ResultChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        heading("What would change the result");
        for (ResultChange c : changes) {
            out.println("  - " + c.summary() + style.dim(String.format(Locale.ROOT, " (score %s to %s)",
                    score(c.scoreLow()), score(c.scoreHigh()))));
        }
    }

    private void nextSteps(FitReport r) {
        heading("Next steps");
        List<String> steps = NextSteps.of(r);
        for (int i = 0; i < steps.size(); i++) {
            out.println("  " + (i + 1) + ". " + steps.get(i));
        }
    }

    /** {@code summary} with the {@code name} it starts with in bold. */
    private String lead(String name, String summary) {
        return summary.startsWith(name) ? style.bold(name) + summary.substring(name.length())
                : style.bold(name) + ": " + summary;
    }

    private void heading(String title) {
        out.println();
        out.println(style.bold(title));
    }

    private static String bands(FitEstimate e) {
        if (e.band() != null) {
            return e.band().label();
        }
        // Worded as FitReport.bandDescription() words it.
        return e.bands().isEmpty() ? "" : "between " + e.bands().get(e.bands().size() - 1).label() + " and "
                + e.bands().get(0).label();
    }

    static String score(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    static String interval(FitInterval i) {
        return score(i.low()) + "-" + score(i.high());
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
