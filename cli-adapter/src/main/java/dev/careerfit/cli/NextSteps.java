package dev.careerfit.cli;

import dev.careerfit.quiz.report.DealBreaker;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.PathFit;
import dev.careerfit.quiz.report.PathOption;
import dev.careerfit.quiz.report.SkillReadiness;
import java.util.ArrayList;
import java.util.List;

/**
 * What to do next, read off a fit report: its largest skill gaps, a way in that fits the time the
 * person would invest, the answers that move the score most, and deal-breakers worth checking.
 * The same steps appear in the text and HTML reports.
 */
final class NextSteps {
    private NextSteps() {}

    static List<String> of(FitReport r) {
        List<String> steps = new ArrayList<>();
        SkillReadiness s = r.skills();
        if (s != null && !s.gaps().isEmpty()) {
            steps.add("Work on " + String.join(", ", s.gaps().stream().limit(3)
                    .map(g -> g.requirement().value().skill().name() + " (to "
                            + FactText.lower(g.requirement().value().proficiency()) + ")").toList()) + ".");
        }
        PathOption way = s == null ? null : s.paths().stream()
                .filter(p -> p.fit() == PathFit.WITHIN || p.fit() == PathFit.PARTLY).findFirst().orElse(null);
        if (way != null) {
            steps.add("A way in that fits the time you would invest: " + way.summary());
        }
        if (!r.dealBreakers().isEmpty()) {
            steps.add("Talk to people in the role about " + String.join(", ",
                    r.dealBreakers().stream().map(DealBreaker::name).toList()) + " before you commit.");
        }
        if (!r.whatWouldChange().isEmpty()) {
            steps.add("Be sure of your answers on " + r.whatWouldChange().get(0).factor()
                    + ": they move the score most.");
        }
        steps.add("Read everything careerfit knows about the role, with sources: careerfit role " + r.role());
        return steps;
    }
}
