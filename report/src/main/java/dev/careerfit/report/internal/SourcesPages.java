package dev.careerfit.report.internal;

import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.Conflict;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.catalog.LinkedFigure;
import dev.careerfit.catalog.ProviderFailure;
import dev.careerfit.catalog.ProviderInfo;
import dev.careerfit.fact.Wording;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Source;
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
import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ImportReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where careerfit's facts come from: each provider by name with the sources it cites (as their publishers title them,
 * with links, licences and the credit the licences ask for), what it read from its release (by the publisher's titles
 * of the tables; the files themselves are in {@code --json}), what failed to load, warnings, and every disagreement
 * between sources, each value citing its source by number.
 */
final class SourcesPages {
    private static final int DISAGREEMENTS = 8;

    private final CareerCatalog catalog;
    private final boolean details;
    private final Citations citations;
    private final FactBlocks facts;

    private SourcesPages(Report.Sources report, ReportSettings settings) {
        this.catalog = report.catalog();
        this.details = settings.details();
        this.citations = new Citations(catalog);
        this.facts = new FactBlocks(citations, catalog.conflictPolicy(), details);
    }

    static Page page(Report.Sources report, ReportSettings settings) {
        return new SourcesPages(report, settings).page();
    }

    private Page page() {
        List<Block> blocks = new ArrayList<>();
        for (ProviderInfo p : catalog.providers()) {
            blocks.add(provider(p));
        }
        List<Item> failed = catalog.failures().stream().map(f -> new Item(Mark.POINT, Text.of(f.describe(), Tone.BAD),
                f.problems().size() > 1 ? List.of(new Block.Items(f.problems().stream().map(pr -> new Item(Mark.POINT,
                        Text.of(pr.toString(), Tone.MUTED))).toList(), false)) : List.of())).toList();
        blocks.add(new Block.Section("failed", Text.of("Failed to load (" + failed.size() + ")"),
                List.of(failed.isEmpty() ? new Block.Paragraph(Text.of("none"), false) : new Block.Items(failed, false))));
        List<String> warnings = catalog.warnings();
        blocks.add(new Block.Section("warnings", Text.of("Warnings (" + warnings.size() + ")"), List.of(warnings.isEmpty()
                ? new Block.Paragraph(Text.of("none"), false) : new Block.Items(warnings.stream().map(w -> new Item(
                Mark.POINT, Text.of(w, Tone.WARN))).toList(), false))));
        blocks.add(disagreements());
        if (!citations.isEmpty()) {
            blocks.add(new Block.Section("cited", Text.of("Sources the disagreements cite"),
                    List.of(citations.sources(details))));
        }
        Text subtitle = Text.of(Words.count(catalog.providers().size(), "provider", "providers") + " loaded, "
                + Words.count(catalog.roles().size(), "occupation or role", "occupations and roles") + "; where "
                + "sources disagree, careerfit's rule \u201c" + catalog.conflictPolicy().name() + "\u201d chooses: "
                + catalog.conflictPolicy().description(), Tone.MUTED);
        return new Page(Text.of("Where careerfit's facts come from"), subtitle, blocks);
    }

    private Block provider(ProviderInfo p) {
        List<Block> blocks = new ArrayList<>();
        if (p.description() != null) {
            blocks.add(new Block.Paragraph(Text.of(named(Words.withoutCodes(p.description()))), false));
        }
        List<Item> sources = new ArrayList<>();
        for (Source s : p.sources()) {
            List<Text> about = new ArrayList<>();
            if (s.link() != null) {
                about.add(Text.of(Span.link(s.link().toString(), s.link().toString())));
            }
            if (s.licence() != null) {
                about.add(Text.of("licence: " + s.licence(), Tone.MUTED));
            }
            if (s.attribution() != null) {
                about.add(Text.of(s.attribution(), Tone.MUTED));
            }
            sources.add(new Item(Mark.POINT, Text.of(Citations.title(s) + " (" + Wording.lower(s.kind()) + ")"),
                    about.stream().map(t -> (Block) new Block.Paragraph(t, true)).toList()));
        }
        blocks.add(new Block.Items(sources, false));
        release(p.report()).ifPresent(blocks::add);
        String count = Words.count(p.roleCount(), "occupation or role", "occupations, roles or codes");
        return new Block.Section("provider-" + p.id(), Text.of(Span.of(p.name(), Tone.STRONG), Span.of(" (" + count + ")",
                Tone.MUTED)), blocks);
    }

    /** {@code text} with any provider's id ("the career-guides provider") given as its name. */
    private String named(String text) {
        String named = text;
        for (ProviderInfo p : catalog.providers()) {
            named = named.replaceAll("(?<![\\w./-])" + java.util.regex.Pattern.quote(p.id()) + "(?![\\w/-])",
                    java.util.regex.Matcher.quoteReplacement(p.name()));
        }
        return named;
    }

