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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text for a terminal: every line wrapped at the width the settings give (the terminal's, else 80), titles wrapped
 * and never cut, headings in bold and secondary words dim where colours are wanted, bars in block characters where
 * the terminal can show them (else {@code #} and {@code .}).
 */
@Api(Api.Status.INTERNAL)
public final class TextFormat extends PageFormat {
    private static final String RESET = "\u001b[0m";
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
    /** The indent of a section's contents under its heading. */
    private static final int INDENT = 2;

    @Override
    public String id() {
        return "text";
    }

    @Override
    public String description() {
        return "text for a terminal, wrapped to its width (the default)";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=utf-8";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    protected void write(Page page, ReportSettings settings, Appendable out) throws IOException {
        new Writer(settings, out).page(page);
    }

    /** {@code text} wrapped to lines of at most {@code width} columns: for messages outside a page. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (List<Piece> line : layout(words(Text.of(text)), width, width)) {
            StringBuilder sb = new StringBuilder();
            line.forEach(p -> sb.append(p.text));
            lines.add(sb.toString());
        }
        return lines;
    }

    /** A piece of a word in one tone. */
    private record Piece(String text, Tone tone) {
        int width() {
            return text.codePointCount(0, text.length());
        }
    }

    /** The words of {@code text}, each the pieces between spaces: "[1]," is one word of two pieces if need be. */
    private static List<List<Piece>> words(Text text) {
        List<List<Piece>> words = new ArrayList<>();
        List<Piece> word = new ArrayList<>();
        for (Span s : text.spans()) {
            String[] parts = s.text().split(" ", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0 && !word.isEmpty()) {
                    words.add(word);
                    word = new ArrayList<>();
                }
                if (!parts[i].isEmpty()) {
                    word.add(new Piece(parts[i], s.tone()));
                }
            }
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        return words;
    }

    private static int width(List<Piece> word) {
        return word.stream().mapToInt(Piece::width).sum();
    }

    /**
     * Words in lines of at most {@code first} columns, then {@code next}; a single space between words. A word longer
     * than a line (a web address) is broken where the line ends.
     */
    private static List<List<Piece>> layout(List<List<Piece>> words, int first, int next) {
        List<List<Piece>> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        int used = 0;
        int limit = Math.max(1, first);
        for (List<Piece> word : words) {
            int w = width(word);
            if (used > 0 && used + 1 + w > limit) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
                limit = Math.max(1, next);
            }
            if (used > 0) {
                line.add(new Piece(" ", word.get(0).tone));
                used++;
            }
            // Only a word longer than a whole line is broken inside: a web address, never a title's word.
            boolean breakable = w > limit;
            for (Piece p : word) {
                String rest = p.text;
                while (breakable && used + rest.codePointCount(0, rest.length()) > limit) {
                    int room = limit - used;
                    if (room > 0) {
                        int cut = rest.offsetByCodePoints(0, room);
                        line.add(new Piece(rest.substring(0, cut), p.tone));
                        rest = rest.substring(cut);
                    }
                    lines.add(line);
                    line = new ArrayList<>();
                    used = 0;
                    limit = Math.max(1, next);
                }
                line.add(new Piece(rest, p.tone));
                used += rest.codePointCount(0, rest.length());
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** Writes one page, block by block, keeping blank lines single. */
    private static final class Writer {
        private final ReportSettings settings;
        private final Appendable out;
        private boolean blank = true;

        Writer(ReportSettings settings, Appendable out) {
            this.settings = settings;
            this.out = out;
        }

        void page(Page page) throws IOException {
            text(page.title().spans().stream().allMatch(s -> s.tone() == Tone.PLAIN)
                    ? Text.of(page.title().plain(), Tone.STRONG) : page.title(), "", "");
            if (page.subtitle() != null) {
                text(page.subtitle(), "", "");
            }
            blocks(page.blocks(), 0, true);
        }

        private void blocks(List<Block> blocks, int indent, boolean top) throws IOException {
            for (Block b : blocks) {
                block(b, indent, top);
            }
        }

        private void block(Block b, int indent, boolean top) throws IOException {
            String pad = " ".repeat(indent);
            if (b instanceof Block.Section s) {
                gap();
                Text title = s.title().spans().stream().allMatch(x -> x.tone() == Tone.PLAIN)
                        ? Text.of(s.title().plain(), Tone.STRONG) : s.title();
                text(title, pad, pad);
                blocks(s.blocks(), top ? indent + INDENT : indent + INDENT, false);
            } else if (b instanceof Block.Paragraph p) {
                text(p.muted() ? muted(p.text()) : p.text(), pad, pad);
            } else if (b instanceof Block.Items items) {
                items(items, indent);
            } else if (b instanceof Block.Fields f) {
                fields(f, indent);
            } else if (b instanceof Block.Table t) {
                table(t, indent);
            } else if (b instanceof Block.Ranking r) {
                gap();
                ranking(r, indent);
            } else if (b instanceof Block.Bars bars) {
                bars(bars, indent);
            } else if (b instanceof Block.Folded f) {
                if (settings.details()) {
                    blocks(f.blocks(), indent, false);
                }
            } else if (b instanceof Block.Sources s) {
                sources(s, indent);
            }
        }

        private void gap() throws IOException {
            if (!blank) {
                out.append('\n');
                blank = true;
            }
        }

        private static Text muted(Text t) {
            List<Span> spans = new ArrayList<>();
            for (Span s : t.spans()) {
                spans.add(s.tone() == Tone.PLAIN ? new Span(s.text(), Tone.MUTED, s.link(), s.reference()) : s);
            }
            return new Text(spans);
        }

        private void items(Block.Items items, int indent) throws IOException {
            int n = 1;
            int numberWidth = Integer.toString(items.items().size()).length() + 2;
            for (Block.Item item : items.items()) {
                String marker = items.numbered() ? String.format(Locale.ROOT, "%" + (numberWidth - 1) + "s ", n++ + ".")
                        : item.mark().symbol().isEmpty() ? "" : item.mark().symbol() + " ";
                Tone tone = switch (item.mark()) {
                    case PRO -> Tone.GOOD;
                    case CON -> Tone.BAD;
                    case DEAL_BREAKER -> Tone.BAD;
                    case POINT, NONE -> Tone.PLAIN;
                };
                String pad = " ".repeat(indent);
                text(Text.of(marker, tone).then(item.text()), pad, pad + " ".repeat(marker.isEmpty() ? INDENT
                        : marker.length()));
                // What stands under an unmarked item (an occupation by its rank) is indented all the same.
                blocks(item.under(), indent + (marker.isEmpty() ? INDENT : marker.length()), false);
            }
        }

        private void fields(Block.Fields f, int indent) throws IOException {
            int label = f.fields().stream().mapToInt(x -> x.label().length()).max().orElse(0) + 2;
            boolean beside = settings.width() - indent - label >= 30;
            for (Block.Field field : f.fields()) {
                String pad = " ".repeat(indent);
                if (beside) {
                    text(field.value(), pad + render(List.of(new Piece(pad(field.label(), label), Tone.STRONG))),
                            indent + label, pad + " ".repeat(label));
                } else {
                    text(Text.of(field.label(), Tone.STRONG), pad, pad);
                    text(field.value(), pad + "  ", pad + "  ");
                }
            }
        }

        /** Columns padded to their widest cell; the last column wraps in what is left of the line. */
        private void table(Block.Table t, int indent) throws IOException {
            int columns = t.header().size();
            int[] widths = new int[columns];
            List<List<Text>> all = new ArrayList<>();
            all.add(t.header());
            all.addAll(t.rows());
            for (List<Text> row : all) {
                for (int c = 0; c < columns - 1; c++) {
                    widths[c] = Math.max(widths[c], row.get(c).plain().length());
                }
            }
            int before = 0;
            for (int c = 0; c < columns - 1; c++) {
                before += widths[c] + 2;
            }
            if (settings.width() - indent - before < 12) {
                // Too narrow for columns: each row as a line of its cells.
                for (List<Text> row : t.rows()) {
                    Text.Builder line = Text.builder();
                    for (int c = 0; c < columns; c++) {
                        line.add(c == 0 ? "" : ", ").add(row.get(c));
                    }
                    text(line.build(), " ".repeat(indent), " ".repeat(indent + 2));
                }
                return;
            }
            boolean header = t.header().stream().anyMatch(h -> !h.isEmpty());
            for (List<Text> row : header ? all : t.rows()) {
                // The padded columns are laid out as they are; only the last wraps, under itself.
                StringBuilder lead = new StringBuilder(" ".repeat(indent));
                for (int c = 0; c < columns - 1; c++) {
                    Text cell = row == t.header() ? muted(row.get(c)) : row.get(c);
                    lead.append(render(flat(cell))).append(" ".repeat(widths[c] + 2 - cell.plain().length()));
                }
                text(row == t.header() ? muted(row.get(columns - 1)) : row.get(columns - 1), lead.toString(),
                        indent + before, " ".repeat(indent + before));
            }
        }

        /**
         * A ranking: rank and mark, the title (wrapped in its column, never cut), then the score, how often it stays
         * in the top 10 and the verdict; with a bar where the line has room. On a narrow line the numbers go under the title.
         */
        private void ranking(Block.Ranking r, int indent) throws IOException {
            boolean bar = settings.width() >= 110;
            int verdict = r.rows().stream().mapToInt(x -> x.verdict().length()).max().orElse(0);
            int right = (bar ? 16 : 0) + 5 + 2 + 6 + 2 + Math.min(verdict, 14);
            int lead = indent + 6;
            int title = settings.width() - lead - 2 - right;
            boolean beside = title >= 24;
            String pad = " ".repeat(indent);
            if (beside) {
                line(pad + render(List.of(new Piece(" ".repeat(6) + pad("Occupation", title) + "  "
                        + (bar ? pad("", 16) : "") + "Score  " + pad("Top 10", 6) + "  Fit", Tone.MUTED))));
            }
            for (Block.RankedRow row : r.rows()) {
                String rank = String.format(Locale.ROOT, "%4s", row.rank() == null ? "-" : row.rank() + ".");
                String mark = row.asked() ? ">" : row.tied() ? "~" : " ";
                Text head = Text.of(Span.of(rank), Span.of(mark, Tone.STRONG), Span.of(" "));
                Text name = row.asked() ? strong(row.title()) : row.title();
                Text numbers = numbers(row, bar);
                if (beside) {
                    List<List<Piece>> lines = layout(words(name), title, title);
                    for (int i = 0; i < lines.size(); i++) {
                        StringBuilder sb = new StringBuilder(pad);
                        sb.append(i == 0 ? render(words(head).isEmpty() ? List.of() : flat(head)) : " ".repeat(6));
                        sb.append(render(lines.get(i)));
                        if (i == 0) {
                            sb.append(" ".repeat(Math.max(0, title - width(lines.get(i))) + 2)).append(render(flat(numbers)));
                        }
                        line(sb.toString());
                    }
                } else {
                    text(head.then(name), pad, pad + " ".repeat(6));
                    text(numbers, pad + " ".repeat(6), pad + " ".repeat(6));
                }
                if (row.warning() != null) {
                    text(Text.of("! " + row.warning(), Tone.BAD), pad + " ".repeat(6), pad + " ".repeat(8));
                }
            }
            for (Text l : r.legend()) {
                text(muted(l), pad + "  ", pad + "  ");
            }
        }

        private Text numbers(Block.RankedRow row, boolean bar) {
            if (row.score() == null) {
                return Text.of(row.verdict(), Tone.MUTED);
            }
            Tone tone = row.score() >= 65 ? Tone.GOOD : row.score() >= 50 ? Tone.PLAIN : Tone.WARN;
            Text.Builder t = Text.builder();
            if (bar) {
                t.add(bar(row.score() / 100, 14), tone).add("  ");
            }
            return t.add(String.format(Locale.ROOT, "%5.1f", row.score()), row.asked() ? Tone.STRONG : Tone.PLAIN)
                    .add(String.format(Locale.ROOT, "  %6s", row.stability() == null ? ""
                            : Words.percent(row.stability())), Tone.MUTED)
                    .add("  " + row.verdict()).build();
        }

        private static Text strong(Text t) {
            List<Span> spans = new ArrayList<>();
            for (Span s : t.spans()) {
                spans.add(s.tone() == Tone.PLAIN ? new Span(s.text(), Tone.STRONG, s.link(), s.reference()) : s);
            }
            return new Text(spans);
        }

        /** The pieces of {@code t} with its spaces kept: a line laid out as it is. */
        private static List<Piece> flat(Text t) {
            List<Piece> pieces = new ArrayList<>();
            t.spans().forEach(s -> pieces.add(new Piece(s.text(), s.tone())));
            return pieces;
        }

        private void bars(Block.Bars bars, int indent) throws IOException {
            String pad = " ".repeat(indent);
            if (!bars.caption().isEmpty() && !bars.caption().plain().equals("Score")
                    && !bars.caption().plain().equals("Skills")) {
                gap();
                text(Text.of(bars.caption().plain(), Tone.STRONG), pad, pad);
            }
            int label = bars.bars().stream().mapToInt(b -> b.label().plain().length()).max().orElse(0);
            int size = Math.max(10, Math.min(30, settings.width() - indent - label - 30));
            boolean beside = label == 0 || settings.width() - indent - label - 2 - size >= 20;
            for (Block.Bar b : bars.bars()) {
                // A score is drawn to its point; a figure or a range from its start to its end.
                String drawn = Double.isNaN(b.mark()) ? range(b.from(), b.to(), size) : range(0, b.mark(), size);
                if (label > 0 && beside) {
                    // The labels padded to one width so that the bars start together; the value wraps after the bar.
                    String lead = pad + render(flat(b.label())) + " ".repeat(label - b.label().plain().length() + 2)
                            + drawn + "  ";
                    text(b.value(), lead, indent + label + 2 + size + 2, pad + " ".repeat(label + 2 + size + 2));
                } else {
                    if (label > 0) {
                        text(b.label(), pad, pad);
                    }
                    text(Text.of(drawn + "  ").then(b.value()), pad, pad + " ".repeat(size + 2));
                }
            }
        }

        private void sources(Block.Sources s, int indent) throws IOException {
            for (Block.Reference r : s.references()) {
                String number = "[" + r.number() + "] ";
                String pad = " ".repeat(indent);
                String hang = pad + " ".repeat(number.length());
                text(Text.of(number).then(r.title()), pad, hang);
                if (r.link() != null) {
                    text(Text.of(r.link(), Tone.MUTED), hang, hang);
                }
                for (Text about : r.about()) {
                    text(muted(about), hang, hang);
                }
            }
        }

        /** {@code t} wrapped: its first line after {@code first}, the others after {@code next}. */
        private void text(Text t, String first, String next) throws IOException {
            text(t, first, first.length(), next);
        }

        /** As {@link #text(Text, String, String)}, {@code first} already rendered and {@code lead} columns wide. */
        private void text(Text t, String first, int lead, String next) throws IOException {
            List<List<Piece>> lines = layout(words(t), settings.width() - lead, settings.width() - next.length());
            for (int i = 0; i < lines.size(); i++) {
                line((i == 0 ? first : next) + render(lines.get(i)));
            }
        }

        private void line(String s) throws IOException {
            String trimmed = s.stripTrailing();
            out.append(trimmed).append('\n');
            blank = trimmed.isEmpty();
        }

        private String render(List<Piece> pieces) {
            StringBuilder sb = new StringBuilder();
            for (Piece p : pieces) {
                String code = settings.colour() ? switch (p.tone) {
                    case STRONG -> "1";
                    case MUTED -> "2";
                    case GOOD -> "32";
                    case BAD -> "31";
                    case WARN -> "33";
                    case PLAIN -> null;
                } : null;
                sb.append(code == null || p.text.isBlank() ? p.text : "\u001b[" + code + "m" + p.text + RESET);
            }
            return sb.toString();
        }

        /** A bar {@code width} cells wide filled to {@code fraction}, in eighths of a cell with block characters. */
        private String bar(double fraction, int width) {
            return range(0, fraction, width);
        }

        /** A bar filled from {@code from} to {@code to} (fractions of its width). */
        private String range(double from, double to, int width) {
            double f = Double.isNaN(to) ? 0 : Math.max(0, Math.min(1, to));
            int start = (int) Math.round(Math.max(0, Math.min(f, from)) * width);
            StringBuilder sb = new StringBuilder();
            String empty = settings.unicode() ? "░" : ".";
            String full = settings.unicode() ? "█" : "#";
            sb.append(empty.repeat(start));
            if (settings.unicode()) {
                int eighths = (int) Math.round(f * width * 8) - start * 8;
                sb.append(full.repeat(Math.max(0, eighths / 8))).append(EIGHTHS[Math.max(0, eighths % 8)]);
            } else {
                sb.append(full.repeat(Math.max(0, (int) Math.round(f * width) - start)));
            }
            int cells = sb.codePointCount(0, sb.length());
            sb.append(empty.repeat(Math.max(0, width - cells)));
            return sb.toString();
        }

        private static String pad(String s, int width) {
            return s.length() >= width ? s : s + " ".repeat(width - s.length());
        }
    }
}
