package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import dev.careerfit.provenance.Provenance;
import java.util.Objects;

/**
 * One published figure a role's level on a dimension was read or derived from.
 *
 * @param figure     what the figure is, e.g. "OEWS median annual wage" or "O*NET skill Mathematics, level"
 * @param value      the figure as published, in words, e.g. "$112,590" or "4.62 of 0-7"
 * @param provenance where it comes from
 * @since 0.3
 */
@Api(Api.Status.STABLE)
public record LevelInput(String figure, String value, Provenance provenance) {
    public LevelInput {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }
}
