package dev.careerfit.factor;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * A dimension of working life that a role can have more or less of: pay, maths, pressure, long
 * hours. Whether it is a pro or a con depends on the person; sources only say how they frame it.
 *
 * @param id          stable id
 * @param name        short display name, e.g. "Maths intensity"
 * @param description what having a lot of it means in practice
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record WorkFactor(FactorId id, String name, String description) {
    public WorkFactor {
        Checks.notNull(id, "id");
        name = Checks.notBlank(name, "name");
        description = Checks.notBlank(description, "description");
    }

    public static WorkFactor of(String id, String name, String description) {
        return new WorkFactor(FactorId.of(id), name, description);
    }
}
