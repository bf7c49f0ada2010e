package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * Something people in the role do.
 *
 * @param statement the task in plain words
 * @param kind      how the source presents it
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Task(String statement, TaskKind kind) {
    public Task {
        statement = Checks.notBlank(statement, "statement");
        Checks.notNull(kind, "kind");
    }
}
