package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import java.util.Objects;

/**
 * Where a role's level on a dimension comes from, as its {@link DimensionFamily} reads it: the family's own
 * {@code source} (an O*NET interest area such as {@code INVESTIGATIVE}, a work value such as
 * {@code ACHIEVEMENT}, a work factor id such as {@code pay}) and, where the family derives levels that no
 * source states, the {@link Derivation}. The family {@linkplain DimensionFamily#checkLevel checks} it.
 *
 * @param source     what the family reads the level from, in its own terms
 * @param derivation how an occupation without a stated level gets one; {@code null} when none
 * @since 0.3
 */
@Api(Api.Status.STABLE)
public record LevelRule(String source, Derivation derivation) {
    public LevelRule {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("a level rule's source must not be blank");
        }
    }

    public static LevelRule of(String source) {
        return new LevelRule(source, null);
    }
}
