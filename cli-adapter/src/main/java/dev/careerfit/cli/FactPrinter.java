package dev.careerfit.cli;

import dev.careerfit.catalog.FactGroup;
import dev.careerfit.provenance.Sourced;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints facts with their sources: every value of a group where sources disagree, the chosen one
 * marked and the reason it was chosen, so nothing the catalog knows is hidden.
 */
final class FactPrinter {
    private final PrintWriter out;
    private final Style style;

    FactPrinter(PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
    }

    void heading(String title) {
        out.println();
        out.println(style.bold(title));
    }

    /** A section of fact groups; nothing when empty. */
    void groups(String title, List<? extends FactGroup<?>> groups) {
        if (groups.isEmpty()) {
            return;
        }
        heading(title);
        groups.forEach(this::group);
    }

    /** One group: its value and source, or every value when there are several. */
    void group(FactGroup<?> g) {
        if (g.values().size() == 1) {
            out.println("  " + g.subject() + ": " + FactText.describe(g.value()));
            out.println("      " + style.dim(FactText.source(g.chosen().provenance())));
            return;
        }
        out.println("  " + g.subject() + "  " + (g.disputed()
                ? style.yellow("[disputed: " + g.values().size() + " values]")
                : style.dim("[" + g.values().size() + " sources agree]")));
        for (int i = 0; i < g.values().size(); i++) {
            Sourced<?> v = g.values().get(i);
            String marker = i == 0 ? (g.disputed() ? "* " : "  ") : "  ";
            out.println("    " + marker + FactText.describe(v.value())
                    + (i == 0 && g.disputed() ? style.green("  (chosen)") : ""));
            out.println("        " + style.dim(FactText.source(v.provenance())));
        }
        if (g.disputed() && g.resolution() != null) {
            out.println("    why this one: " + g.resolution());
        }
    }

    /** A section of sourced statements, one line each with its source; nothing when empty. */
    void sourced(String title, List<? extends Sourced<?>> values) {
        if (values.isEmpty()) {
            return;
        }
        heading(title);
        for (Sourced<?> v : values) {
            out.println("  - " + FactText.describe(v.value()) + style.dim("  (" + FactText.source(v.provenance()) + ")"));
        }
    }
}
