package dev.careerfit.quiz.report;

import dev.careerfit.role.SkillId;
import java.util.List;

/**
 * How ready a person is for a role's skills, kept apart from fit: liking a role and being ready for
 * it are different questions.
 *
 * <p>Coverage is the sum over the rated skills of min(own level, required level) over the sum of
 * required levels; the low and high ends count the unrated skills as none and as fully met.
 *
 * @param coverage          0 to 1 over the rated skills, or {@code null} when none is rated
 * @param coverageLow       0 to 1, unrated skills counted as none
 * @param coverageHigh      0 to 1, unrated skills counted as met
 * @param rated             skills the person rated
 * @param required          skills the role requires
 * @param gaps              skills rated below the requirement, largest gap first
 * @param unrated           skills the person did not rate
 * @param education         the person's education against the usual entry level, or {@code null}
 * @param studyYearsWilling years of study the person is willing to invest, or {@code null}
 * @param paths             the role's ways in, those that fit the person first
 * @param summary           in one sentence
 * @since 0.1
 */
public record SkillReadiness(Double coverage, double coverageLow, double coverageHigh, int rated, int required,
                             List<SkillGap> gaps, List<SkillId> unrated, EducationCheck education,
                             Integer studyYearsWilling, List<PathOption> paths, String summary) {
    public SkillReadiness {
        gaps = List.copyOf(gaps);
        unrated = List.copyOf(unrated);
        paths = List.copyOf(paths);
    }
}
