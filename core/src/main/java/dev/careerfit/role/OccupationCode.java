package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A role's code in an external classification, e.g. scheme {@code O*NET-SOC}, code {@code 15-2051.00}.
 *
 * <p>The codes' own structure says what a code implies ({@link #implied()}): an O*NET-SOC code
 * {@code 15-1243.00} is in the SOC detailed occupation {@code 15-1243} (its first six digits), and a SOC
 * detailed occupation in its broad group {@code 15-1240} (its last digit 0). Nothing else is implied:
 * careerfit keeps no crosswalk between classifications.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record OccupationCode(String scheme, String code) {
    private static final Pattern ONET_SOC_CODE = Pattern.compile("\\d{2}-\\d{4}\\.\\d{2}");
    private static final Pattern SOC_CODE = Pattern.compile("\\d{2}-\\d{4}");

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

    /**
     * The codes this code implies by its structure, most specific first: for {@code O*NET-SOC 15-1243.00},
     * {@code SOC 15-1243} and {@code SOC 15-1240}; for {@code SOC 15-1243}, {@code SOC 15-1240}; for a broad
     * group or a code of another scheme, none.
     */
    public List<OccupationCode> implied() {
        List<OccupationCode> implied = new ArrayList<>(2);
        OccupationCode soc = null;
        if (scheme.equals(ONET_SOC) && ONET_SOC_CODE.matcher(code).matches()) {
            soc = soc(code.substring(0, 7));
            implied.add(soc);
        } else if (scheme.equals(SOC)) {
            soc = this;
        }
        if (soc != null) {
            soc.broadGroup().filter(b -> !b.equals(this)).ifPresent(implied::add);
        }
        return implied;
    }

    /** For a SOC detailed occupation ({@code 21-1018}), its broad group ({@code 21-1010}); else empty. */
    public Optional<OccupationCode> broadGroup() {
        if (!scheme.equals(SOC) || !SOC_CODE.matcher(code).matches() || code.endsWith("0")) {
            return Optional.empty();
        }
        return Optional.of(soc(code.substring(0, 6) + "0"));
    }

    /**
     * How specific the code is, lower first: an O*NET-SOC code 0, a SOC detailed occupation 1, a SOC broad
     * group 2, a code of another scheme 3.
     */
    public int specificity() {
        if (scheme.equals(ONET_SOC)) {
            return 0;
        }
        if (scheme.equals(SOC)) {
            return code.endsWith("0") ? 2 : 1;
        }
        return 3;
    }

    @Override
    public String toString() {
        return scheme + " " + code;
    }
}
