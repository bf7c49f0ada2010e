package dev.careerfit.report.internal;

import dev.careerfit.report.LineBudgets;
import dev.careerfit.report.ReportSettings;
import dev.careerfit.report.page.Block;
import dev.careerfit.report.page.Page;
import dev.careerfit.report.page.Text;
import dev.careerfit.report.page.Tone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A page kind's {@link LineBudgets line budget} (docs/formats.md, "Line budgets"): the short view of any report of
 * that kind, written as text at {@value ReportSettings#DEFAULT_WIDTH} columns, stays within {@code lines}. When a page would be longer its
 * sections are left out in the order {@code leaveOut} gives, least needed first, the page is made again without them
 * (so that its sources are numbered as what is left cites them), and a line names what {@code --details} adds back.
 * Every format writes the same short view, so a page says the same in a terminal, in HTML and in Markdown.
 *
 * @param lines    at most this many lines of 80-column text
 * @param leaveOut ids of the sections that may go behind {@code --details}, least needed first
 */
record Budget(int lines, List<String> leaveOut) {
    /** The results of the quiz with the default ten occupations listed: the answer first, the sources last. */
    static final Budget FIT = new Budget(LineBudgets.FIT, List.of("notes", "changes", "best", "answers"));
    /**
     * Any role's page: the summary in one screen, then the sections a person looks at next; a guide's role keeps the
     * occupations it is linked to and where its figures differ from theirs before its skills and tools.
     */
    static final Budget ROLE = new Budget(LineBudgets.ROLE, List.of("related", "disputes", "tools", "skills",
            "differences", "links", "factors", "tasks"));
    /** Any role's pay: every place's figures, then the chart that compares them. */
    static final Budget SALARY = new Budget(LineBudgets.SALARY, List.of("compared"));

    Budget {
        leaveOut = List.copyOf(leaveOut);
    }

    /**
     * The page {@code build} makes, leaving out what the returned page does not show: nothing with
     * {@code settings.details()}, else the fewest sections that bring it within {@code lines} (plus {@code extra}
     * for a page asked to list more than the default).
     *
     * @param build makes the page without the sections whose ids it is given
     */
    Page keep(ReportSettings settings, int extra, Function<Set<String>, Page> build) {
        Page page = build.apply(Set.of());
        if (settings.details()) {
            return page;
        }
        Map<String, String> titles = new LinkedHashMap<>();
        sections(page.blocks(), titles);
        Set<String> left = new LinkedHashSet<>();
        for (String id : leaveOut) {
            if (count(page) <= lines + extra) {
                break;
            }
            if (titles.containsKey(id)) {
                left.add(id);
                // Counted with the line that names what was left out: it is part of the page.
                page = withNote(build.apply(Set.copyOf(left)), left.stream().map(titles::get).toList());
            }
        }
        return page;
    }

    /** Lines of the page as text at the default width, as a pipe or a file gets it. */
    static int count(Page page) {
        StringBuilder out = new StringBuilder();
        try {
            new TextFormat().write(page, ReportSettings.defaults(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) out.toString().lines().count();
    }

    private static void sections(List<Block> blocks, Map<String, String> titles) {
        for (Block b : blocks) {
            if (b instanceof Block.Section s) {
                titles.put(s.id(), s.title().plain());
                sections(s.blocks(), titles);
            }
        }
    }

    /** The page with a line before its sources naming the sections left out. */
    private static Page withNote(Page page, List<String> left) {
        Block note = new Block.Paragraph(Text.of("Left out to keep this page short (--details): "
                + String.join("; ", left.stream().map(Words::uncapitalised).toList()) + ".", Tone.MUTED), true);
        List<Block> blocks = new ArrayList<>(page.blocks());
        int sources = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Section s && s.id().equals("sources")) {
                sources = i;
            }
        }
        blocks.add(sources, note);
        return new Page(page.title(), page.subtitle(), blocks);
    }
}