    /** What a provider read: the release, its rows in all, and in the details each table by its published title. */
    private java.util.Optional<Block> release(ImportReport report) {
        if (report.isEmpty()) {
            return java.util.Optional.empty();
        }
        long used = report.files().stream().filter(f -> f.status() == FileReport.Status.LOADED).count();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(Text.of("Read: " + Words.withoutCodes(report.release()) + ": "
                + Words.count(report.rowsRead()) + " rows from " + Words.count(used, "table", "tables") + " it uses ("
                + Words.count(report.files().size(), "table or file", "tables and files") + " in the release), "
                + Words.count(report.rowsLoaded()) + " loaded, " + Words.count(report.rowsRead() - report.rowsLoaded())
                + " skipped."), false));
        if (details) {
            List<Item> files = new ArrayList<>();
            int unnamed = 0;
            for (FileReport f : report.files()) {
                String title = Words.published(f.part()).or(() -> Words.published(f.file())).orElse(null);
                if (title == null) {
                    unnamed++;
                    title = "a table of the release";
                }
                files.add(new Item(Mark.POINT, Text.of(title + ": " + status(f))));
            }
            blocks.add(new Block.Items(files, false));
            if (unnamed > 0) {
                blocks.add(new Block.Paragraph(Text.of("The files themselves: careerfit sources --json", Tone.MUTED),
                        true));
            }
        }
        if (!report.problems().isEmpty()) {
            blocks.add(new Block.Items(report.problems().stream().map(pr -> new Item(Mark.POINT,
                    Text.of(pr.toString(), Tone.WARN))).toList(), false));
        }
        return java.util.Optional.of(new Block.Section("read", Text.of("What it read"), blocks));
    }

    private String status(FileReport f) {
        return switch (f.status()) {
            case ABSENT -> "absent" + (f.note() == null ? "" : ": " + named(Words.withoutCodes(f.note())));
            case NOT_USED -> Words.count(f.rowsRead()) + " rows, not used" + (f.note() == null ? "" : ": " + named(Words.withoutCodes(f.note())));
            case FAILED -> "failed" + (f.note() == null ? "" : ": " + named(Words.withoutCodes(f.note())));
            case LOADED -> Words.count(f.rowsRead()) + " rows read, " + Words.count(f.rowsLoaded()) + " loaded"
                    + (f.skipped().isEmpty() ? "" : ", " + Words.count(f.rowsSkipped()) + " skipped: " + String.join("; ",
                    f.skipped().entrySet().stream().map((Map.Entry<String, Long> e) -> Words.count(e.getValue()) + " "
                            + Words.withoutCodes(e.getKey())).toList()));
        };
    }

    /** Every disagreement: the role, what, how many sources differ, the value shown and what chose it. */
    private Block disagreements() {
        List<Conflict> conflicts = catalog.conflicts();
        List<Item> items = new ArrayList<>();
        for (Conflict c : conflicts.stream().limit(details ? Integer.MAX_VALUE : DISAGREEMENTS).toList()) {
            String role = catalog.summary(c.role()).map(s -> s.title()).orElse(c.role().value());
            Text.Builder t = Text.builder().add(Span.link(role, "/roles/" + c.role().value())).add(": "
                    + c.subject() + ": ");
            List<Block> under = new ArrayList<>();
            if (c.withLinkedOccupations()) {
                List<LinkedFigure> differing = c.linked().stream().filter(LinkedFigure::disagrees).toList();
                t.add("its own figure ").add(citations.mark(c.chosen().provenance())).add(" differs on "
                        + String.join(" and ", c.differences()) + " from the linked occupation"
                        + (differing.size() == 1 ? " " : "s ") + Words.and(differing.stream().map(LinkedFigure::title)
                        .toList()));
            } else {
                t.add(FactBlocks.disputeWords(c.group()) + "; shown: ").add(citations.mark(c.chosen().provenance()));
                if (details) {
                    under.add(new Block.Paragraph(facts.resolution(c.group()), true));
                }
            }
            items.add(new Item(Mark.POINT, t.build(), under));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(items.isEmpty() ? new Block.Paragraph(Text.of("none"), false) : new Block.Items(items, false));
        if (conflicts.size() > items.size()) {
            blocks.add(new Block.Paragraph(Text.of("and " + (conflicts.size() - items.size()) + " more (--details)",
                    Tone.MUTED), true));
        }
        return new Block.Section("disagreements", Text.of("Where sources disagree (" + conflicts.size() + ")"), blocks);
    }

}
