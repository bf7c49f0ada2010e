package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.fact.FactKind;
import dev.careerfit.internal.Checks;

/**
 * Something a source does not publish for a role, stated rather than left as silence: O*NET 30.1 has
 * no skills ratings for 15-2051.00, for instance. Shown where the missing facts would be.
 *
 * @param kind      the kind of fact that is missing, e.g. {@code FactKinds.SKILL_RATING}
 * @param statement what is missing, in plain words
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public record DataGap(FactKind<?> kind, String statement) {
    public DataGap {
        Checks.notNull(kind, "kind");
        statement = Checks.notBlank(statement, "statement");
    }
}
