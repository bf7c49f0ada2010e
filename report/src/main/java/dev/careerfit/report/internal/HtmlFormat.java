package dev.careerfit.report.internal;

import dev.careerfit.Api;
import dev.careerfit.report.ReportSettings;
import dev.careerfit.report.page.Block;
import dev.careerfit.report.page.Page;
import dev.careerfit.report.page.PageFormat;
import dev.careerfit.report.page.Span;
import dev.careerfit.report.page.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * HTML: a whole page with its styles inline and nothing from elsewhere (a file to keep, mail or print), or a fragment
 * for a page of careerfit's web app, which serves {@link #stylesheet()} itself and links roles to their pages. No
 * script, no {@code style} attribute (the web app's Content-Security-Policy refuses both); charts are small inline
 * SVGs without text, so that words stay HTML text of a readable size at any width. It reads at 360 pixels wide and
 * prints a fit result on at most two A4 pages (ReportBrowserTest checks both in Chromium).
 */
@Api(Api.Status.INTERNAL)
public final class HtmlFormat extends PageFormat {
    private static final String CSS = read("/dev/careerfit/report/report.css");

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String description() {
        return "an HTML page that reads on a phone and prints on A4, styles inline, nothing from elsewhere";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public String extension() {
        return "html";
    }

    /** The styles of the pages and fragments this format writes. */
    public static String stylesheet() {
        return CSS;
    }

    @Override
    protected void write(Page page, ReportSettings settings, Appendable out) throws IOException {
        StringBuilder html = new StringBuilder(32_768);
        new Writer(settings, html).page(page);
        out.append(html);
    }

    private static String read(String resource) {
        try (InputStream in = HtmlFormat.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from careerfit-report's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with {@code < > & " '} escaped. */
    public static String escape(String text) {
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

    private static final class Writer {
        private final ReportSettings settings;
        private final StringBuilder html;

        Writer(ReportSettings settings, StringBuilder html) {
            this.settings = settings;
            this.html = html;
        }

        void page(Page page) {
            if (settings.standalone()) {
                html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                        .append(escape(page.title().plain())).append(" \u00b7 careerfit</title>\n<style>\n").append(CSS)
                        .append("</style>\n</head>\n<body class=\"careerfit-page\">\n<main class=\"careerfit-report\">\n");
            } else {
                html.append("<div class=\"careerfit-report\">\n");
            }
            html.append("<header class=\"report-head\">\n<h1>");
            text(page.title());
            html.append("</h1>\n");
            if (page.subtitle() != null) {
                html.append("<p class=\"subtitle\">");
                text(page.subtitle());
                html.append("</p>\n");
            }
            html.append("</header>\n<div class=\"report-body\">\n");
            blocks(page.blocks(), 2);
            html.append("</div>\n");
            if (settings.standalone()) {
                html.append("<footer class=\"report-foot\"><p>careerfit").append(settings.version() == null ? ""
                        : " " + escape(settings.version())).append(": every figure names its source; how the fit is "
                        + "measured: docs/scoring.md.</p></footer>\n</main>\n</body>\n</html>\n");
            } else {
                html.append("</div>\n");
            }
        }

        private void blocks(List<Block> blocks, int level) {
            for (Block b : blocks) {
                block(b, level);
            }
        }

        private void block(Block b, int level) {
            if (b instanceof Block.Section s) {
                int h = Math.min(level, 4);
                html.append("<section id=\"").append(escape(s.id())).append("\" aria-labelledby=\"h-")
                        .append(escape(s.id())).append("\">\n<h").append(h).append(" id=\"h-").append(escape(s.id()))
                        .append("\">");
                text(s.title());
                html.append("</h").append(h).append(">\n");
                blocks(s.blocks(), level + 1);
                html.append("</section>\n");
            } else if (b instanceof Block.Paragraph p) {
                html.append(p.muted() ? "<p class=\"muted\">" : "<p>");
                text(p.text());
                html.append("</p>\n");
            } else if (b instanceof Block.Items items) {
                items(items, level);
            } else if (b instanceof Block.Fields f) {
                html.append("<dl class=\"fields\">\n");
                for (Block.Field field : f.fields()) {
                    html.append("<div><dt>").append(escape(field.label())).append("</dt><dd>");
                    text(field.value());
                    html.append("</dd></div>\n");
                }
                html.append("</dl>\n");
            } else if (b instanceof Block.Table t) {
                table(t);
            } else if (b instanceof Block.Ranking r) {
                ranking(r);
            } else if (b instanceof Block.Bars bars) {
                bars(bars);
            } else if (b instanceof Block.Folded f) {
                html.append("<details>\n<summary>");
                text(f.summary());
                html.append("</summary>\n");
                blocks(f.blocks(), level);
                html.append("</details>\n");
            } else if (b instanceof Block.Sources s) {
                html.append("<ol class=\"sources\">\n");
                for (Block.Reference r : s.references()) {
                    html.append("<li id=\"src-").append(r.number()).append("\" value=\"").append(r.number())
                            .append("\">");
                    text(r.title());
                    if (r.link() != null) {
                        html.append(" <a href=\"").append(escape(r.link())).append("\">").append(escape(r.link()))
                                .append("</a>");
                    }
                    for (Text about : r.about()) {
                        html.append("<br><span class=\"muted\">");
                        text(about);
                        html.append("</span>");
                    }
                    html.append("</li>\n");
                }
                html.append("</ol>\n");
            }
        }

        private void items(Block.Items items, int level) {
            String tag = items.numbered() ? "ol" : "ul";
            html.append('<').append(tag).append(" class=\"items\">\n");
            for (Block.Item item : items.items()) {
                html.append("<li class=\"").append(item.mark().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .append("\">");
                text(item.text());
                if (!item.under().isEmpty()) {
                    html.append('\n');
                    blocks(item.under(), level + 1);
                }
                html.append("</li>\n");
            }
            html.append("</").append(tag).append(">\n");
        }

        private void table(Block.Table t) {
            html.append("<table>\n");
            if (t.header().stream().anyMatch(h -> !h.isEmpty())) {
                html.append("<thead><tr>");
                for (Text h : t.header()) {
                    html.append("<th scope=\"col\">");
                    text(h);
                    html.append("</th>");
                }
                html.append("</tr></thead>\n");
            }
            html.append("<tbody>\n");
            for (List<Text> row : t.rows()) {
                html.append("<tr>");
                for (int c = 0; c < row.size(); c++) {
                    html.append(c == 0 ? "<th scope=\"row\">" : "<td>");
                    text(row.get(c));
                    html.append(c == 0 ? "</th>" : "</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }

        /** A ranking as a list: rank, title, the score and how often it stays in the top 10, and a bar. */
        private void ranking(Block.Ranking r) {
            html.append("<ol class=\"ranking\">\n");
            for (Block.RankedRow row : r.rows()) {
                html.append("<li").append(row.asked() ? " class=\"asked\"" : "").append(">")
                        .append("<span class=\"rank\">").append(row.rank() == null ? "&ndash;" : row.rank() + ".")
                        .append(row.tied() ? "<span class=\"tie\" title=\"too close to call with the one above\">~</span>"
                                : "").append("</span><span class=\"name\">");
                text(row.title());
                html.append("</span><span class=\"nums\">");
                if (row.score() == null) {
                    html.append("<span class=\"muted\">").append(escape(row.verdict())).append("</span>");
                } else {
                    html.append("<span class=\"score\">").append(Words.score(row.score())).append("</span> ");
                    if (row.stability() != null) {
                        html.append("<span class=\"likely\" title=\"how often it stays in your top 10 over "
                                + "simulated retakes of the quiz\">top 10: ").append(Words.percent(row.stability()))
                                .append("</span> ");
                    }
                    html.append("<span class=\"band\">").append(escape(row.verdict())).append("</span>");
                }
                html.append("</span>");
                if (row.score() != null) {
                    meter(0, row.score() / 100, Double.NaN, Double.NaN, "score " + Words.score(row.score()));
                }
                if (row.warning() != null) {
                    html.append("<span class=\"warning\">").append(escape(row.warning())).append("</span>");
                }
                html.append("</li>\n");
            }
            html.append("</ol>\n");
            for (Text l : r.legend()) {
                html.append("<p class=\"legend\">");
                text(l);
                html.append("</p>\n");
            }
        }

        private void bars(Block.Bars bars) {
            html.append("<figure class=\"bars\">\n<figcaption>");
            text(bars.caption());
            html.append("</figcaption>\n");
            for (Block.Bar b : bars.bars()) {
                html.append("<div class=\"bar\">");
                if (!b.label().isEmpty()) {
                    html.append("<span class=\"label\">");
                    text(b.label());
                    html.append("</span>");
                }
                if (Double.isNaN(b.mark())) {
                    meter(b.from(), b.to(), Double.NaN, Double.NaN, b.value().plain());
                } else {
                    meter(0, b.mark(), b.from(), b.to(), b.value().plain());
                }
                html.append("<span class=\"value\">");
                text(b.value());
                html.append("</span></div>\n");
            }
            html.append("</figure>\n");
        }

        /**
         * A bar from 0 (or {@code from}) to {@code to}, with a band for the range {@code low} to {@code high} where
         * given: an SVG drawn to the width CSS gives it, without text.
         */
        private void meter(double from, double to, double low, double high, String label) {
            html.append("<svg class=\"meter\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\" "
                    + "aria-label=\"").append(escape(label)).append("\"><rect class=\"track\" width=\"100\" height=\"10\"/>");
            if (!Double.isNaN(to)) {
                html.append(String.format(Locale.ROOT, "<rect class=\"fill\" x=\"%.1f\" y=\"2\" width=\"%.1f\" "
                        + "height=\"6\"/>", clamp(from) * 100, Math.max(0.5, (clamp(to) - clamp(from)) * 100)));
            }
            if (!Double.isNaN(low)) {
                html.append(String.format(Locale.ROOT, "<rect class=\"range\" x=\"%.1f\" y=\"0\" width=\"%.1f\" "
                        + "height=\"10\"/>", clamp(low) * 100, Math.max(0.6, (clamp(high) - clamp(low)) * 100)));
            }
            html.append("</svg>");
        }

        private static double clamp(double v) {
            return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
        }

        private void text(Text t) {
            for (Span s : t.spans()) {
                // "(--details)" tells a terminal's reader what to type; a page in the web app has no such option.
                String words = escape(settings.standalone() ? s.text() : s.text().replace(" (--details)", ""));
                if (s.reference() > 0) {
                    html.append("<a class=\"ref\" href=\"#src-").append(s.reference()).append("\">").append(words)
                            .append("</a>");
                    continue;
                }
                String open = switch (s.tone()) {
                    case STRONG -> "<strong>";
                    case MUTED -> "<span class=\"muted\">";
                    case GOOD -> "<span class=\"good\">";
                    case BAD -> "<span class=\"bad\">";
                    case WARN -> "<span class=\"warn\">";
                    case PLAIN -> "";
                };
                String close = switch (s.tone()) {
                    case STRONG -> "</strong>";
                    case PLAIN -> "";
                    default -> "</span>";
                };
                boolean link = s.link() != null && !(s.linksWithinTheApp() && settings.standalone());
                html.append(open);
                if (link) {
                    html.append("<a href=\"").append(escape(s.link())).append("\">").append(words).append("</a>");
                } else {
                    html.append(words);
                }
                html.append(close);
            }
        }
    }
}
