package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import java.util.List;

/**
 * How far the person's self-rated skills meet the role's, apart from the fit score (liking a role and
 * being ready for it are different questions).
 *
 * @param coverage     importance-weighted share of the required proficiency met, over rated skills; {@code null}
 *                     when none is rated
 * @param coverageLow  the same with unrated skills counted as none
 * @param coverageHigh the same with unrated skills counted as fully met
 * @param rated        required skills the person rated
 * @param required     skills the role requires
 * @param gaps         rated skills below the requirement, largest weighted gap first
 * @param unrated      required skills not rated, by name
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record SkillReadiness(Double coverage, double coverageLow, double coverageHigh, int rated, int required,
                             List<SkillGap> gaps, List<String> unrated) {
    public SkillReadiness {
        gaps = List.copyOf(gaps);
        unrated = List.copyOf(unrated);
    }
}
