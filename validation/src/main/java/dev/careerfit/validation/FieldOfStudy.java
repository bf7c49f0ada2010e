package dev.careerfit.validation;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A field of study and the O*NET-SOC occupations its graduates typically enter (docs/validity.md, "The
 * fields and their occupations").
 *
 * @param id          short id, e.g. {@code civil-engineering}
 * @param name        the field's name
 * @param spellings   the majors, as typed, that belong to it
 * @param occupations O*NET-SOC codes, e.g. {@code 17-2051.00}
 */
public record FieldOfStudy(String id, String name, Set<String> spellings, List<String> occupations) {
    public FieldOfStudy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        spellings = Set.copyOf(spellings);
        occupations = List.copyOf(occupations);
        if (spellings.isEmpty() || occupations.isEmpty()) {
            throw new IllegalArgumentException(id + " needs spellings and occupations");
        }
    }
}
