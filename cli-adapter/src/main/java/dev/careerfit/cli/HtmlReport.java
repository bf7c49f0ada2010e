package dev.careerfit.cli;

import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Source;
import dev.careerfit.quiz.ScoringSettings;
import dev.careerfit.quiz.report.CloseCall;
import dev.careerfit.quiz.report.DealBreaker;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fit report and a comparison as one self-contained HTML page: inline CSS and SVG charts, no
 * scripts, fonts or images from elsewhere, so it can be mailed, archived and printed ({@code @media print}).
 */
final class HtmlReport {
    private static final String CSS = """
            :root { --ink:#1d2330; --muted:#5b6475; --line:#d9dee8; --strong:#1f8a4c; --good:#4c9a2a; --mixed:#c98a00;
                    --weak:#c0392b; --accent:#2b5fad; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
                   background: #f5f7fb; }
            main { max-width: 60rem; margin: 2rem auto; padding: 2rem 2.5rem; background: #fff; border-radius: 12px;
                   box-shadow: 0 1px 4px rgba(0,0,0,.08); }
            h1 { margin: 0 0 .25rem; font-size: 1.9rem; } h2 { margin: 2rem 0 .75rem; font-size: 1.25rem;
                   border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
            .meta, .source, .muted { color: var(--muted); font-size: .875rem; }
            .score { display: flex; align-items: center; gap: 1.5rem; flex-wrap: wrap; }
            .score .big { font-size: 3rem; font-weight: 700; line-height: 1; }
            svg text { font: 13px system-ui, sans-serif; fill: var(--ink); }
            ul.items { list-style: none; padding: 0; margin: 0; }
            ul.items > li { padding: .6rem .8rem; margin: .5rem 0; border-left: 4px solid var(--line); background: #fafbfd; }
            li.pro { border-color: var(--strong); } li.con { border-color: var(--weak); } li.deal { border-color: var(--weak);
                   background: #fdf1f0; }
            .points { font-variant-numeric: tabular-nums; color: var(--muted); }
            .disputed { color: var(--mixed); font-weight: 600; }
            table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .35rem .5rem;
                   border-bottom: 1px solid var(--line); vertical-align: top; }
            ol.steps li { margin: .3rem 0; }
            a { color: var(--accent); }
            @media print {
              body { background: #fff; font-size: 11pt; }
              main { box-shadow: none; margin: 0; max-width: none; padding: 0; }
              section { break-inside: avoid; }
              h2 { break-after: avoid; }
              a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; color: var(--muted); }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private final StringBuilder html = new StringBuilder(16_384);
    private final Map<String, Source> sources = new LinkedHashMap<>();

    private HtmlReport() {}

    /** The page for {@code report} and/or {@code comparison}; either may be {@code null}, not both. */
    static String render(FitReport report, RoleComparison comparison) {
        return new HtmlReport().page(report, comparison);
    }

    private String page(FitReport r, RoleComparison c) {
        String title = r != null ? "Your fit: " + r.roleTitle() : "Your best occupations";
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>careerfit: ").append(esc(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>").append(esc(title)).append("</h1>\n")
                .append("<p class=\"meta\">careerfit ").append(esc(VersionProvider.version()));
        String bankVersion = r != null ? r.bankVersion() : c.bankVersion();
        if (bankVersion != null) {
            html.append(", question bank ").append(esc(r != null && r.bank() != null ? r.bank() + " " : ""))
                    .append(esc(bankVersion));
        }
        html.append("</p>\n</header>\n");
        if (r != null) {
            score(r);
        }
        if (c != null) {
            comparison(c, r == null ? null : r.role().value());
        }
        if (r != null) {
            reasons("In its favour", "pro", r.inFavour());
            reasons("Against it", "con", r.against());
            dealBreakers(r.dealBreakers());
            readiness(r);
            changes(r.whatWouldChange());
            list("Next steps", NextSteps.of(r), "ol class=\"steps\"");
            list("Good to know", r.notes(), "ul");
        }
        sourceList();
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void score(FitReport r) {
        html.append("<section class=\"score\" id=\"score\">\n");
        if (r.score() == null) {
            html.append("<p>").append(esc(r.verdict())).append("</p>\n");
        } else {
            html.append("<div><div class=\"big\">").append(TextReport.score(r.score()))
                    .append("<span class=\"muted\"> / 100</span></div><div>likely ")
                    .append(TextReport.interval(r.interval())).append(", ").append(esc(r.bandDescription()))
                    .append("</div></div>\n<p>").append(esc(r.verdict())).append("</p>\n");
        }
        scale(r.score(), r.interval());
        html.append("</section>\n");
    }

    /** A 0-100 scale with the band regions, the likely interval and the score. */
    private void scale(Double score, FitInterval interval) {
        int w = 480;
        html.append("<svg role=\"img\" aria-label=\"score on a scale of 0 to 100\" width=\"").append(w + 20)
                .append("\" height=\"56\" viewBox=\"0 0 ").append(w + 20).append(" 56\">\n");
        ScoringSettings t = ScoringSettings.defaults();
        double[][] bands = {{0, t.mixedFrom()}, {t.mixedFrom(), t.goodFrom()}, {t.goodFrom(), t.strongFrom()},
                {t.strongFrom(), 100}};
        String[] colours = {"#f3d3cf", "#f7e6bf", "#d8ecd0", "#c7e6d3"};
        for (int i = 0; i < bands.length; i++) {
            html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"14\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>%n",
                    10 + bands[i][0] * w / 100, (bands[i][1] - bands[i][0]) * w / 100, colours[i]));
        }
        html.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"18\" width=\"%.1f\" height=\"10\" fill=\"#2b5fad\" opacity=\".35\"/>%n",
                10 + interval.low() * w / 100, interval.width() * w / 100));
        if (score != null) {
            html.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"8\" width=\"4\" height=\"30\" fill=\"#1d2330\"/>%n", 8 + score * w / 100));
        }
        for (int tick = 0; tick <= 100; tick += 20) {
            html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"52\" text-anchor=\"middle\">%d</text>%n",
                    10 + tick * w / 100.0, tick));
        }
        html.append("</svg>\n");
    }

    private void comparison(RoleComparison c, String highlight) {
        html.append("<section id=\"comparison\">\n<h2>Your best occupations, out of ").append(c.scored())
                .append("</h2>\n");
        int row = 30;
        int label = 210;
        int w = 360;
        int height = row * c.ranking().size() + 24;
        html.append("<svg role=\"img\" aria-label=\"scores of every role\" width=\"").append(label + w + 110)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(label + w + 110).append(' ')
                .append(height).append("\">\n");
        int y = 4;
        for (FitEstimate e : c.ranking()) {
            boolean mine = e.role().value().equals(highlight);
            html.append("<text x=\"0\" y=\"").append(y + 17).append("\"").append(mine ? " font-weight=\"700\"" : "")
                    .append('>').append(esc(e.title())).append("</text>\n");
            html.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"20\" fill=\"#eef1f6\"/>%n", label, y + 3, w));
            if (e.score() != null) {
                html.append(String.format(Locale.ROOT,
                        "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\"/>%n",
                        label, y + 3, e.score() * w / 100, colour(e.score())));
            }
            html.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#1d2330\" stroke-width=\"2\"/>%n",
                    label + e.interval().low() * w / 100, label + e.interval().high() * w / 100, y + 13, y + 13));
            html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", label + w + 8, y + 17,
                    e.score() == null ? "not scored" : TextReport.score(e.score()) + " (" + TextReport.interval(e.interval())
                            + ")"));
            y += row;
        }
        html.append("</svg>\n<p class=\"muted\">Bars show the score, lines the range it is likely to lie in.</p>\n");
        for (CloseCall cc : c.tooClose()) {
            html.append("<p class=\"muted\">").append(esc(cc.higher() + " and " + cc.lower()))
                    .append(String.format(Locale.ROOT, " are too close to call: the difference could be anywhere "
                            + "from %+.0f to %+.0f points.</p>%n", cc.interval().low(), cc.interval().high()));
        }
        html.append("</section>\n");
    }

    private void reasons(String title, String kind, List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        html.append("<section>\n<h2>").append(esc(title)).append("</h2>\n<ul class=\"items\">\n");
        for (Reason r : reasons) {
            html.append("<li class=\"").append(kind).append("\"><strong>").append(esc(r.name()))
                    .append("</strong> <span class=\"points\">")
                    .append(String.format(Locale.ROOT, "%+.1f points", r.contribution())).append("</span><br>")
                    .append(esc(r.summary())).append("<br><span class=\"muted\">").append(esc(r.level().basis()))
                    .append("</span>");
            for (LevelInput f : r.level().from()) {
                html.append("<div>").append(esc(f.figure() + ": " + f.value()));
                cite(f.provenance());
                html.append("</div>");
            }
            for (GivenAnswer a : r.answers()) {
                html.append("<div class=\"muted\">You: \u201c").append(esc(a.text())).append("\u201d: ")
                        .append(esc(a.answer())).append("</div>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private void dealBreakers(List<DealBreaker> dealBreakers) {
        if (dealBreakers.isEmpty()) {
            return;
        }
        html.append("<section>\n<h2>Possible deal-breakers</h2>\n<ul class=\"items\">\n");
        for (DealBreaker d : dealBreakers) {
            html.append("<li class=\"deal\"><strong>").append(esc(d.name())).append("</strong>: ").append(esc(d.summary()));
            d.level().from().forEach(f -> cite(f.provenance()));
            html.append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private void readiness(FitReport r) {
        var prep = r.readiness().preparation();
        SkillReadiness s = r.readiness().skills();
        html.append("<section>\n<h2>Readiness and the way in</h2>\n<p>").append(esc(prep.summary()));
        prep.sources().forEach(f -> cite(f.provenance()));
        html.append("</p>\n");
        list(null, prep.wayIn(), "ul");
        if (s.coverage() != null) {
            html.append("<p>The skills you rated cover ").append(TextReport.percent(s.coverage()))
                    .append(" of the levels it asks.</p>\n");
        }
        if (!s.gaps().isEmpty()) {
            html.append("<table>\n<tr><th>Skill</th><th>You (0-4)</th><th>It asks (0-4)</th><th>Source</th></tr>\n");
            for (SkillGap g : s.gaps()) {
                html.append("<tr><td>").append(esc(g.skill())).append("</td><td>").append(g.self()).append("</td><td>")
                        .append(esc(FactText.number(g.required()))).append("</td><td>");
                cite(g.source().provenance());
                html.append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("</section>\n");
    }

    private void changes(List<ResultChange> changes) {
        List<String> lines = new ArrayList<>();
        changes.forEach(c -> lines.add(c.summary()));
        list("What would change the result", lines, "ul");
    }

    private void list(String title, List<String> items, String tag) {
        if (items.isEmpty()) {
            return;
        }
        html.append(title == null ? "" : "<section>\n<h2>" + esc(title) + "</h2>\n").append('<').append(tag).append(">\n");
        items.forEach(i -> html.append("<li>").append(esc(i)).append("</li>\n"));
        html.append("</").append(tag.split(" ")[0]).append(">\n").append(title == null ? "" : "</section>\n");
    }

    /** The source of a fact, inline, and remembered for the list of sources at the end. */
    private void cite(Provenance p) {
        sources.putIfAbsent(p.source().id().toString(), p.source());
        html.append(" <span class=\"source\">Source: ").append(esc(FactText.source(p))).append("</span>");
    }

    private void sourceList() {
        if (sources.isEmpty()) {
            return;
        }
        html.append("<section id=\"sources\">\n<h2>Sources</h2>\n<ul>\n");
        for (Source s : sources.values()) {
            html.append("<li>").append(esc(s.publisher())).append(", <em>").append(esc(s.title())).append("</em>");
            if (s.link() != null) {
                html.append(" <a href=\"").append(esc(s.link().toString())).append("\">").append(esc(s.link().toString()))
                        .append("</a>");
            }
            if (s.licence() != null) {
                html.append(" <span class=\"muted\">licence: ").append(esc(s.licence())).append("</span>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
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
