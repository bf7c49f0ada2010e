package dev.careerfit.education;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * O*NET's job zone: how much preparation a role needs, from 1 (little or none) to 5 (extensive), with
 * what the zone means as O*NET describes it where the source gives it.
 *
 * @param value      1 to 5
 * @param name       the zone's name, e.g. "Job Zone Four: Considerable Preparation Needed", or {@code null}
 * @param experience the experience the zone usually needs, or {@code null}
 * @param education  the education it usually needs, or {@code null}
 * @param training   the training it usually needs, or {@code null}
 * @param examples   example occupations, or {@code null}
 * @param svpRange   the Specific Vocational Preparation range, e.g. "(7.0 to &lt; 8.0)", or {@code null}
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record JobZone(int value, String name, String experience, String education, String training, String examples,
                      String svpRange) {
    public JobZone {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException("job zone must be between 1 and 5, was " + value);
        }
        name = Checks.optionalText(name);
        experience = Checks.optionalText(experience);
        education = Checks.optionalText(education);
        training = Checks.optionalText(training);
        examples = Checks.optionalText(examples);
        svpRange = Checks.optionalText(svpRange);
    }

    /** A zone without its description. */
    public JobZone(int value) {
        this(value, null, null, null, null, null, null);
    }

    public String label() {
        return switch (value) {
            case 1 -> "little or no preparation needed";
            case 2 -> "some preparation needed";
            case 3 -> "medium preparation needed";
            case 4 -> "considerable preparation needed";
            default -> "extensive preparation needed";
        };
    }

    /** The same zone without its description, for comparing zones. */
    public int zone() {
        return value;
    }
}
