package dev.careerfit.report.internal;

import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.LevelInput;
import dev.careerfit.quiz.bank.Matching;
import dev.careerfit.quiz.report.CloseCall;
import dev.careerfit.quiz.report.DealBreaker;
import dev.careerfit.quiz.report.DimensionScore;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.GivenAnswer;
import dev.careerfit.quiz.report.OccupationFamily;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.quiz.report.Reason;
import dev.careerfit.quiz.report.ResponseFlag;
import dev.careerfit.quiz.report.ResultChange;
import dev.careerfit.quiz.report.SkillGap;
import dev.careerfit.quiz.report.SkillReadiness;
import dev.careerfit.quiz.report.Stance;
import dev.careerfit.report.Report;
import dev.careerfit.report.ReportSettings;
import dev.careerfit.report.page.Block;
import dev.careerfit.report.page.Block.Item;
import dev.careerfit.report.page.Block.Mark;
import dev.careerfit.report.page.Page;
import dev.careerfit.report.page.Span;
import dev.careerfit.report.page.Text;
import dev.careerfit.report.page.Tone;
import dev.careerfit.role.RoleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's results as a page, the answer first: the best occupations out of every one careerfit holds, where the
 * role asked about stands and how sure that is; then why (each reason in words, pointing to its sources), possible
 * deal-breakers, readiness and the way in, what would change the result, next steps, why the best ones fit, what the
 * answers say, and the sources. The short view keeps to its {@link Budget}; the details add every
 * reason's figures, points and answers, every skill gap and each close call.
 */
final class FitPages {
    private static final int REASONS = 3;
    private static final int AGAINST = 2;
    private static final int GAPS = 3;
    private static final int CHANGES = 2;

    private final Report.FitResults results;
    private final ReportSettings settings;
    private final boolean details;
    private final Citations citations;
    /** Sections left out to keep the short view within its {@link Budget}. */
    private final Set<String> left;

    private FitPages(Report.FitResults results, ReportSettings settings, Set<String> left) {
        this.results = results;
        this.left = left;
        this.settings = settings;
        this.details = settings.details();
        this.citations = new Citations(results.catalog());
    }

    static Page page(Report.FitResults results, ReportSettings settings, Set<String> left) {
        return new FitPages(results, settings, left).page();
    }

    private Page page() {
        Ranking ranking = results.ranking();
        FitReport asked = results.asked();
        int occupations = results.catalog().roles().size();
        List<Block> blocks = new ArrayList<>();
        families(ranking).ifPresent(blocks::add);
        if (ranking.roles().isEmpty() && !ranking.flags().isEmpty()) {
            blocks.add(new Block.Section("no-ranking", Text.of("No ranking"), List.of(new Block.Paragraph(Text.of(
                    "Your answer pattern says more about how the questions were answered than about you, so no "
                    + "occupation is ranked; see the notes below."), false))));
        } else {
            blocks.add(ranking(ranking, asked == null ? null : asked.role(), occupations));
        }
        for (ResponseFlag flag : ranking.flags()) {
            blocks.add(new Block.Paragraph(Text.of("Your answers show a pattern: " + flag.description() + "."
                    + (flag.withholdsVerdict() ? " So the scores come without a verdict: they say more about how the "
                    + "questions were answered than about you." : ""), Tone.WARN), false));
        }
        if (asked != null) {
            blocks.add(asked(asked, ranking));
        }
        List<FitReport> others = results.best().stream()
                .filter(r -> asked == null || !r.role().equals(asked.role())).toList();
        if (!others.isEmpty() && !left.contains("best")) {
            blocks.add(best(others));
        }
        if (!left.contains("answers")) {
            profile(ranking.profile()).ifPresent(blocks::add);
        }
        List<String> notes = new ArrayList<>(ranking.notes());
        if (asked != null) {
            notes.addAll(asked.notes());
        }
        List<String> distinct = Words.distinct(notes);
        if (!distinct.isEmpty() && !left.contains("notes")) {
            blocks.add(new Block.Section("notes", Text.of("Good to know"), List.of(new Block.Items(distinct.stream()
                    .map(n -> new Item(Mark.POINT, Text.of(n))).toList(), false))));
        }
        if (!citations.isEmpty()) {
            blocks.add(new Block.Section("sources", Text.of("Sources"), List.of(citations.sources(details))));
        }
        String title = "Your best occupations, out of " + Words.count(occupations);
        return new Page(Text.of(title), null, blocks);
    }

