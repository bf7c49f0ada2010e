package dev.careerfit.report.internal;

import dev.careerfit.Api;
import dev.careerfit.report.ReportSettings;
import dev.careerfit.report.page.Block;
import dev.careerfit.report.page.Page;
import dev.careerfit.report.page.PageFormat;
import dev.careerfit.report.page.Span;
import dev.careerfit.report.page.Text;
import dev.careerfit.report.page.Tone;
import java.io.IOException;
import java.util.List;

/**
 * Markdown (CommonMark with pipe tables), for a wiki, an issue or a notebook: the same page as text and HTML, its
 * headings, lists and tables in Markdown's own marks. Added as careerfit's example of a new format: this class and
 * one line of {@code ReportFormats}.
 */
@Api(Api.Status.INTERNAL)
public final class MarkdownFormat extends PageFormat {

    @Override
    public String id() {
        return "markdown";
    }

    @Override
    public String description() {
        return "Markdown, for a wiki, an issue or a notebook";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=utf-8";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    protected void write(Page page, ReportSettings settings, Appendable out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(page.title(), false)).append("\n\n");
        if (page.subtitle() != null) {
            md.append('_').append(inline(page.subtitle(), false)).append("_\n\n");
        }
        blocks(page.blocks(), 2, "", settings, md);
        out.append(md.toString().replaceAll("\n{3,}", "\n\n"));
    }

    private static void blocks(List<Block> blocks, int level, String indent, ReportSettings settings, StringBuilder md) {
        for (Block b : blocks) {
            if (b instanceof Block.Section s) {
                md.append("#".repeat(Math.min(level, 6))).append(' ').append(inline(s.title(), false)).append("\n\n");
                blocks(s.blocks(), level + 1, indent, settings, md);
            } else if (b instanceof Block.Paragraph p) {
                md.append(indent).append(inline(p.text(), false)).append("\n\n");
            } else if (b instanceof Block.Items items) {
                int n = 1;
                for (Block.Item item : items.items()) {
                    String marker = items.numbered() ? n++ + ". " : "- ";
                    String sign = switch (item.mark()) {
                        case PRO -> "**+** ";
                        case CON -> "**\u2212** ";
                        case DEAL_BREAKER -> "**!** ";
                        case POINT, NONE -> "";
                    };
                    md.append(indent).append(marker).append(sign).append(inline(item.text(), false)).append('\n');
                    if (!item.under().isEmpty()) {
                        md.append('\n');
                        blocks(item.under(), level + 1, indent + " ".repeat(marker.length()), settings, md);
                    }
                }
                md.append('\n');
            } else if (b instanceof Block.Fields f) {
                for (Block.Field field : f.fields()) {
                    md.append(indent).append("- **").append(escape(field.label(), false)).append(":** ")
                            .append(inline(field.value(), false)).append('\n');
                }
                md.append('\n');
            } else if (b instanceof Block.Table t) {
                row(t.header(), md, indent);
                md.append(indent).append("|").append(" --- |".repeat(t.header().size())).append('\n');
                t.rows().forEach(r -> row(r, md, indent));
                md.append('\n');
            } else if (b instanceof Block.Ranking r) {
                md.append(indent).append("| # | Occupation | Score | Top 10 | Fit |\n").append(indent)
                        .append("| ---: | --- | ---: | --- | --- |\n");
                for (Block.RankedRow row : r.rows()) {
                    md.append(indent).append("| ").append(row.rank() == null ? "" : row.rank())
                            .append(row.asked() ? " >" : row.tied() ? " ~" : "").append(" | ")
                            .append(inline(row.title(), true)).append(" | ")
                            .append(row.score() == null ? "" : Words.score(row.score())).append(" | ")
                            .append(row.stability() == null ? "" : Words.percent(row.stability()))
                            .append(" | ").append(escape(row.verdict(), true))
                            .append(row.warning() == null ? "" : "; " + escape(row.warning(), true)).append(" |\n");
                }
                md.append('\n');
                r.legend().forEach(l -> md.append(indent).append(inline(l, false)).append("\n\n"));
            } else if (b instanceof Block.Bars bars) {
                md.append(indent).append(inline(bars.caption(), false)).append("\n\n");
                for (Block.Bar bar : bars.bars()) {
                    md.append(indent).append("- ").append(bar.label().isEmpty() ? "" : inline(bar.label(), false) + ": ")
                            .append(inline(bar.value(), false)).append('\n');
                }
                md.append('\n');
            } else if (b instanceof Block.Folded f) {
                if (settings.details()) {
                    blocks(f.blocks(), level, indent, settings, md);
                }
            } else if (b instanceof Block.Sources s) {
                for (Block.Reference r : s.references()) {
                    md.append(indent).append("- [").append(r.number()).append("] ").append(inline(r.title(), false));
                    if (r.link() != null) {
                        md.append(" <").append(r.link()).append('>');
                    }
                    for (Text about : r.about()) {
                        md.append("  \n").append(indent).append("  ").append(inline(about, false));
                    }
                    md.append('\n');
                }
                md.append('\n');
            }
        }
    }

    private static void row(List<Text> cells, StringBuilder md, String indent) {
        md.append(indent).append('|');
        cells.forEach(c -> md.append(' ').append(inline(c, true)).append(" |"));
        md.append('\n');
    }

    private static String inline(Text t, boolean inTable) {
        StringBuilder sb = new StringBuilder();
        for (Span s : t.spans()) {
            if (s.reference() > 0) {
                sb.append('[').append(s.reference()).append(']');
                continue;
            }
            String words = escape(s.text(), inTable);
            if (s.link() != null && !s.linksWithinTheApp()) {
                words = "[" + words + "](" + s.link() + ")";
            }
            boolean strong = s.tone() == Tone.STRONG && !s.text().isBlank();
            sb.append(strong ? "**" + words.strip() + "**" + (words.endsWith(" ") ? " " : "") : words);
        }
        return sb.toString();
    }

    private static String escape(String text, boolean inTable) {
        String s = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("<", "&lt;").replace("[", "\\[").replace("]", "\\]");
        return inTable ? s.replace("|", "\\|") : s;
    }
}
