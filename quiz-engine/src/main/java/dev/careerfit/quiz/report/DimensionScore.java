package dev.careerfit.quiz.report;

import dev.careerfit.quiz.bank.DimensionFamily;

/**
 * What the person's answers say on one dimension, whatever the role.
 *
 * @param dimension  the dimension id
 * @param name       its name
 * @param family     its family
 * @param score      the mean item score, -1 (dislikes) to 1 (likes); for an interest area also shown as an
 *                   Interest Profiler-style 0-40 score in text; {@code null} when unanswered
 * @param answered   items answered on it
 * @param importance the importance answer (work factors), or {@code null}
 * @since 0.3
 */
public record DimensionScore(String dimension, String name, DimensionFamily family, Double score, int answered,
                             Integer importance) {
    /** The score on the Interest Profiler's 0-40 scale: 10 items at (score × 2 + 2) each; {@code null} without one. */
    public Integer profilerScale() {
        return score == null ? null : (int) Math.round(10 * (score * 2 + 2));
    }
}
