package dev.careerfit.cli;

import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.report.CloseCall;
import dev.careerfit.quiz.report.DealBreaker;
import dev.careerfit.quiz.report.DimensionScore;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitInterval;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.GivenAnswer;
import dev.careerfit.quiz.report.LevelInput;
import dev.careerfit.quiz.report.Reason;
import dev.careerfit.quiz.report.ResultChange;
import dev.careerfit.quiz.report.RoleComparison;
import dev.careerfit.quiz.report.SkillGap;
import dev.careerfit.quiz.report.SkillReadiness;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Fit results for the terminal: the best occupations out of all of them with bars and intervals, the
 * person's profile, then for the role asked about where it stands and why (each reason with its sources),
 * deal-breakers, readiness and the way in, and next steps. It shows what the quiz engine computed and
 * decides nothing itself.
 */
final class TextReport {
    private static final int BAR = 30;
    /** Reasons shown for each of the best occupations; the report on one role shows more. */
    private static final int REASONS_PER_ROLE = 2;

    private final PrintWriter out;
    private final Style style;

    TextReport(PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
    }

    /**
     * The ranking (may be {@code null}), then the report on the role asked about (may be {@code null}), then a
     * short readiness line for each of {@code top}.
     */
    void print(RoleComparison ranking, FitReport asked, List<FitReport> top) {
        if (ranking != null) {
            ranking(ranking, asked == null ? null : asked.role().value());
            profile(ranking.profile());
            notes(ranking.notes());
        }
        if (!top.isEmpty()) {
            heading("Why the best ones fit, and the way in");
            for (FitReport r : top) {
                out.println("  " + style.bold(r.rank() + ". " + r.roleTitle()) + style.dim("  (" + r.role() + ")"));
                for (Reason reason : r.inFavour().stream().limit(REASONS_PER_ROLE).toList()) {
                    out.println("    " + style.green("+") + " " + reason.summary());
                    reason.level().from().stream().limit(1).forEach(f -> out.println(style.dim("        " + f.figure()
                            + ": " + f.value() + "  source: " + FactText.source(f.provenance()))));
                }
                out.println("    Way in: " + r.readiness().preparation().summary());
                SkillReadiness s = r.readiness().skills();
                if (s.coverage() != null) {
                    out.println(style.dim("    The skills you rated cover " + percent(s.coverage()) + " of what it asks."));
                }
            }
        }
        if (asked != null) {
            details(asked, ranking == null);
        }
    }

    private void ranking(RoleComparison c, String highlight) {
        heading("Your best occupations, out of " + FactText.number(c.scored()) + " scored");
        int width = c.ranking().stream().mapToInt(e -> e.title().length()).max().orElse(0);
        for (FitEstimate e : c.ranking()) {
            String title = Style.pad(e.title(), Math.min(width, 48));
            boolean mine = e.role().value().equals(highlight);
            String rank = String.format(Locale.ROOT, "%4s. ", e.rank() == null ? "-" : e.rank());
            if (e.score() == null) {
                out.println(rank + title + "  not scored yet");
                continue;
            }
            out.println(rank + (mine ? style.bold(title) : title) + "  " + style.score(e.score(), style.bar(e.score() / 100,
                    BAR)) + "  " + score(e.score()) + style.dim("  likely " + interval(e.interval())) + "  " + bands(e)
                    + (e.dealBreakers().isEmpty() ? "" : style.red("  ! " + e.dealBreakers().size() + " deal-breaker"
                    + (e.dealBreakers().size() == 1 ? "" : "s"))) + style.dim("  " + e.role()));
        }
        for (CloseCall cc : c.tooClose()) {
            out.println(style.dim("  " + cc.higher() + " and " + cc.lower() + (cc.interval().width() == 0
                    ? " score the same on everything you answered"
                    : " are too close to call: " + String.format(Locale.ROOT, "%+.1f points, could be anywhere from "
                    + "%+.1f to %+.1f", cc.difference(), cc.interval().low(), cc.interval().high()))));
        }
        out.println(style.dim("  Intervals hold the true score for " + percent(c.coverage()) + " of people "
                + "(docs/validity.md)."));
    }

