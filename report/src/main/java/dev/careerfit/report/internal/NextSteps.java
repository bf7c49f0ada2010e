package dev.careerfit.report.internal;

import dev.careerfit.quiz.report.DealBreaker;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.SkillGap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What to do next, read off a fit report: its largest skill gaps, deal-breakers worth checking, the answers that move
 * the score most, and where to read more. The way in against the time the person would invest is said once, under
 * readiness, just above.
 */
final class NextSteps {
    private NextSteps() {}

    static List<String> of(FitReport r) {
        List<String> steps = new ArrayList<>();
        var gaps = r.readiness().skills().gaps();
        if (!gaps.isEmpty()) {
            steps.add("Work on " + Words.and(gaps.stream().limit(3).map(SkillGap::skill).toList()) + ".");
        }
        if (!r.explanation().dealBreakers().isEmpty()) {
            steps.add("Talk to people in the work about " + Words.and(r.explanation().dealBreakers().stream()
                    .map(d -> d.name().toLowerCase(Locale.ROOT)).toList()) + " before you commit.");
        }
        if (!r.explanation().whatWouldChange().isEmpty()) {
            steps.add("Answer the open questions on " + r.explanation().whatWouldChange().get(0).name()
                    .toLowerCase(Locale.ROOT) + ": they could move the score most.");
        }
        steps.add("Everything about it, with sources: careerfit role " + r.role().value());
        return steps;
    }

    static String dealBreakerNames(List<DealBreaker> dealBreakers) {
        return Words.and(dealBreakers.stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList());
    }
}