    /**
     * The families of near-twin occupations the ranking leads with (docs/scoring.md, "Families of occupations"), each
     * with its best occupations and how often it stayed in the top 10 over simulated retakes of the quiz: three in
     * the short view, ten in the details.
     */
    private java.util.Optional<Block> families(Ranking r) {
        if (r.families().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Item> items = new ArrayList<>();
        for (OccupationFamily f : r.families().stream().limit(details ? 10 : 3).toList()) {
            Text.Builder t = Text.builder().add(f.rank() + ". ", Tone.STRONG).add(f.title(), Tone.STRONG);
            if (f.stability() != null) {
                t.add(", " + Words.percent(f.stability()) + " of retakes", Tone.MUTED);
            }
            if (f.titles().size() > 1 || !f.titles().get(0).equals(f.title())) {
                t.add(": " + String.join("; ", f.titles()), Tone.MUTED);
            }
            items.add(new Item(Mark.NONE, t.build()));
        }
        List<Block> blocks = new ArrayList<>(List.of(new Block.Items(items, false)));
        if (details) {
            blocks.add(new Block.Paragraph(Text.of("A family groups near-twin occupations (one SOC broad occupation); the "
                + "percentage is how often it stays in your top 10 of simulated retakes of the quiz.", Tone.MUTED), true));
        }
        return java.util.Optional.of(new Block.Section("families", Text.of("Your best families of occupations (% of "
                + "simulated retakes keeping each in your top 10)"), blocks));
    }

    /** The ranking, with what its marks mean and, once, what "scored" leaves out. */
    private Block ranking(Ranking r, RoleId highlight, int occupations) {
        List<Block.RankedRow> rows = new ArrayList<>();
        boolean tied = false;
        for (FitEstimate e : r.roles()) {
            boolean tie = r.tooClose().stream().anyMatch(cc -> cc.lower().equals(e.role()));
            tied |= tie;
            Text title = Text.of(Span.link(e.title(), "/roles/" + e.role().value()), Span.of(" " + e.role().value(),
                    Tone.MUTED));
            String warning = e.dealBreakers().isEmpty() ? null : e.dealBreakers().size() == 1
                    ? "has one of your deal-breakers" : "has " + e.dealBreakers().size() + " of your deal-breakers";
            rows.add(new Block.RankedRow(e.rank(), title, e.role().equals(highlight), tie, e.score(),
                    e.stability(), e.score() == null ? "no score: no rating on what you "
                    + "answered" : Words.band(e), warning));
        }
        List<Text> legend = new ArrayList<>();
        // The mark is explained only where it is shown: a guide's role asked about is not ranked beside occupations.
        boolean marked = rows.stream().anyMatch(Block.RankedRow::asked);
        if (tied || marked) {
            legend.add(Text.of((marked ? "> the role you asked about" + (tied ? "; " : ".") : "")
                    + (tied ? "~ too close to call with the one above." : ""), Tone.MUTED));
        }
        boolean simulated = r.roles().stream().anyMatch(e -> e.stability() != null);
        // How sure a place is, at the rank (issue 19): how often it stays, not a range of points on a score.
        legend.add(Text.of("Scores are 0 to 100" + (simulated ? "; top 10: how often it stays in your top 10 when "
                + "the quiz is retaken (simulated)." : "."), Tone.MUTED));
        int unscored = occupations - r.scored();
        // What "scored" leaves out, said once: every other count on the page is of all occupations or of these.
        legend.add(Text.of("Ranked: the " + Words.count(r.scored()) + " rated on what you answered"
                + (unscored > 0 ? "; " + Words.count(unscored) + " more have no rating on it." : "."), Tone.MUTED));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Ranking(rows, legend));
        if (details) {
            for (CloseCall cc : r.tooClose()) {
                blocks.add(new Block.Paragraph(Text.of(closeCall(cc, r), Tone.MUTED), true));
            }
        }
        return blocks.size() == 1 ? blocks.get(0) : new Block.Section("ranking", Text.of("Close calls"), blocks);
    }

    private static String closeCall(CloseCall cc, Ranking c) {
        String higher = title(c, cc.higher());
        String lower = title(c, cc.lower());
        return cc.interval().width() == 0 ? higher + " and " + lower + " score the same on everything you answered."
                : higher + " and " + lower + " are too close to call: the difference, "
                + Words.points(cc.difference(), false) + ", could be anywhere from " + signed(cc.interval().low())
                + " to " + signed(cc.interval().high()) + ".";
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.1f", value == 0 ? 0.0 : value);
    }