    private void profile(List<DimensionScore> profile) {
        if (profile.isEmpty()) {
            return;
        }
        heading("What your answers say");
        for (DimensionFamily f : DimensionFamily.values()) {
            List<DimensionScore> scores = profile.stream().filter(d -> d.family() == f).toList();
            if (scores.isEmpty()) {
                continue;
            }
            String line = scores.stream().map(d -> f == DimensionFamily.INTEREST
                    ? shortName(d.name()) + " " + d.profilerScale()
                    : shortName(d.name()) + " " + String.format(Locale.ROOT, "%+.1f", d.score()))
                    .collect(Collectors.joining(", "));
            out.println("  " + style.bold(capitalised(f.label())) + (f == DimensionFamily.INTEREST
                    ? style.dim(" (0-40, as the O*NET Interest Profiler scores them)") : style.dim(" (-1 to +1)")) + ": "
                    + line);
        }
    }

    private static String shortName(String name) {
        int colon = name.indexOf(':');
        return colon > 0 ? name.substring(0, colon) : name;
    }

    private void notes(List<String> notes) {
        if (!notes.isEmpty()) {
            heading("Good to know");
            notes.forEach(n -> out.println("  - " + n));
        }
    }

    private void details(FitReport r, boolean alone) {
        heading(r.roleTitle() + style.dim("  (" + r.role() + ")"));
        if (r.score() != null) {
            out.println("  " + style.score(r.score(), style.bar(r.score() / 100, BAR)) + "  " + style.bold(score(r.score())
                    + " / 100") + style.dim("  likely " + interval(r.interval())));
        }
        out.println("  " + r.verdict());
        reasons("Why it fits", "+", r.inFavour());
        reasons("Why it may not", "-", r.against());
        dealBreakers(r.dealBreakers());
        readiness(r);
        changes(r.whatWouldChange());
        if (alone) {
            notes(r.notes());
        }
        heading("Next steps");
        List<String> steps = NextSteps.of(r);
        for (int i = 0; i < steps.size(); i++) {
            out.println("  " + (i + 1) + ". " + steps.get(i));
        }
    }

    private void reasons(String title, String sign, List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        heading(title);
        for (Reason r : reasons) {
            out.println("  " + (sign.equals("+") ? style.green(sign) : style.red(sign)) + " " + r.summary());
            out.println(style.dim("      " + r.level().basis()));
            for (LevelInput f : r.level().from()) {
                out.println(style.dim("      " + f.figure() + ": " + f.value() + "  source: "
                        + FactText.source(f.provenance())));
            }
            for (GivenAnswer a : r.answers().stream().limit(3).toList()) {
                out.println(style.dim("      you: \"" + a.text() + "\": " + a.answer()
                        + (a.reverse() ? " (a statement against it)" : "")));
            }
        }
    }

    private void dealBreakers(List<DealBreaker> dealBreakers) {
        if (dealBreakers.isEmpty()) {
            return;
        }
        heading(style.red("Possible deal-breakers"));
        for (DealBreaker d : dealBreakers) {
            out.println("  ! " + d.summary());
            d.level().from().forEach(f -> out.println(style.dim("      " + f.figure() + ": " + f.value() + "  source: "
                    + FactText.source(f.provenance()))));
        }
    }

    private void readiness(FitReport r) {
        heading("Readiness and the way in (apart from the fit)");
        var prep = r.readiness().preparation();
        out.println("  " + prep.summary());
        prep.wayIn().forEach(w -> out.println(style.dim("      " + w)));
        SkillReadiness s = r.readiness().skills();
        if (s.coverage() != null) {
            out.println("  " + style.cyan(style.bar(s.coverage(), BAR)) + "  " + percent(s.coverage())
                    + " of the required skill levels covered" + style.dim(" (" + percent(s.coverageLow()) + "-"
                    + percent(s.coverageHigh()) + " counting the " + s.unrated().size() + " skills not rated)"));
        } else if (s.required() > 0) {
            out.println(style.dim("  It asks for " + s.required() + " skills; rate yours in the quiz to compare."));
        }
        for (SkillGap g : s.gaps().stream().limit(5).toList()) {
            out.println("  - " + g.skill() + ": you " + g.self() + " of 4, it asks about " + FactText.number(g.required())
                    + style.dim("  source: " + FactText.source(g.source().provenance())));
        }
    }

    private void changes(List<ResultChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        heading("What would change the result");
        changes.forEach(c -> out.println("  - " + c.summary()));
    }

    private void heading(String title) {
        out.println();
        out.println(style.bold(title));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String bands(FitEstimate e) {
        if (e.band() != null) {
            return e.band().label();
        }
        return e.bands().size() == 1 ? "no verdict" : "between " + e.bands().get(e.bands().size() - 1).label() + " and "
                + e.bands().get(0).label();
    }

    static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String interval(FitInterval i) {
        return score(i.low()) + "-" + score(i.high());
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
