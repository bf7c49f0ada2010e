package dev.careerfit.role;

import dev.careerfit.internal.Checks;

/**
 * A role's code in an external classification, e.g. scheme {@code O*NET-SOC}, code {@code 15-2051.00}.
 *
 * @since 0.1
 */
public record OccupationCode(String scheme, String code) {
    /** O*NET-SOC, the O*NET taxonomy: {@code 15-2051.00}. */
    public static final String ONET_SOC = "O*NET-SOC";
    /** The U.S. Standard Occupational Classification, 6 digits: {@code 15-2051}, or a broad group {@code 15-2050}. */
    public static final String SOC = "SOC";

    public OccupationCode {
        scheme = Checks.notBlank(scheme, "scheme");
        code = Checks.notBlank(code, "code");
    }

    /** An O*NET-SOC code, e.g. {@code 15-2051.00}. */
    public static OccupationCode onetSoc(String code) {
        return new OccupationCode(ONET_SOC, code);
    }

    /** A SOC code, e.g. {@code 15-2051}. */
    public static OccupationCode soc(String code) {
        return new OccupationCode(SOC, code);
    }

    @Override
    public String toString() {
        return scheme + " " + code;
    }
}