    private static String title(Ranking c, RoleId id) {
        return c.role(id).map(FitEstimate::title).orElse(id.value());
    }

    /** The role asked about: its score, where it stands, how sure, why, and what to do. */
    private Block asked(FitReport r, Ranking ranking) {
        List<Block> blocks = new ArrayList<>();
        if (r.score() != null) {
            // The likely range of points is for --details and JSON: a person reads how sure the place is instead.
            blocks.add(new Block.Bars(Text.of("Score", Tone.MUTED), List.of(details
                    ? new Block.Bar(Text.of(""), r.interval().low() / 100, r.interval().high() / 100, r.score() / 100,
                    Text.of(Span.of(Words.score(r.score()) + " / 100", Tone.STRONG), Span.of(", likely "
                            + Words.interval(r.interval()), Tone.MUTED)))
                    : new Block.Bar(Text.of(""), 0, r.score() / 100, Double.NaN,
                    Text.of(Span.of(Words.score(r.score()) + " / 100", Tone.STRONG))))));
        }
        blocks.add(new Block.Paragraph(Text.of(standing(r, ranking)), false));
        List<Block> why = new ArrayList<>();
        reasons("why", "Why it fits", Mark.PRO, r.explanation().inFavour(), REASONS).ifPresent(blocks::add);
        reasons("against", "Why it may not", Mark.CON, r.explanation().against(), AGAINST).ifPresent(blocks::add);
        dealBreakers(r.explanation().dealBreakers()).ifPresent(blocks::add);
        blocks.add(readiness(r));
        if (!left.contains("changes")) {
            changes(r.explanation().whatWouldChange()).ifPresent(blocks::add);
        }
        List<String> steps = NextSteps.of(r);
        blocks.add(new Block.Section("next", Text.of("Next steps"), List.of(new Block.Items(steps.stream()
                .map(s -> new Item(Mark.POINT, Text.of(s))).toList(), true))));
        blocks.addAll(why);
        return new Block.Section("asked", Text.of(Span.of(r.roleTitle(), Tone.STRONG), Span.of(", the role you asked "
                + "about", Tone.PLAIN)), blocks);
    }

