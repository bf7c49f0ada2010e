package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.bank.LevelInput;
import java.util.List;
import java.util.Objects;

/**
 * A role's level on one scoring dimension, with what it came from: a rating a source publishes (an
 * O*NET interest or work-value rating, a guide's intensity for a work factor), or careerfit's derivation
 * from published figures by a documented formula (docs/scoring.md, "Derived levels for O*NET occupations").
 *
 * @param dimension  the dimension id
 * @param level      the level on its scale
 * @param minimum    the scale's lowest value
 * @param maximum    the scale's highest value
 * @param percentile where the level stands among all roles that have one, 0 to 100
 * @param derived    whether careerfit derived it (rather than a source stating it)
 * @param basis      how the level was obtained, in words: the rating's name, or the formula
 * @param from       the published figures it came from, each with its provenance
 * @since 0.3
 */
@Api(Api.Status.STABLE)
public record DimensionLevel(DimensionId dimension, double level, double minimum, double maximum, double percentile,
                             boolean derived, String basis, List<LevelInput> from) {
    public DimensionLevel {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(basis, "basis");
        from = List.copyOf(from);
    }
}
