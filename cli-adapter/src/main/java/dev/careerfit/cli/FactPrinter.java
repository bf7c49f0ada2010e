package dev.careerfit.cli;

import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.DataGap;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Prints facts with their sources, kind by kind: every value of a group where sources disagree, the
 * chosen one marked and the reason it was chosen, so nothing the catalog knows is hidden. A section
 * whose figures all come from one source names it once, under its heading, and each line then carries
 * only what is particular to the figure (where in the release it sits, its precision).
 */
final class FactPrinter {
    private final PrintWriter out;
    private final Style style;
    private final References references;

    FactPrinter(PrintWriter out, Style style) {
        this(out, style, null);
    }

    /** With {@code references}, figures cite numbered references instead of naming their sources in full. */
    FactPrinter(PrintWriter out, Style style, References references) {
        this.out = out;
        this.style = style;
        this.references = references;
    }

    /** Where a figure comes from: its source and what is particular to it, or its reference and that. */
    String source(Provenance p) {
        return references == null ? FactText.sourceWithDetail(p) : references.cite(p);
    }

    void heading(String title) {
        out.println();
        out.println(style.bold(title));
    }

    /**
     * Every kind of fact the role has, in {@link FactKinds#all()} order; a kind the role lacks but a
     * source says it does not publish is shown with that statement.
     */
    void role(CareerRole role) {
        List<FactGroup<DataGap>> gaps = role.groups(FactKinds.DATA_GAP);
        for (FactKind<?> kind : FactKinds.all()) {
            if (kind == FactKinds.DATA_GAP) {
                continue;
            }
            List<? extends FactGroup<?>> groups = role.groups(kind);
            List<FactGroup<DataGap>> missing = gaps.stream().filter(g -> g.value().kind() == kind).toList();
            if (groups.isEmpty() && missing.isEmpty()) {
                continue;
            }
            heading(kind.heading());
            missing.forEach(g -> out.println("  " + style.dim(g.value().statement() + "  ("
                    + source(g.chosen().provenance()) + ")")));
            section(groups);
        }
        // The loop above skips only the kind of gaps itself: a gap stated about it is listed on its own.
        List<FactGroup<DataGap>> other = gaps.stream().filter(g -> g.value().kind() == FactKinds.DATA_GAP).toList();
        if (!other.isEmpty()) {
            heading(FactKinds.DATA_GAP.heading());
            section(other);
        }
    }

    /** A section of fact groups; nothing when empty. */
    void groups(String title, List<? extends FactGroup<?>> groups) {
        if (groups.isEmpty()) {
            return;
        }
        heading(title);
        section(groups);
    }

    private void section(List<? extends FactGroup<?>> groups) {
        Provenance shared = sharedSource(groups);
        if (shared != null && groups.size() > 1) {
            out.println("  " + style.dim("source: " + (references == null ? FactText.source(shared)
                    : references.heading(shared))));
            for (FactGroup<?> g : groups) {
                Provenance p = g.chosen().provenance();
                String detail = references == null ? FactText.detail(p) : references.detail(p);
                out.println("  - " + g.text() + (detail.isEmpty() ? "" : style.dim("  (" + detail + ")")));
            }
            return;
        }
        for (FactGroup<?> g : groups) {
            if (g.kind().comparable()) {
                group(g);
            } else {
                // A statement: each source that makes it, on the line.
                out.println("  - " + g.text() + style.dim("  (" + g.values().stream()
                        .map(v -> source(v.provenance())).collect(Collectors.joining("; also ")) + ")"));
            }
        }
    }

    private static <T> String text(FactKind<T> kind, Object value) {
        return kind.text(kind.cast(value));
    }

    /** The provenance every group's one value shares, as far as its one-line description goes; or null. */
    private static Provenance sharedSource(List<? extends FactGroup<?>> groups) {
        Provenance first = null;
        for (FactGroup<?> g : groups) {
            if (g.values().size() != 1) {
                return null;
            }
            Provenance p = g.chosen().provenance();
            if (first == null) {
                first = p;
            } else if (!FactText.source(first).equals(FactText.source(p)) || !Objects.equals(first.citedIn(), p.citedIn())) {
                return null;
            }
        }
        return first;
    }

    /** One group: its value and source, or every value when there are several. */
    void group(FactGroup<?> g) {
        if (g.values().size() == 1) {
            String text = g.text();
            boolean saysItAll = text.toLowerCase(java.util.Locale.ROOT).contains(g.subject().toLowerCase(java.util.Locale.ROOT));
            out.println("  " + (saysItAll ? text : g.subject() + ": " + text));
            out.println("      " + style.dim(source(g.chosen().provenance())));
            return;
        }
        int differing = g.disagreeing().size();
        out.println("  " + g.subject() + "  " + (g.disputed()
                ? style.yellow("[disputed: " + (differing == g.values().size() ? differing + " values"
                        : differing + " of " + g.values().size() + " values") + " differ on "
                        + String.join(" and ", g.differences()) + "]")
                : style.dim("[" + g.values().size() + " sources agree]")));
        for (int i = 0; i < g.values().size(); i++) {
            Sourced<?> v = g.values().get(i);
            String marker = i == 0 ? (g.disputed() ? "* " : "  ") : "  ";
            out.println("    " + marker + text(g.kind(), v.value())
                    + (i == 0 && g.disputed() ? style.green("  (chosen)") : "")
                    + (g.disputed() && g.agreesWithAll(v) ? style.dim("  (agrees with every other value)") : ""));
            out.println("        " + style.dim(source(v.provenance())));
        }
        if (g.disputed() && g.resolution() != null) {
            out.println("    why this one: " + g.resolution());
        }
    }
}