    /**
     * Where the role stands, in words, from the numbers shown: "2nd of the 926 occupations scored for you, above 99%
     * of them: between good and strong. How sure: ...".
     */
    private static String standing(FitReport r, Ranking ranking) {
        if (r.score() == null || r.flags().stream().anyMatch(ResponseFlag::withholdsVerdict)) {
            return r.verdict();
        }
        FitEstimate e = r.estimate();
        String band = e.band() != null ? "a " + e.band().label() + " fit"
                : "between " + e.bands().get(e.bands().size() - 1).label() + " and " + e.bands().get(0).label();
        Double stability = e.stability() != null ? e.stability() : ranking == null ? null
                : ranking.role(r.role()).map(FitEstimate::stability).orElse(null);
        // How sure, at the rank (issue 19): how often the place holds over simulated retakes, not points either way.
        StringBuilder sb = new StringBuilder(Words.ordinal(e.rank()) + " of the " + Words.count(ranking == null
                ? e.rank() : ranking.scored()) + " occupations scored for you, above " + share(e.percentile())
                + " of them: " + band + (stability == null ? "" : ". How sure: it stays in your top 10 in "
                + Words.percent(stability) + " of simulated retakes of the quiz"));
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
                sb.append(stability == null ? ". It is" : "; it is").append(" too close to call against ")
                        .append(Words.and(ties));
            }
        }
        return sb.append('.').toString();
    }

    /** "above 99%": rounded down, so that it never claims all of them. */
    private static String share(double percent) {
        return (int) Math.max(0, Math.min(99, Math.floor(percent))) + "%";
    }

    private java.util.Optional<Block> reasons(String id, String title, Mark mark, List<Reason> reasons, int shown) {
        if (reasons.isEmpty()) {
            return java.util.Optional.empty();
        }
        int limit = details ? Integer.MAX_VALUE : shown;
        List<Item> items = new ArrayList<>();
        for (Reason r : reasons.stream().limit(limit).toList()) {
            items.add(new Item(mark, Text.builder().add(r.summary() + " ").add(marks(r.level().from())).build(),
                    details ? reasonDetails(r) : List.of()));
        }
        List<Block> blocks = new ArrayList<>(List.of(new Block.Items(items, false)));
        if (reasons.size() > limit) {
            blocks.add(new Block.Paragraph(Text.of("and " + (reasons.size() - limit) + " more (--details)",
                    Tone.MUTED), true));
        }
        return java.util.Optional.of(new Block.Section(id, Text.of(title), blocks));
    }

    /** Behind a reason: the points it adds, where the role's level comes from, the figures and the answers. */
    private List<Block> reasonDetails(Reason r) {
        List<Item> items = new ArrayList<>();
        items.add(new Item(Mark.POINT, Text.of(Words.points(r.contribution(), true) + " to the score; the role's "
                + "level: " + Words.number(r.level().level()) + " of " + Words.number(r.level().maximum()) + ", "
                + r.level().basis(), Tone.MUTED)));
        for (LevelInput f : r.level().from()) {
            items.add(figure(f));
        }
        for (GivenAnswer a : r.answers()) {
            items.add(new Item(Mark.POINT, Text.of("you: \u201c" + a.text() + "\u201d " + a.answer()
                    + (a.reverse() ? " (worded against it: agreeing counts against)" : ""), Tone.MUTED)));
        }
        return List.of(new Block.Items(items, false));
    }

    /** A published figure, its value, its source and what is particular to it. */
    private Item figure(LevelInput f) {
        String particulars = citations.particulars(f.provenance());
        return new Item(Mark.POINT, Text.builder().add(Text.of(figureText(f) + " ", Tone.MUTED))
                .add(citations.mark(f.provenance())).add(particulars.isEmpty() ? "" : "; " + particulars, Tone.MUTED)
                .build());
    }

    /**
     * A figure's name and value in one phrase, without saying a name twice: "proficiency needed in Python" and
     * "Python: advanced" read "proficiency needed in Python: advanced".
     */
    static String figureText(LevelInput input) {
        String f = input.figure().strip();
        String v = input.value().strip();
        int colon = v.indexOf(": ");
        if (colon > 0 && f.toLowerCase(Locale.ROOT).endsWith(v.substring(0, colon).toLowerCase(Locale.ROOT))) {
            v = v.substring(colon + 2);
        }
        if (v.matches("[A-Z][A-Z_]+")) {
            v = v.toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return Words.withoutCodes(v.toLowerCase(Locale.ROOT).contains(f.toLowerCase(Locale.ROOT)) ? v : f + ": " + v);
    }

    private Text marks(List<LevelInput> from) {
        return citations.marks(from.stream().map(LevelInput::provenance).toList());
    }

    private java.util.Optional<Block> dealBreakers(List<DealBreaker> dealBreakers) {
        if (dealBreakers.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Item> items = new ArrayList<>();
        for (DealBreaker d : dealBreakers) {
            List<Block> under = details ? List.of(new Block.Items(d.level().from().stream().map(this::figure).toList(),
                    false)) : List.of();
            items.add(new Item(Mark.DEAL_BREAKER, Text.builder().add(d.summary() + " ").add(marks(d.level().from()))
                    .build(), under));
        }
        return java.util.Optional.of(new Block.Section("deal-breakers", Text.of("Possible deal-breakers", Tone.BAD),
                List.of(new Block.Items(items, false))));
    }

    private Block readiness(FitReport r) {
        List<Block> blocks = new ArrayList<>();
        var prep = r.readiness().preparation();
        blocks.add(new Block.Paragraph(Text.builder().add(prep.summary() + (prep.sources().isEmpty() ? "" : " "))
                .add(marks(prep.sources())).build(), false));
        if (details && !prep.wayIn().isEmpty()) {
            blocks.add(new Block.Items(Words.distinct(prep.wayIn()).stream()
                    .map(w -> new Item(Mark.POINT, Text.of(w, Tone.MUTED))).toList(), false));
        }
        SkillReadiness s = r.readiness().skills();
        if (s.coverage() != null) {
            String counted = s.unrated().isEmpty() ? "" : " (" + Words.percent(s.coverageLow()) + " to "
                    + Words.percent(s.coverageHigh()) + " counting the " + Words.count(s.unrated().size(), "skill",
                    "skills") + " you did not rate)";
            blocks.add(new Block.Bars(Text.of("Skills", Tone.MUTED), List.of(new Block.Bar(Text.of(""), 0, s.coverage(),
                    Double.NaN, Text.of(Words.percent(s.coverage()) + " of the skill levels it asks for, you have"
                    + counted)))));
        } else if (s.required() > 0) {
            blocks.add(new Block.Paragraph(Text.of("It asks for " + Words.count(s.required(), "skill", "skills")
                    + "; rate yours in the quiz to compare.", Tone.MUTED), true));
        }
        List<SkillGap> gaps = s.gaps().stream().limit(details ? Integer.MAX_VALUE : GAPS).toList();
        if (!gaps.isEmpty()) {
            Text.Builder t = Text.builder().add("Largest gaps: ");
            for (int i = 0; i < gaps.size(); i++) {
                SkillGap g = gaps.get(i);
                t.add((i == 0 ? "" : ", ") + g.skill() + " (you " + g.self() + " of 4, it asks "
                        + Words.number(g.required()) + ") ").add(citations.mark(g.source().provenance()));
            }
            t.add(s.gaps().size() > gaps.size() ? ", and " + (s.gaps().size() - gaps.size()) + " more." : ".");
            blocks.add(new Block.Paragraph(t.build(), false));
        }
        return new Block.Section("readiness", Text.of("Readiness and the way in (apart from the fit)"), blocks);
    }

    private java.util.Optional<Block> changes(List<ResultChange> changes) {
        if (changes.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Block.Section("changes", Text.of("What would change the result"),
                List.of(new Block.Items(changes.stream().limit(details ? Integer.MAX_VALUE : CHANGES)
                        .map(c -> new Item(Mark.POINT, Text.of(c.summary()))).toList(), false))));
    }

    /** The best occupations other than the one asked about: the first reason each fits, and the way in. */
    private Block best(List<FitReport> top) {
        List<Item> items = new ArrayList<>();
        for (FitReport r : top) {
            List<Item> under = new ArrayList<>();
            r.explanation().inFavour().stream().limit(details ? REASONS : 1).forEach(x -> under.add(new Item(Mark.PRO,
                    Text.builder().add(x.summary() + " ").add(marks(x.level().from())).build())));
            var prep = r.readiness().preparation();
            under.add(new Item(Mark.POINT, Text.builder().add("Way in: " + prep.summary()
                    + (prep.sources().isEmpty() ? "" : " ")).add(marks(prep.sources())).build()));
            if (details && r.readiness().skills().coverage() != null) {
                under.add(new Item(Mark.POINT, Text.of("The skills you rated cover "
                        + Words.percent(r.readiness().skills().coverage()) + " of what it asks.", Tone.MUTED)));
            }
            items.add(new Item(Mark.NONE, Text.of(Span.of(r.rank() + ". ", Tone.STRONG),
                    new Span(r.roleTitle(), Tone.STRONG, "/roles/" + r.role().value(), 0),
                    Span.of(" " + r.role().value(), Tone.MUTED)), List.of(new Block.Items(under, false))));
        }
        return new Block.Section("best", Text.of("Why the best ones fit, and the way in"),
                List.of(new Block.Items(items, false)));
    }

    /** What the answers say, family by family: the strong stances in the short view, every score in the details. */
    private java.util.Optional<Block> profile(List<DimensionScore> profile) {
        List<Item> items = new ArrayList<>();
        for (DimensionFamily f : profile.stream().map(DimensionScore::family).distinct().toList()) {
            List<DimensionScore> scores = profile.stream().filter(d -> d.family().equals(f) && d.score() != null)
                    .toList();
            // The education answer is shown with readiness, not as a profile.
            if (scores.isEmpty() || !f.fitsAlone()) {
                continue;
            }
            String label = Words.capitalised(f.label());
            if (f.matching() == Matching.STANDING && !details) {
                items.add(new Item(Mark.POINT, Text.of(label + " you want most: " + names(scores, Stance.WANTS)
                        + "; you would rather avoid: " + names(scores, Stance.AVOIDS) + ".")));
            } else if (f.matching() == Matching.PROFILE && !details && !f.scale().startsWith("0-40")) {
                List<DimensionScore> sorted = scores.stream()
                        .sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
                items.add(new Item(Mark.POINT, Text.of(label + " that matter most to you: "
                        + Words.and(sorted.stream().limit(2).map(d -> Words.shortName(d.name())).toList())
                        + "; least: " + Words.shortName(sorted.get(sorted.size() - 1).name()) + ".")));
            } else {
                items.add(new Item(Mark.POINT, Text.of(label + " (" + f.scale() + "): " + scores.stream()
                        .map(d -> Words.shortName(d.name()) + " " + d.shown()).collect(Collectors.joining(", ")))));
            }
        }
        return items.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Block.Section("answers",
                Text.of("What your answers say"), List.of(new Block.Items(items, false))));
    }

    private static String names(List<DimensionScore> scores, Stance stance) {
        List<String> named = scores.stream().filter(d -> d.stance() == stance)
                .map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
        return named.isEmpty() ? "none" : Words.and(named);
    }
}
