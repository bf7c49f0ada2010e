package dev.careerfit.report.page;

import dev.careerfit.Api;
import java.util.List;
import java.util.Objects;

/**
 * A part of a {@link Page}: careerfit has chosen the words, the figures and the sources; a format only lays them out.
 * Every kind of block is here, so a format handles each (a {@link PageFormat} gets one method per kind).
 *
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public sealed interface Block {

    /**
     * A titled part of the page, which may hold others.
     *
     * @param id     a short name for it, unique on the page ({@code why}, {@code pay}): an anchor in HTML
     * @param title  its heading
     * @param blocks what it holds
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Section(String id, Text title, List<Block> blocks) implements Block {
        public Section {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            blocks = List.copyOf(blocks);
        }
    }

    /** A paragraph; {@code muted} for a legend or a note that is not the point. */
    @Api(Api.Status.EXPERIMENTAL)
    record Paragraph(Text text, boolean muted) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A list.
     *
     * @param items    its items
     * @param numbered whether they are numbered (steps, a ranking) rather than marked
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Items(List<Item> items, boolean numbered) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /**
     * One item of a list: its words, and what stands under it (figures and answers behind a reason, say).
     *
     * @param mark  what the item is, shown as its marker
     * @param text  its words
     * @param under what belongs to it, shown indented beneath
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Item(Mark mark, Text text, List<Block> under) {
        public Item {
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(text, "text");
            under = List.copyOf(under);
        }

        public Item(Mark mark, Text text) {
            this(mark, text, List.of());
        }
    }

    /** What an item is: a plain point, something in favour, against, or a possible deal-breaker; or unmarked. */
    @Api(Api.Status.EXPERIMENTAL)
    enum Mark {
        POINT("-"), PRO("+"), CON("-"), DEAL_BREAKER("!"),
        /** An item that names itself (a ranked occupation under its rank): no marker. */
        NONE("");

        private final String symbol;

        Mark(String symbol) {
            this.symbol = symbol;
        }

        /** How text and Markdown mark it. */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * Labelled lines: "Pay: median $112,590 a year", a summary read at a glance.
     *
     * @param fields the labels and their values, in order
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** One labelled line of {@link Fields}. */
    @Api(Api.Status.EXPERIMENTAL)
    record Field(String label, Text value) {
        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A table: a header and rows of cells.
     *
     * @param header the columns' headings
     * @param rows   the rows, each as many cells as the header
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Table(List<Text> header, List<List<Text>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Scores on a 0-100 scale with the range each likely lies in: a ranking of occupations.
     *
     * @param rows   one per occupation, best first
     * @param legend what the marks and numbers mean
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Ranking(List<RankedRow> rows, List<Text> legend) implements Block {
        public Ranking {
            rows = List.copyOf(rows);
            legend = List.copyOf(legend);
        }
    }

    /**
     * One occupation of a {@link Ranking}.
     *
     * @param rank    its rank among those scored, or {@code null} without a score
     * @param title   its title (never cut: formats wrap it), linked to its page
     * @param asked   whether it is the role the person asked about
     * @param tied    whether it is too close to call with the one above
     * @param score     0-100, or {@code null} without a score
     * @param stability how often it stays in the person's top 10 over simulated retakes of the quiz, 0..1, or
     *                  {@code null} when not simulated: how sure its place is, said at the rank, not as a range of
     *                  points (the likely range of a score stays in JSON)
     * @param verdict the band in words ("strong", "good to strong"), or why there is no score
     * @param warning a deal-breaker it has, in a few words, or {@code null}
     */
    @Api(Api.Status.EXPERIMENTAL)
    record RankedRow(Integer rank, Text title, boolean asked, boolean tied, Double score, Double stability,
                     String verdict, String warning) {
        public RankedRow {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /**
     * One value on a scale from 0 to 1, as a bar, with its words beside it: a score, skill coverage, pay compared.
     * A range is a bar from {@code from} to {@code to}; a figure a bar from 0 to {@code to}.
     *
     * @param label what it is ("Data Scientists"), or empty
     * @param from  where the bar starts, 0 to 1
     * @param to    where it ends, 0 to 1
     * @param mark  a point to mark on it (a score within its likely range), or {@code NaN}
     * @param value the figure in words ("70.4 / 100, likely 69.7 to 71.1")
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Bar(Text label, double from, double to, double mark, Text value) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Bars compared on one scale.
     *
     * @param caption what they compare, and in what unit
     * @param bars    the bars
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Bars(Text caption, List<Bar> bars) implements Block {
        public Bars {
            Objects.requireNonNull(caption, "caption");
            bars = List.copyOf(bars);
        }
    }

    /**
     * What the short view leaves out: shown in full with {@code --details}, folded away in HTML (and not printed),
     * left out of short text.
     *
     * @param summary what is folded away, in a few words
     * @param blocks  what it holds
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Folded(Text summary, List<Block> blocks) implements Block {
        public Folded {
            Objects.requireNonNull(summary, "summary");
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * The page's sources, each once, numbered as the page points to them.
     *
     * @param references the sources, in the order of their numbers
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Sources(List<Reference> references) implements Block {
        public Sources {
            references = List.copyOf(references);
        }
    }

    /**
     * One numbered source.
     *
     * @param number the number the page's {@code [n]} marks point to
     * @param title  who published it, what and which release
     * @param about  more about it, a line each: where it can be read, its licence, the credit its licence asks for,
     *               notes several figures share
     * @param link   where it can be read, or {@code null}
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Reference(int number, Text title, List<Text> about, String link) {
        public Reference {
            Objects.requireNonNull(title, "title");
            about = List.copyOf(about);
        }
    }
}
