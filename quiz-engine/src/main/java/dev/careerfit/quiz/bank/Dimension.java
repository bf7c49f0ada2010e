package dev.careerfit.quiz.bank;

import java.util.Objects;

/**
 * One scoring dimension: what the fit compares between a person and a role. It has an id, a family
 * (which says how it is scored), a name and description in careerfit's words, the rule for a role's
 * level on it, and the questions in the bank that measure it ({@link QuestionBank#questions(String)}).
 * Dimensions are data: they are declared in bank documents, and a new one is one entry there.
 *
 * @param id          stable id, e.g. {@code investigative}, {@code achievement}, {@code pay}
 * @param family      interest, work value or work factor
 * @param name        short display name
 * @param description what being high on it means, in plain words
 * @param level       where a role's level comes from
 * @param document    the id of the bank document that declared it
 * @since 0.3
 */
public record Dimension(String id, DimensionFamily family, String name, String description, LevelRule level,
                        String document) {
    public Dimension {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(document, "document");
    }
}
