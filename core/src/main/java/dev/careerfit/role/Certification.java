package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * A certification relevant to the role.
 *
 * @param name   the certification's name
 * @param issuer the certifying organisation
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Certification(String name, String issuer) {
    public Certification {
        name = Checks.notBlank(name, "name");
        issuer = Checks.notBlank(issuer, "issuer");
    }
}
