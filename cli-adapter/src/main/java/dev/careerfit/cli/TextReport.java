package dev.careerfit.cli;

import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.Matching;
import dev.careerfit.quiz.report.CloseCall;
import dev.careerfit.quiz.report.DealBreaker;
import dev.careerfit.quiz.report.DimensionScore;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitInterval;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.GivenAnswer;
import dev.careerfit.quiz.bank.LevelInput;
import dev.careerfit.quiz.report.Reason;
import dev.careerfit.quiz.report.ResultChange;
import dev.careerfit.quiz.report.OccupationFamily;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.quiz.report.SkillGap;
import dev.careerfit.quiz.report.SkillReadiness;
import dev.careerfit.quiz.report.Stance;
import dev.careerfit.role.RoleId;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Fit results for the terminal, the answer first: the best occupations out of all of them with bars and
 * intervals, where the role asked about stands, the verdict and how sure it is; then why (each reason
 * pointing to its sources by number), deal-breakers, readiness and the way in, next steps, the best ones'
 * way in, what the answers say, and the sources once, numbered. The default view keeps to
 * {@value #BUDGET} lines for the default number of occupations; {@code --details} adds every reason,
 * figure and answer. It shows what the quiz engine computed and decides nothing itself.
 */
final class TextReport {
    /** Lines the default view stays within, with the default number of occupations listed (docs/formats.md). */
    static final int BUDGET = 100;
    /** Text is wrapped to this many columns. */
    static final int WIDTH = 100;
    private static final int BAR = 14;
    private static final int TITLE = 36;
    /** Reasons for and against the role asked about in the default view; --details shows all of them. */
    private static final int REASONS = 3;
    private static final int AGAINST = 2;
    private static final int GAPS = 3;
    private static final int CHANGES = 2;

    private final PrintWriter out;
    private final Style style;
    private final boolean details;
    private final ReportCitations refs = new ReportCitations();

    TextReport(PrintWriter out, Style style) {
        this(out, style, false);
    }

    TextReport(PrintWriter out, Style style, boolean details) {
        this.out = out;
        this.style = style;
        this.details = details;
    }

    /**
     * The ranking (may be {@code null}), the report on the role asked about (may be {@code null}), a short
     * readiness line for each of {@code top}, what the answers say, and the sources.
     */
    void print(Ranking ranking, FitReport asked, List<FitReport> top) {
        if (ranking != null) {
            ranking(ranking, asked == null ? null : asked.role());
        }
        if (asked != null) {
            asked(asked, ranking);
        }
        List<FitReport> others = top.stream().filter(r -> asked == null || !r.role().equals(asked.role())).toList();
        if (!others.isEmpty()) {
            best(others);
        }
        if (ranking != null) {
            profile(ranking.profile());
        }
        List<String> notes = new ArrayList<>();
        if (ranking != null) {
            notes.addAll(ranking.notes());
        }
        if (asked != null) {
            notes.addAll(asked.notes());
        }
        notes(FactText.distinct(notes));
        sources();
    }

    private void ranking(Ranking c, RoleId highlight) {
        if (c.roles().isEmpty() && !c.flags().isEmpty()) {
            heading("No ranking");
            say("Your answer pattern says more about how the questions were answered than about you, so no occupation "
                    + "is ranked; see the notes below.", "  ", "  ");
            return;
        }
        families(c);
        heading("Your best occupations, out of " + FactText.number(c.scored()) + " scored");
        List<CloseCall> close = c.tooClose();
        int width = Math.min(TITLE, c.roles().stream().mapToInt(e -> e.title().length()).max().orElse(0));
        boolean tied = false;
        for (FitEstimate e : c.roles()) {
            boolean mine = e.role().equals(highlight);
            boolean tie = close.stream().anyMatch(cc -> cc.lower().equals(e.role()));
            tied |= tie;
            String mark = mine ? ">" : tie ? "~" : " ";
            String rank = String.format(Locale.ROOT, "%5s%s ", (e.rank() == null ? "-" : e.rank()) + ".", mark);
            String title = Style.pad(Style.cut(e.title(), width), width);
            if (e.score() == null) {
                out.println(rank + title + "  no level on what you answered" + style.dim("  " + e.role()));
                continue;
            }
            out.println(rank + (mine ? style.bold(title) : title) + "  " + style.score(e.score(), style.bar(e.score() / 100,
                    BAR)) + "  " + score(e.score()) + style.dim("  " + interval(e.interval())) + "  " + bands(e)
                    + (e.dealBreakers().isEmpty() ? "" : style.red("  ! " + e.dealBreakers().size() + " deal-breaker"
                    + (e.dealBreakers().size() == 1 ? "" : "s"))) + style.dim("  " + e.role()));
        }
        if (tied || highlight != null) {
            say(style.dim((highlight != null ? "> the role you asked about. " : "") + (tied ? "~ too close to call "
                    + "with the one above: the difference could be zero." : "")), "  ", "  ");
        }
        if (details) {
            for (CloseCall cc : close) {
                say(closeCall(cc, c), "  ", "    ");
            }
        }
        say(style.dim("Each score (0-100) is followed by the range it likely lies in, which holds the true score for "
                + percent(c.coverage()) + " of people (docs/validity.md)."), "  ", "  ");
    }

    /**
     * The families of near-twin occupations the ranking leads with (docs/scoring.md, "Families of occupations"), each
     * with its best occupations and how often it stayed in the top 10 over simulated retakes of the quiz.
     */
    private void families(Ranking c) {
        if (c.families().isEmpty()) {
            return;
        }
        heading("Your best families of occupations (% of simulated retakes keeping each in your top 10)");
        int shown = Math.min(c.families().size(), details ? 10 : 3);
        for (OccupationFamily f : c.families().subList(0, shown)) {
            String stable = f.stability() == null ? "" : percent(f.stability()) + "  ";
            String members = f.titles().size() > 1 || !f.titles().get(0).equals(f.title())
                    ? "  (" + String.join("; ", f.titles()) + ")" : "";
            String line = String.format(Locale.ROOT, "%5s  %s", f.rank() + ".", stable) + f.title();
            // The family's occupations when they fit on the line.
            out.println(line + (line.length() + members.length() <= 100 ? style.dim(members) : ""));
        }
        if (details) {
            say(style.dim("A family groups near-twin occupations (one SOC broad occupation); the percentage is how "
                    + "often it stays in your top 10 of simulated retakes of the quiz, with the noise your answers show."),
                    "  ", "  ");
        }
    }

    private static String closeCall(CloseCall cc, Ranking c) {
        String higher = title(c, cc.higher());
        String lower = title(c, cc.lower());
        return cc.interval().width() == 0 ? higher + " and " + lower + " score the same on everything you answered."
                : higher + " and " + lower + " are too close to call: the difference, " + FactText.points(cc.difference())
                + ", could be anywhere from " + signed(cc.interval().low()) + " to " + signed(cc.interval().high()) + ".";
    }

    private static String title(Ranking c, RoleId id) {
        return c.roles().stream().filter(e -> e.role().equals(id)).map(FitEstimate::title).findFirst()
                .orElse(id.toString());
    }

    private void asked(FitReport r, Ranking ranking) {
        heading(r.roleTitle() + style.dim("  (" + r.role() + ")"));
        if (r.score() != null) {
            out.println("  " + style.score(r.score(), style.bar(r.score() / 100, BAR)) + "  " + style.bold(score(r.score())
                    + " / 100") + style.dim("  likely " + interval(r.interval())));
        }
        say(r.verdict(), "  ", "  ");
        if (r.score() != null) {
            say(howSure(r, ranking), "  ", "  ");
        }
        reasons("Why it fits", "+", r.explanation().inFavour(), details ? Integer.MAX_VALUE : REASONS);
        reasons("Why it may not", "-", r.explanation().against(), details ? Integer.MAX_VALUE : AGAINST);
        dealBreakers(r.explanation().dealBreakers());
        readiness(r);
        changes(r.explanation().whatWouldChange());
        heading("Next steps");
        List<String> steps = NextSteps.of(r);
        for (int i = 0; i < steps.size(); i++) {
            say(steps.get(i), "  " + (i + 1) + ". ", "     ");
        }
    }

    /** How sure the result is: the interval's half width, and the neighbours it cannot be told apart from. */
    private String howSure(FitReport r, Ranking ranking) {
        double half = r.interval().width() / 2;
        StringBuilder sb = new StringBuilder("How sure: the score is likely within " + FactText.points(half)
                .replace("+", "") + " either way");
        if (ranking != null) {
            List<String> ties = new ArrayList<>();
            for (CloseCall cc : ranking.tooClose()) {
                if (cc.higher().equals(r.role())) {
                    ties.add(title(ranking, cc.lower()));
                } else if (cc.lower().equals(r.role())) {
                    ties.add(title(ranking, cc.higher()));
                }
            }
            if (!ties.isEmpty()) {
                sb.append("; it is too close to call against ").append(String.join(" and ", ties));
            }
        }
        return sb.append('.').toString();
    }

    private void reasons(String title, String sign, List<Reason> reasons, int shown) {
        if (reasons.isEmpty()) {
            return;
        }
        heading(title);
        for (Reason r : reasons.stream().limit(shown).toList()) {
            String mark = sign.equals("+") ? style.green(sign) : style.red(sign);
            say(r.summary() + " " + refs.marks(r.level().from()), "  " + mark + " ", "    ");
            if (!details) {
                continue;
            }
            say(style.dim(r.level().basis()), "      ", "        ");
            for (String f : FactText.distinct(r.level().from().stream().map(f -> FactText.figure(f) + " "
                    + refs.mark(f.provenance())).toList())) {
                say(style.dim(f), "      ", "        ");
            }
            for (GivenAnswer a : r.answers()) {
                say(style.dim("you: \"" + a.text() + "\": " + a.answer() + (a.reverse()
                        ? " (worded against it: agreeing counts against)" : "")), "      ", "        ");
            }
        }
        if (reasons.size() > shown) {
            say(style.dim("and " + (reasons.size() - shown) + " more (--details)"), "    ", "    ");
        }
    }

    private void dealBreakers(List<DealBreaker> dealBreakers) {
        if (dealBreakers.isEmpty()) {
            return;
        }
        heading(style.red("Possible deal-breakers"));
        for (DealBreaker d : dealBreakers) {
            say(d.summary() + " " + refs.marks(d.level().from()), "  ! ", "    ");
            if (details) {
                FactText.distinct(d.level().from().stream().map(f -> FactText.figure(f) + " "
                        + refs.mark(f.provenance())).toList()).forEach(f -> say(style.dim(f), "      ", "        "));
            }
        }
    }

    private void readiness(FitReport r) {
        heading("Readiness and the way in (apart from the fit)");
        var prep = r.readiness().preparation();
        say(prep.summary() + (prep.sources().isEmpty() ? "" : " " + refs.marks(prep.sources())), "  ", "  ");
        if (details) {
            FactText.distinct(prep.wayIn().stream().map(FactText::distinctList).toList())
                    .forEach(w -> say(style.dim(w), "      ", "        "));
        }
        SkillReadiness s = r.readiness().skills();
        if (s.coverage() != null) {
            String counted = s.unrated().isEmpty() ? "" : style.dim(" (" + percent(s.coverageLow()) + "-"
                    + percent(s.coverageHigh()) + " counting the " + s.unrated().size() + " skill"
                    + (s.unrated().size() == 1 ? "" : "s") + " not rated)");
            out.println("  " + style.cyan(style.bar(s.coverage(), BAR)) + "  " + percent(s.coverage())
                    + " of the required skill levels covered" + counted);
        } else if (s.required() > 0) {
            say(style.dim("It asks for " + s.required() + " skills; rate yours in the quiz to compare."), "  ", "  ");
        }
        List<SkillGap> gaps = s.gaps().stream().limit(details ? Integer.MAX_VALUE : GAPS).toList();
        if (!gaps.isEmpty()) {
            say("Largest gaps: " + gaps.stream().map(g -> g.skill() + " (you " + g.self() + " of 4, it asks "
                    + FactText.number(g.required()) + ") " + refs.mark(g.source().provenance()))
                    .collect(Collectors.joining(", ")) + (s.gaps().size() > gaps.size() ? ", and "
                    + (s.gaps().size() - gaps.size()) + " more" : "") + ".", "  ", "    ");
        }
    }

    private void changes(List<ResultChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        heading("What would change the result");
        changes.stream().limit(details ? Integer.MAX_VALUE : CHANGES).forEach(c -> say(c.summary(), "  - ", "    "));
    }

    private void best(List<FitReport> top) {
        heading("Why the best ones fit, and the way in");
        for (FitReport r : top) {
            out.println("  " + style.bold(r.rank() + ". " + r.roleTitle()) + style.dim("  (" + r.role() + ")"));
            List<Reason> reasons = r.explanation().inFavour().stream().limit(details ? 3 : 2).toList();
            if (!reasons.isEmpty()) {
                List<LevelInput> from = reasons.stream().flatMap(x -> x.level().from().stream()).toList();
                say("Fits: " + reasons.stream().map(x -> shortName(x.name()).toLowerCase(Locale.ROOT) + " "
                        + FactText.points(x.contribution())).collect(Collectors.joining(", ")) + " " + refs.marks(from),
                        "    " + style.green("+") + " ", "      ");
            }
            var prep = r.readiness().preparation();
            say("Way in: " + prep.summary() + (prep.sources().isEmpty() ? "" : " " + refs.marks(prep.sources())),
                    "    ", "      ");
            SkillReadiness s = r.readiness().skills();
            if (s.coverage() != null) {
                say(style.dim("The skills you rated cover " + percent(s.coverage()) + " of what it asks."), "    ",
                        "    ");
            }
        }
    }

    private void profile(List<DimensionScore> profile) {
        if (profile.isEmpty()) {
            return;
        }
        heading("What your answers say");
        for (DimensionFamily f : profile.stream().map(DimensionScore::family).distinct().toList()) {
            List<DimensionScore> scores = profile.stream().filter(d -> d.family().equals(f) && d.score() != null).toList();
            // The education answer is shown with readiness, not as a profile.
            if (scores.isEmpty() || !f.fitsAlone()) {
                continue;
            }
            // Families weighed by importance have many dimensions: the short view names only the strong stances.
            if (f.matching() == Matching.STANDING && !details) {
                say(capitalised(f.label()) + " you want most: " + names(scores, Stance.WANTS)
                        + "; you would rather avoid: " + names(scores, Stance.AVOIDS) + " (--details for each)", "  ",
                        "    ");
                continue;
            }
            String line = scores.stream().map(d -> shortName(d.name()) + " " + d.shown())
                    .collect(Collectors.joining(", "));
            say(capitalised(f.label()) + " (" + f.scale() + "): " + line, "  ", "    ");
        }
    }

    private static String names(List<DimensionScore> scores, Stance stance) {
        List<DimensionScore> named = scores.stream().filter(d -> d.stance() == stance).toList();
        return named.isEmpty() ? "none" : named.stream().map(d -> d.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static String shortName(String name) {
        int colon = name.indexOf(':');
        return colon > 0 ? name.substring(0, colon) : name;
    }

    private void notes(List<String> notes) {
        if (!notes.isEmpty()) {
            heading("Good to know");
            notes.forEach(n -> say(n, "  - ", "    "));
        }
    }

    private void sources() {
        if (refs.isEmpty()) {
            return;
        }
        heading("Sources");
        List<String> lines = refs.lines();
        for (int i = 0; i < lines.size(); i++) {
            String number = "[" + (i + 1) + "] ";
            say(style.dim(lines.get(i)), "  " + number, " ".repeat(2 + number.length()));
        }
    }

    private void heading(String title) {
        out.println();
        out.println(style.bold(title));
    }

    /**
     * {@code text} wrapped to {@value #WIDTH} columns: the first line after {@code first}, the others after
     * {@code next}. Colour codes around the whole text are kept on every line.
     */
    private void say(String text, String first, String next) {
        String open = "";
        String close = "";
        String plain = text;
        if (text.startsWith("\u001b[") && text.endsWith("\u001b[0m")) {
            int m = text.indexOf('m');
            open = text.substring(0, m + 1);
            close = "\u001b[0m";
            plain = text.substring(m + 1, text.length() - close.length());
        }
        List<String> lines = wrap(plain, WIDTH - visible(first), WIDTH - next.length());
        for (int i = 0; i < lines.size(); i++) {
            out.println((i == 0 ? first : next) + open + lines.get(i) + close);
        }
    }

    private static int visible(String s) {
        return s.replaceAll("\u001b\\[[0-9;]*m", "").length();
    }

    /** Words of {@code text} in lines of at most {@code firstWidth}, then {@code width}, characters. */
    static List<String> wrap(String text, int firstWidth, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int limit = Math.max(20, firstWidth);
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > limit) {
                lines.add(line.toString());
                line.setLength(0);
                limit = Math.max(20, width);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String bands(FitEstimate e) {
        if (e.band() != null) {
            return e.band().label();
        }
        return e.bands().size() == 1 ? "no verdict" : e.bands().get(e.bands().size() - 1).label() + " to "
                + e.bands().get(0).label();
    }

    static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.1f", value == 0 ? 0.0 : value);
    }

    static String interval(FitInterval i) {
        return score(i.low()) + "-" + score(i.high());
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
