package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import java.util.Objects;

/**
 * One scoring dimension: what the fit compares between a person and a role. It has an id, a
 * {@link DimensionFamily} (which says how it is measured, read and scored), a name and description in
 * careerfit's words, the rule for a role's level on it, and the questions in the bank that measure it
 * ({@link QuestionBank#questions(DimensionId)}). Dimensions are data: they are declared in bank documents, and a
 * new one is one entry there.
 *
 * @param id          stable id, e.g. {@code investigative}, {@code achievement}, {@code pay}
 * @param family      how it is measured and scored
 * @param name        short display name
 * @param description what being high on it means, in plain words
 * @param level       where a role's level comes from, in the family's terms
 * @param document    the id of the bank document that declared it
 * @since 0.3
 */
@Api(Api.Status.STABLE)
public record Dimension(DimensionId id, DimensionFamily family, String name, String description, LevelRule level,
                        String document) {
    public Dimension {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(document, "document");
        String problem = family.checkLevel(level).orElse(null);
        if (problem != null) {
            throw new IllegalArgumentException("dimension '" + id + "' (" + family.id() + "): its level " + problem);
        }
    }
}
