package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.DimensionId;
import java.util.Objects;

/**
 * What the person's answers say on one dimension, whatever the role.
 *
 * @param dimension  the dimension
 * @param name       its name
 * @param family     its family
 * @param score      the mean item score, -1 (dislikes) to 1 (likes); {@code null} when unanswered
 * @param answered   items answered on it
 * @param importance the importance answer (dimensions weighed by importance, such as work factors), or {@code null}
 * @param stance     whether the person wants it, would rather avoid it or neither (by {@code ScoringSettings}'
 *                   {@code wantsFrom} and {@code avoidsFrom}); {@code null} when unanswered
 * @param shown      the score as text shows it, as its family words it: an interest area on the O*NET Interest
 *                   Profiler's 0-40, others -1 to +1; {@code null} when unanswered
 * @since 0.3
 */
@Api(Api.Status.STABLE)
public record DimensionScore(DimensionId dimension, String name, DimensionFamily family, Double score, int answered,
                             Integer importance, Stance stance, String shown) {
    public DimensionScore {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(family, "family");
    }
}
