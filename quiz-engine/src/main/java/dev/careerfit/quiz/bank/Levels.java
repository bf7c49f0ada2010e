package dev.careerfit.quiz.bank;

import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.Wording;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.Rating;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the built-in families share when reading a role's level: its first fact of a kind, a rating as a level. */
final class Levels {
    private Levels() {}

    static <T> Optional<FactGroup<T>> first(CareerRole role, FactKind<T> kind) {
        List<FactGroup<T>> groups = role.groups(kind);
        return groups.isEmpty() ? Optional.empty() : Optional.of(groups.get(0));
    }

    /** A published rating as the level, e.g. an O*NET interest rating on its 1-7 scale. */
    static Optional<LevelReading> rating(Sourced<?> fact, Rating r, String what, String name) {
        if (r == null) {
            return Optional.empty();
        }
        String scale = r.scale().id() + " scale, " + Wording.number(r.scale().minimum()) + " to "
                + Wording.number(r.scale().maximum());
        return Optional.of(LevelReading.of(r.value(), r.scale().minimum(), r.scale().maximum(), false,
                what + " (" + scale + ")", List.of(new LevelInput(what + ": " + name,
                        Wording.number(r.value()) + " (" + scale + ")", fact.provenance()))));
    }

    /** A problem when {@code source} is not one of {@code constants}' names. */
    static <E extends Enum<E>> Optional<String> oneOf(LevelRule rule, Class<E> constants, String what) {
        if (rule.derivation() != null) {
            return Optional.of("only work factors are derived; remove the derivation");
        }
        boolean known = Arrays.stream(constants.getEnumConstants()).anyMatch(c -> c.name().equals(rule.source()));
        return known ? Optional.empty() : Optional.of("must name " + what + ", one of "
                + String.join(", ", Arrays.stream(constants.getEnumConstants()).map(Enum::name).toList())
                + "; was '" + rule.source() + "'");
    }
}
