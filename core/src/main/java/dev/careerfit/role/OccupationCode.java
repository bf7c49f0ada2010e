package dev.careerfit.role;

import dev.careerfit.internal.Checks;

/**
 * A role's code in an external classification, e.g. scheme {@code O*NET-SOC}, code {@code 15-2051.00}.
 *
 * @since 0.1
 */
public record OccupationCode(String scheme, String code) {
    public OccupationCode {
        scheme = Checks.notBlank(scheme, "scheme");
        code = Checks.notBlank(code, "code");
    }
}
