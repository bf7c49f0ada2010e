package dev.careerfit.quiz.report;

import java.util.List;
import java.util.Locale;

/** Plain-text rendering of reports and comparisons, for logs and programs without a terminal front end. */
final class ReportText {
    private ReportText() {}

    static String bands(Band band, List<Band> bands) {
        if (band != null) {
            return band.label();
        }
        if (bands.isEmpty()) {
            return "unknown";
        }
        return bands.size() == 1 ? bands.get(0).label() + " (no verdict)"
                : "between " + bands.get(bands.size() - 1).label() + " and " + bands.get(0).label();
    }

    static String render(FitReport r) {
        StringBuilder out = new StringBuilder();
        out.append("How well ").append(r.roleTitle()).append(" (").append(r.role()).append(") fits you\n");
        out.append(r.verdict()).append('\n');
        FitExplanation why = r.explanation();
        list(out, "In its favour", "+", why.inFavour().stream().map(Reason::summary).toList());
        list(out, "Against it", "-", why.against().stream().map(Reason::summary).toList());
        list(out, "Deal-breakers", "!", why.dealBreakers().stream().map(DealBreaker::summary).toList());
        Readiness ready = r.readiness();
        out.append("\nReadiness (apart from the score)\n  ").append(ready.preparation().summary()).append('\n');
        SkillReadiness s = ready.skills();
        if (s.coverage() != null) {
            out.append(String.format(Locale.ROOT, "  Skills: you meet %.0f%% of what the %d skills you rated ask.%n",
                    100 * s.coverage(), s.rated()));
        }
        list(out, "What would change the result most", "*", why.whatWouldChange().stream().map(ResultChange::summary)
                .toList());
        list(out, "Notes", "-", r.notes());
        out.append("\nQuestion bank ").append(r.bank()).append(' ').append(r.bankVersion())
                .append("; method: docs/scoring.md\n");
        return out.toString();
    }

    static String render(Ranking c) {
        StringBuilder out = new StringBuilder("Roles ranked by fit (" + c.scored() + " scored)\n");
        for (FitEstimate e : c.roles()) {
            out.append(String.format(Locale.ROOT, "%4s. %-50s %s%n", e.rank() == null ? "-" : e.rank(),
                    e.title() + " (" + e.role() + ")", e.score() == null ? "no comparable levels"
                            : String.format(Locale.ROOT, "%5.1f  (%s)  %s", e.score(), e.interval(),
                            bands(e.band(), e.bands()))));
        }
        c.tooClose().forEach(cc -> out.append(String.format(Locale.ROOT,
                "Too close to call: %s and %s (difference %+.1f, could be anywhere from %+.1f to %+.1f)%n",
                cc.higher(), cc.lower(), cc.difference(), cc.interval().low(), cc.interval().high())));
        c.notes().forEach(n -> out.append("Note: ").append(n).append('\n'));
        return out.toString();
    }

    private static void list(StringBuilder out, String heading, String mark, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append('\n').append(heading).append('\n');
        lines.forEach(l -> out.append("  ").append(mark).append(' ').append(l).append('\n'));
    }
}
