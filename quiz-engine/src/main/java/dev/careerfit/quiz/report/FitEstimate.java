package dev.careerfit.quiz.report;

import dev.careerfit.role.RoleId;
import java.util.List;

/**
 * A role's score for a person without the explanation: what a comparison ranks and what a quiz
 * session checks after each answer.
 *
 * @param role     the role
 * @param title    its title
 * @param status   whether it could be scored
 * @param score    0 to 100, or {@code null} when not scored
 * @param interval where the score is likely to lie
 * @param band     the band, only when the whole interval lies in it; otherwise {@code null}
 * @param bands    the bands the interval spans, best first; one when {@code band} is set
 * @since 0.1
 */
public record FitEstimate(RoleId role, String title, FitStatus status, Double score, FitInterval interval, Band band,
                          List<Band> bands) {
    public FitEstimate {
        bands = List.copyOf(bands);
    }
}
