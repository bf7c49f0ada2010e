package dev.careerfit.cli;

import dev.careerfit.quiz.report.DealBreaker;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.PreparationVerdict;
import dev.careerfit.quiz.report.SkillReadiness;
import java.util.ArrayList;
import java.util.List;

/**
 * What to do next, read off a fit report: its largest skill gaps, the way in against the time the person
 * would invest, the answers that move the score most, and deal-breakers worth checking. The same steps
 * appear in the text and HTML reports.
 */
final class NextSteps {
    private NextSteps() {}

    static List<String> of(FitReport r) {
        List<String> steps = new ArrayList<>();
        SkillReadiness s = r.readiness().skills();
        if (!s.gaps().isEmpty()) {
            steps.add("Work on " + String.join(", ", s.gaps().stream().limit(3).map(g -> g.skill()).toList()) + ".");
        }
        var prep = r.readiness().preparation();
        if (prep.verdict() == PreparationVerdict.WITHIN_PLAN || prep.verdict() == PreparationVerdict.BEYOND_PLAN) {
            steps.add(prep.summary());
        }
        if (!r.explanation().dealBreakers().isEmpty()) {
            steps.add("Talk to people in the work about " + String.join(", ",
                    r.explanation().dealBreakers().stream().map(DealBreaker::name).toList()).toLowerCase(java.util.Locale.ROOT)
                    + " before you commit.");
        }
        if (!r.explanation().whatWouldChange().isEmpty()) {
            steps.add("Answer the open questions on " + r.explanation().whatWouldChange().get(0).name().toLowerCase(java.util.Locale.ROOT)
                    + ": they could move the score most.");
        }
        steps.add("Read everything careerfit knows about it, with sources: careerfit role " + r.role());
        return steps;
    }
}
