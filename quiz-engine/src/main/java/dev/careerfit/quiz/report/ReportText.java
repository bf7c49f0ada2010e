package dev.careerfit.quiz.report;

import dev.careerfit.education.PathStep;
import dev.careerfit.factor.FactorExposure;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Plain-text rendering of reports and comparisons, for terminals and logs. */
final class ReportText {
    private ReportText() {}

    static String bands(Band band, List<Band> bands) {
        if (band != null) {
            return band.label();
        }
        if (bands.isEmpty()) {
            return "unknown";
        }
        return "between " + bands.get(bands.size() - 1).label() + " and " + bands.get(0).label();
    }

    static String render(FitReport r) {
        StringBuilder out = new StringBuilder();
        out.append("How well ").append(r.roleTitle()).append(" (").append(r.role()).append(") fits you\n");
        if (r.status() == FitStatus.SCORED) {
            out.append(String.format(Locale.ROOT, "Score %.1f of 100, likely between %.1f and %.1f: %s.%n", r.score(),
                    r.interval().low(), r.interval().high(), bandSentence(r.band(), r.bands())));
        } else {
            out.append(String.format(Locale.ROOT, "No score yet; it could be anywhere from %.1f to %.1f.%n",
                    r.interval().low(), r.interval().high()));
        }
        reasons(out, "In its favour", "+", r.inFavour());
        reasons(out, "Against it", "-", r.against());
        if (!r.dealBreakers().isEmpty()) {
            out.append("\nDeal-breakers\n");
            r.dealBreakers().forEach(d -> out.append("  ! ").append(d.summary()).append('\n'));
        }
        factors(out, r.factors());
        skills(out, r.skills());
        if (!r.whatWouldChange().isEmpty()) {
            out.append("\nWhat would change the result most\n");
            r.whatWouldChange().forEach(c -> out.append("  * ").append(c.summary()).append('\n'));
        }
        if (!r.notes().isEmpty()) {
            out.append("\nNotes\n");
            r.notes().forEach(n -> out.append("  - ").append(n).append('\n'));
        }
        out.append("\nQuestion bank ").append(r.bank()).append(' ').append(r.bankVersion())
                .append("; method: docs/scoring.md\n");
        return out.toString();
    }

    static String render(RoleComparison c) {
        StringBuilder out = new StringBuilder("Roles ranked by fit\n");
        for (int i = 0; i < c.ranking().size(); i++) {
            FitEstimate e = c.ranking().get(i);
            out.append(String.format(Locale.ROOT, "%3d. %-40s %s%n", i + 1, e.title() + " (" + e.role() + ")",
                    e.score() == null ? "no score yet" : String.format(Locale.ROOT, "%5.1f  (%s)  %s", e.score(),
                            e.interval(), bands(e.band(), e.bands()))));
        }
        c.tooClose().forEach(cc -> out.append(String.format(Locale.ROOT,
                "Too close to separate: %s and %s (difference %.1f, could be anywhere from %.1f to %.1f)%n",
                cc.higher(), cc.lower(), cc.difference(), cc.interval().low(), cc.interval().high())));
        return out.toString();
    }

    private static String bandSentence(Band band, List<Band> bands) {
        return band != null ? "a " + band.label() + " fit" : "the interval spans " + bands.stream().map(Band::label)
                .collect(Collectors.joining(", ")) + ", so no single band yet";
    }

    private static void reasons(StringBuilder out, String heading, String mark, List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        out.append('\n').append(heading).append('\n');
        for (Reason r : reasons) {
            out.append("  ").append(mark).append(' ').append(r.summary()).append('\n');
            FactorExposure e = r.fact().value();
            if (e.statement() != null) {
                out.append("      The source's point: ").append(e.statement()).append('\n');
            }
            String answers = r.answers().stream().filter(a -> a.value() != null)
                    .map(a -> "\"" + a.text() + "\" " + a.answer() + (a.reverse() ? " (reverse)" : ""))
                    .collect(Collectors.joining("; "));
            if (!answers.isEmpty()) {
                out.append("      Your answers: ").append(answers).append('\n');
            }
            if (r.disputed()) {
                out.append("      Sources disagree: ").append(r.resolution()).append('\n');
            }
        }
    }

    private static void factors(StringBuilder out, List<FactorResult> factors) {
        out.append("\nEvery factor of the role\n");
        out.append(String.format(Locale.ROOT, "  %-28s %-7s %-15s %-6s %-5s %-7s %s%n", "factor", "you", "range",
                "weight", "role", "points", "answered"));
        for (FactorResult f : factors) {
            out.append(String.format(Locale.ROOT, "  %-28s %-7s %-15s %-6.2f %-5s %-7s %d/%d%s%n", f.name(),
                    f.attitude() == null ? "?" : String.format(Locale.ROOT, "%+.2f", f.attitude()),
                    String.format(Locale.ROOT, "%+.2f..%+.2f", f.low(), f.high()), f.weight(),
                    String.format(Locale.ROOT, "%.0f/5", f.intensity()),
                    f.contribution() == null ? "-" : String.format(Locale.ROOT, "%+.1f", f.contribution()),
                    f.answered(), f.questions(), f.status() == FactorStatus.SCORED ? ""
                            : "  " + f.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
    }

    private static void skills(StringBuilder out, SkillReadiness s) {
        out.append("\nSkills readiness (apart from the score)\n  ").append(s.summary()).append('\n');
        for (SkillGap g : s.gaps().subList(0, Math.min(5, s.gaps().size()))) {
            out.append("  gap: ").append(g.requirement().value().skill().name()).append(": you ")
                    .append(level(g.self().name())).append(", the role asks ")
                    .append(level(g.requirement().value().proficiency().name())).append(" (")
                    .append(g.requirement().provenance().describe()).append(")\n");
        }
        if (s.gaps().size() > 5) {
            out.append("  and ").append(s.gaps().size() - 5).append(" more gaps\n");
        }
        if (s.education() != null) {
            EducationCheck e = s.education();
            out.append("  Education: you hold ").append(e.held().label()).append("; the usual way in asks for ")
                    .append(e.usualEntry().label()).append(e.meets() ? " (met)" : " (not yet met)").append(" (")
                    .append(e.requirement().provenance().describe()).append(")\n");
        }
        if (!s.paths().isEmpty()) {
            out.append("  Ways in").append(s.studyYearsWilling() == null ? ""
                    : " (you would invest up to " + s.studyYearsWilling() + " years of study)").append(":\n");
            for (PathOption p : s.paths()) {
                out.append("    ").append(p.summary()).append(" (").append(p.path().provenance().describe()).append(")\n");
                int n = 1;
                for (PathStep step : p.path().value().steps()) {
                    out.append("      ").append(n++).append(". ").append(step.title())
                            .append(step.duration() == null ? "" : ", " + step.duration())
                            .append(step.optional() ? " (optional)" : "").append('\n');
                }
            }
        }
    }

    private static String level(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
