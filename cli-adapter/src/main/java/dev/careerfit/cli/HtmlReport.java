package dev.careerfit.cli;

import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Source;
import dev.careerfit.quiz.ScoringSettings;
import dev.careerfit.quiz.bank.DimensionId;
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
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.quiz.report.SkillGap;
import dev.careerfit.quiz.report.SkillReadiness;
import dev.careerfit.role.RoleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fit report and a comparison as one self-contained HTML page: inline CSS and SVG charts (the ranking with
 * its intervals, the person's interests and values against the best occupations'), no scripts, fonts or images
 * from elsewhere, so it can be mailed and archived. It reads at 400 pixels wide, and prints on at most two A4
 * pages for one role: figures and answers fold away in {@code <details>}, cards do not split, and each source
 * is listed once, numbered, with the reasons pointing to it.
 */
final class HtmlReport {
    private static final String CSS = """
            :root { --ink:#1d2330; --muted:#5b6475; --line:#d9dee8; --strong:#1f8a4c; --good:#4c9a2a; --mixed:#c98a00;
                    --weak:#c0392b; --accent:#2b5fad; --pro-bg:#eef7f0; --con-bg:#fdf3e7; --deal-bg:#fdecea; }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
                   background: #f5f7fb; overflow-wrap: anywhere; }
            main { max-width: 60rem; margin: 2rem auto; padding: 2rem 2.5rem; background: #fff; border-radius: 12px;
                   box-shadow: 0 1px 4px rgba(0,0,0,.08); }
            h1 { margin: 0 0 .25rem; font-size: 1.9rem; line-height: 1.2; }
            h2 { margin: 1.5rem 0 .6rem; font-size: 1.2rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
            .meta, .source, .muted { color: var(--muted); font-size: .875rem; }
            .score { display: flex; align-items: center; gap: 1.5rem; flex-wrap: wrap; }
            .score .big { font-size: 3rem; font-weight: 700; line-height: 1; }
            svg { display: block; max-width: 100%; height: auto; }
            svg text { font: 13px system-ui, sans-serif; fill: var(--ink); }
            .chart { width: 100%; overflow: hidden; }
            ul.items { list-style: none; padding: 0; margin: 0; }
            ul.items > li { padding: .5rem .75rem; margin: .4rem 0; border-left: 4px solid var(--line); background: #fafbfd; }
            ul.items > li.pro { border-left-color: var(--strong); background: var(--pro-bg); }
            ul.items > li.con { border-left-color: var(--mixed); background: var(--con-bg); }
            ul.items > li.deal { border-left-color: var(--weak); background: var(--deal-bg); }
            sup.ref a { text-decoration: none; font-size: .75rem; }
            details { margin-top: .25rem; font-size: .875rem; color: var(--muted); }
            details summary { cursor: pointer; }
            table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3rem .4rem;
                   border-bottom: 1px solid var(--line); vertical-align: top; }
            ol.steps li, ol.sources li { margin: .2rem 0; }
            ol.sources { font-size: .875rem; padding-left: 2rem; }
            .legend span { display: inline-block; margin-right: 1rem; white-space: nowrap; }
            .swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 50%; vertical-align: -.1rem;
                   margin-right: .25rem; }
            a { color: var(--accent); }
            @media (max-width: 600px) {
              body { font-size: 15px; }
              main { margin: 0; padding: 1rem; border-radius: 0; }
              .score .big { font-size: 2.4rem; }
              h1 { font-size: 1.5rem; }
            }
            @page { size: A4; margin: 12mm; }
            @media print {
              html { font-size: 8.5pt; }
              body { background: #fff; font-size: 1rem; line-height: 1.3; }
              p { margin: .3rem 0; }
              #score svg { max-width: 55%; }
              #comparison svg { max-width: 66%; }
              #profile svg { max-width: 52%; }
              th, td { padding: .1rem .3rem; }
              .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.2rem; align-items: start; }
              .pair > section h2 { margin-top: .6rem; }
              main { box-shadow: none; margin: 0; max-width: none; padding: 0; border-radius: 0; }
              h1 { font-size: 16pt; } h2 { font-size: 11pt; margin: .6rem 0 .3rem; }
              .score .big { font-size: 24pt; }
              #score, #comparison, #profile, ul.items > li, tr, svg, li { break-inside: avoid; }
              h2 { break-after: avoid; }
              p, li { orphans: 3; widows: 3; }
              details { display: none; }
              ul.items > li { padding: .25rem .5rem; margin: .2rem 0; }
              ol.sources { font-size: 7.5pt; column-count: 2; column-gap: 1.2rem; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;
    private static final String[] ROLE_COLOURS = {"#2b5fad", "#c98a00", "#8e44ad", "#16a085"};

    private final StringBuilder html = new StringBuilder(16_384);
    private final ReportCitations refs = new ReportCitations();

    private HtmlReport() {}

    /** The page for {@code report} and/or {@code comparison}; either may be {@code null}, not both. */
    static String render(FitReport report, Ranking comparison) {
        return render(report, comparison, List.of());
    }

    /**
     * The page for the role asked about ({@code report}, may be {@code null}), the ranking ({@code comparison},
     * may be {@code null}) and the best occupations' reports ({@code top}), for their profiles and the way in.
     */
    static String render(FitReport report, Ranking comparison, List<FitReport> top) {
        return new HtmlReport().page(report, comparison, top);
    }

    /** The question bank in words, the same on every page: "question bank careerfit-standard 2.0". */
    static String bank(FitReport r, Ranking c, List<FitReport> top) {
        FitReport any = r != null ? r : top.isEmpty() ? null : top.get(0);
        String version = any != null ? any.bankVersion() : c == null ? null : c.bankVersion();
        String id = any != null ? any.bank() : null;
        return version == null ? null : "question bank " + (id == null ? "" : id + " ") + version;
    }

    private String page(FitReport r, Ranking c, List<FitReport> top) {
        String title = r != null ? "Your fit: " + r.roleTitle() : "Your best occupations";
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>careerfit: ").append(esc(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>").append(esc(title)).append("</h1>\n")
                .append("<p class=\"meta\">careerfit ").append(esc(VersionProvider.version()));
        String bank = bank(r, c, top);
        if (bank != null) {
            html.append(", ").append(esc(bank));
        }
        html.append("</p>\n</header>\n");
        if (r != null) {
            score(r, c);
        }
        if (c != null) {
            comparison(c, r == null ? null : r.role().value());
        }
        List<FitReport> shown = new ArrayList<>();
        if (r != null) {
            shown.add(r);
        }
        top.stream().filter(t -> r == null || !t.role().equals(r.role())).limit(ROLE_COLOURS.length - shown.size())
                .forEach(shown::add);
        if (c != null && !shown.isEmpty()) {
            profile(c, shown);
        }
        // Pairs of sections sit side by side in print, to keep one role on two pages.
        if (r != null) {
            html.append("<div class=\"pair\">\n");
            reasons("In its favour", "pro", r.explanation().inFavour());
            reasons("Against it", "con", r.explanation().against());
            html.append("</div>\n");
            html.append("<div class=\"pair\">\n");
            dealBreakers(r.explanation().dealBreakers());
            readiness(r);
            html.append("</div>\n<div class=\"pair\">\n");
            changes(r.explanation().whatWouldChange());
            list("Next steps", NextSteps.of(r), "ol class=\"steps\"");
            html.append("</div>\n");
        }
        html.append("<div class=\"pair\">\n");
        best(top.stream().filter(t -> r == null || !t.role().equals(r.role())).toList());
        List<String> notes = new ArrayList<>();
        if (c != null) {
            notes.addAll(c.notes());
        }
        if (r != null) {
            notes.addAll(r.notes());
        }
        list("Good to know", FactText.distinct(notes), "ul");
        html.append("</div>\n");
        sourceList();
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void score(FitReport r, Ranking c) {
        html.append("<section class=\"card score\" id=\"score\">\n");
        if (r.score() == null) {
            html.append("<p>").append(esc(r.verdict())).append("</p>\n");
        } else {
            html.append("<div><div class=\"big\">").append(TextReport.score(r.score()))
                    .append("<span class=\"muted\"> / 100</span></div><div>likely ")
                    .append(TextReport.interval(r.interval())).append(", ").append(esc(r.bandDescription()))
                    .append("</div></div>\n<p>").append(esc(r.verdict())).append("</p>\n");
            scale(r.score(), r.interval());
            List<String> ties = new ArrayList<>();
            if (c != null) {
                for (CloseCall cc : c.tooClose()) {
                    if (cc.higher().equals(r.role()) || cc.lower().equals(r.role())) {
                        RoleId other = cc.higher().equals(r.role()) ? cc.lower() : cc.higher();
                        ties.add(c.roles().stream().filter(e -> e.role().equals(other)).map(FitEstimate::title)
                                .findFirst().orElse(other.toString()));
                    }
                }
            }
            html.append("<p class=\"muted\">How sure: the score is likely within ")
                    .append(esc(FactText.points(r.interval().width() / 2).replace("+", ""))).append(" either way")
                    .append(ties.isEmpty() ? "" : "; it is too close to call against " + esc(String.join(" and ", ties)))
                    .append(".</p>\n");
        }
        html.append("</section>\n");
    }

    /** A 0-100 scale with the band regions, the likely interval and the score; the end labels stay inside. */
    private void scale(Double score, FitInterval interval) {
        int w = 480;
        int pad = 16;
        html.append("<div class=\"chart\"><svg role=\"img\" aria-label=\"score on a scale of 0 to 100\" width=\"")
                .append(w + 2 * pad).append("\" viewBox=\"0 0 ").append(w + 2 * pad).append(" 56\">\n");
        ScoringSettings t = ScoringSettings.defaults();
        double[][] bands = {{0, t.mixedFrom()}, {t.mixedFrom(), t.goodFrom()}, {t.goodFrom(), t.strongFrom()},
                {t.strongFrom(), 100}};
        String[] colours = {"#f3d3cf", "#f7e6bf", "#d8ecd0", "#c7e6d3"};
        for (int i = 0; i < bands.length; i++) {
            html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"14\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>%n",
                    pad + bands[i][0] * w / 100, (bands[i][1] - bands[i][0]) * w / 100, colours[i]));
        }
        html.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"18\" width=\"%.1f\" height=\"10\" fill=\"#2b5fad\" opacity=\".35\"/>%n",
                pad + interval.low() * w / 100, Math.max(1, interval.width() * w / 100)));
        if (score != null) {
            html.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"8\" width=\"4\" height=\"30\" fill=\"#1d2330\"/>%n", pad - 2 + score * w / 100));
        }
        for (int tick = 0; tick <= 100; tick += 20) {
            html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"52\" text-anchor=\"middle\">%d</text>%n",
                    pad + tick * w / 100.0, tick));
        }
        html.append("</svg></div>\n");
    }

    private void comparison(Ranking c, String highlight) {
        html.append("<section class=\"card\" id=\"comparison\">\n<h2>Your best occupations, out of ")
                .append(esc(FactText.number(c.scored()))).append("</h2>\n");
        int row = 26;
        int label = 250;
        int w = 280;
        int width = label + w + 110;
        int height = row * c.roles().size() + 8;
        html.append("<div class=\"chart\"><svg role=\"img\" aria-label=\"scores of the best occupations with the range "
                + "each is likely to lie in\" width=\"").append(width).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\">\n");
        int y = 4;
        for (FitEstimate e : c.roles()) {
            boolean mine = e.role().value().equals(highlight);
            html.append("<text x=\"0\" y=\"").append(y + 15).append("\"").append(mine ? " font-weight=\"700\"" : "")
                    .append('>').append(esc((e.rank() == null ? "" : e.rank() + ". ") + Style.cut(e.title(), 34)))
                    .append("</text>\n");
            html.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"#eef1f6\"/>%n", label, y + 2, w));
            if (e.score() != null) {
                html.append(String.format(Locale.ROOT,
                        "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>%n",
                        label, y + 2, e.score() * w / 100, colour(e.score())));
                html.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#1d2330\" stroke-width=\"2\"/>%n",
                        label + e.interval().low() * w / 100, label + e.interval().high() * w / 100, y + 11, y + 11));
            }
            html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", label + w + 6, y + 15,
                    e.score() == null ? "not scored" : TextReport.score(e.score()) + " (" + TextReport.interval(e.interval())
                            + ")"));
            y += row;
        }
        html.append("</svg></div>\n<p class=\"muted\">Bars show the score (0-100), lines the range it is likely to lie "
                + "in (it holds the true score for ").append(TextReport.percent(c.coverage())).append(" of people).");
        long close = c.tooClose().size();
        if (close > 0) {
            html.append(' ').append(close).append(close == 1 ? " pair of neighbours is" : " pairs of neighbours are")
                    .append(" too close to call: their difference could be zero.");
        }
        html.append("</p>\n</section>\n");
    }

    /**
     * The person's profile families (interests and work values) against each shown occupation's, every one as a share
     * of its scale.
     */
    private void profile(Ranking c, List<FitReport> shown) {
        List<DimensionScore> mine = c.profile().stream().filter(d -> d.score() != null
                && d.family().matching() == Matching.PROFILE).toList();
        if (mine.isEmpty()) {
            return;
        }
        int label = 170;
        int w = 420;
        int row = 22;
        int height = row * mine.size() + 24;
        html.append("<section class=\"card\" id=\"profile\">\n<h2>Your interests and values against your best "
                + "occupations</h2>\n<div class=\"chart\"><svg role=\"img\" aria-label=\"your profile against the "
                + "occupations' profiles\" width=\"").append(label + w + 20).append("\" viewBox=\"0 0 ")
                .append(label + w + 20).append(' ').append(height).append("\">\n");
        int y = 4;
        for (DimensionScore d : mine) {
            String name = d.name().contains(":") ? d.name().substring(0, d.name().indexOf(':')) : d.name();
            html.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(esc(name)).append("</text>\n");
            html.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#d9dee8\" stroke-width=\"6\"/>%n",
                    label, label + w, y + 10, y + 10));
            for (int i = 0; i < shown.size(); i++) {
                Double share = roleShare(shown.get(i), d.dimension());
                if (share != null) {
                    html.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"6\" fill=\"%s\" "
                            + "opacity=\".85\"/>%n", label + share * w, y + 10, ROLE_COLOURS[i]));
                }
            }
            double you = (d.score() + 1) / 2;
            html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"10\" height=\"10\" "
                    + "fill=\"#1d2330\" transform=\"rotate(45 %.1f %d)\"/>%n", label + you * w - 5, y + 5,
                    label + you * w, y + 10));
            y += row;
        }
        html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">low</text><text x=\"%d\" y=\"%d\" "
                + "text-anchor=\"end\">high</text>%n", label, y + 14, label + w, y + 14));
        html.append("</svg></div>\n<p class=\"legend muted\"><span><span class=\"swatch\" style=\"background:#1d2330;"
                + "border-radius:0\"></span>you</span>");
        for (int i = 0; i < shown.size(); i++) {
            html.append("<span><span class=\"swatch\" style=\"background:").append(ROLE_COLOURS[i]).append("\"></span>")
                    .append(esc(shown.get(i).roleTitle())).append("</span>");
        }
        html.append("</p>\n<p class=\"muted\">Each as a share of its scale: your interests on the Interest Profiler's "
                + "0-40, your values from -1 to +1, the occupations' O*NET ratings on theirs.</p>\n</section>\n");
    }

    private static Double roleShare(FitReport r, DimensionId dimension) {
        return r.explanation().dimensions().stream().filter(d -> d.level() != null && d.level().dimension().equals(dimension))
                .findFirst().map(d -> {
                    double span = d.level().maximum() - d.level().minimum();
                    return span <= 0 ? null : Math.max(0, Math.min(1, (d.level().level() - d.level().minimum()) / span));
                }).orElse(null);
    }

    private void reasons(String title, String kind, List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        html.append("<section class=\"card\">\n<h2>").append(esc(title)).append("</h2>\n<ul class=\"items\">\n");
        for (Reason r : reasons) {
            html.append("<li class=\"").append(kind).append("\"><strong>").append(esc(r.name()))
                    .append("</strong>: ").append(esc(r.summary()));
            refMarks(r.level().from());
            html.append("\n<details><summary>Figures and your answers</summary><div>").append(esc(r.level().basis()))
                    .append("</div>");
            for (String f : FactText.distinct(r.level().from().stream().map(FactText::figure).toList())) {
                html.append("<div>").append(esc(f)).append("</div>");
            }
            for (GivenAnswer a : r.answers()) {
                html.append("<div>You: \u201c").append(esc(a.text())).append("\u201d: ").append(esc(a.answer()))
                        .append(a.reverse() ? " (worded against it: agreeing counts against)" : "").append("</div>");
            }
            html.append("</details></li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private void refMarks(List<LevelInput> from) {
        java.util.Set<Integer> numbers = new java.util.LinkedHashSet<>();
        from.forEach(f -> numbers.add(refs.cite(f.provenance())));
        numbers.forEach(this::refMark);
    }

    private void refMark(int n) {
        html.append("<sup class=\"ref\"><a href=\"#src-").append(n).append("\">[").append(n).append("]</a></sup>");
    }

    private void dealBreakers(List<DealBreaker> dealBreakers) {
        if (dealBreakers.isEmpty()) {
            return;
        }
        html.append("<section class=\"card\">\n<h2>Possible deal-breakers</h2>\n<ul class=\"items\">\n");
        for (DealBreaker d : dealBreakers) {
            html.append("<li class=\"deal\">").append(esc(d.summary()));
            refMarks(d.level().from());
            html.append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private void readiness(FitReport r) {
        var prep = r.readiness().preparation();
        SkillReadiness s = r.readiness().skills();
        html.append("<section class=\"card\">\n<h2>Readiness and the way in</h2>\n<p>").append(esc(prep.summary()));
        refMarks(prep.sources());
        html.append("</p>\n");
        List<String> wayIn = FactText.distinct(prep.wayIn().stream().map(FactText::distinctList).toList());
        if (!wayIn.isEmpty()) {
            html.append("<details><summary>The usual way in</summary><ul>\n");
            wayIn.forEach(w -> html.append("<li>").append(esc(w)).append("</li>\n"));
            html.append("</ul></details>\n");
        }
        if (s.coverage() != null) {
            html.append("<p>The skills you rated cover ").append(TextReport.percent(s.coverage()))
                    .append(" of the levels it asks.</p>\n");
        }
        if (!s.gaps().isEmpty()) {
            html.append("<table>\n<tr><th>Skill</th><th>You (0-4)</th><th>It asks (0-4)</th></tr>\n");
            for (SkillGap g : s.gaps().stream().limit(5).toList()) {
                html.append("<tr><td>").append(esc(g.skill()));
                refMark(refs.cite(g.source().provenance()));
                html.append("</td><td>").append(g.self()).append("</td><td>")
                        .append(esc(FactText.number(g.required()))).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("</section>\n");
    }

    private void changes(List<ResultChange> changes) {
        List<String> lines = new ArrayList<>();
        changes.stream().limit(3).forEach(c -> lines.add(c.summary()));
        list("What would change the result", lines, "ul");
    }

    private void best(List<FitReport> others) {
        if (others.isEmpty()) {
            return;
        }
        html.append("<section class=\"card\">\n<h2>Your best occupations: the way in</h2>\n<ul>\n");
        for (FitReport o : others) {
            html.append("<li><strong>").append(esc(o.roleTitle())).append("</strong> (").append(esc(o.role().value()))
                    .append("): ").append(esc(o.readiness().preparation().summary()));
            refMarks(o.readiness().preparation().sources());
            html.append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private void list(String title, List<String> items, String tag) {
        if (items.isEmpty()) {
            return;
        }
        html.append(title == null ? "" : "<section class=\"card\">\n<h2>" + esc(title) + "</h2>\n").append('<')
                .append(tag).append(">\n");
        items.forEach(i -> html.append("<li>").append(esc(i)).append("</li>\n"));
        html.append("</").append(tag.split(" ")[0]).append(">\n").append(title == null ? "" : "</section>\n");
    }

    private void sourceList() {
        if (refs.isEmpty()) {
            return;
        }
        html.append("<section id=\"sources\">\n<h2>Sources</h2>\n<ol class=\"sources\">\n");
        List<String> lines = refs.lines();
        List<Provenance> first = refs.provenances();
        for (int i = 0; i < lines.size(); i++) {
            Source s = first.get(i).source();
            html.append("<li id=\"src-").append(i + 1).append("\">").append(esc(lines.get(i)));
            if (s.link() != null) {
                html.append(" <a href=\"").append(esc(s.link().toString())).append("\">").append(esc(s.link().toString()))
                        .append("</a>");
            }
            if (s.licence() != null) {
                html.append(" <span class=\"muted\">licence: ").append(esc(s.licence())).append("</span>");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n</section>\n");
    }

    private static String colour(double score) {
        ScoringSettings t = ScoringSettings.defaults();
        return score >= t.strongFrom() ? "#1f8a4c" : score >= t.goodFrom() ? "#4c9a2a"
                : score >= t.mixedFrom() ? "#c98a00" : "#c0392b";
    }

    static String esc(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
