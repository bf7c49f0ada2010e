package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * An element of a publisher's content model that occupations are rated on, e.g. O*NET's
 * {@code 2.A.1.e} Mathematics (a skill) or {@code 1.D.1.a} Innovation (a work style).
 *
 * @param id   the publisher's element id, e.g. {@code 2.A.1.e}
 * @param name the element's name, e.g. "Mathematics"
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public record ContentElement(String id, String name) {
    public ContentElement {
        id = Checks.notBlank(id, "id");
        name = Checks.notBlank(name, "name");
    }

    @Override
    public String toString() {
        return id + " " + name;
    }
}
