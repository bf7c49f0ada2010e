package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.quiz.bank.LevelInput;
import java.util.List;

/**
 * The way into the role against what the person holds and will invest: one verdict, decided by one
 * rule, so that no two statements disagree (docs/scoring.md, "Readiness").
 *
 * @param verdict           the verdict
 * @param needed            the education the role usually asks at entry, or {@code null} when unknown
 * @param held              the person's highest education, or {@code null} when not answered
 * @param yearsNeeded       years of study from what is held to what is needed (0 when held), or {@code null}
 * @param studyYearsWilling years of study the person will invest, or {@code null}
 * @param experienceYears   the person's years of related experience, or {@code null}
 * @param wayIn             the usual route in, in words (job zone, entry education and training, paths)
 * @param sources           the facts it rests on
 * @param summary           one sentence
 * @since 0.3
 */
@Api(Api.Status.STABLE)
public record Preparation(PreparationVerdict verdict, EducationLevel needed, EducationLevel held, Double yearsNeeded,
                          Integer studyYearsWilling, Integer experienceYears,
                          List<String> wayIn, List<LevelInput> sources, String summary) {
    public Preparation {
        wayIn = List.copyOf(wayIn);
        sources = List.copyOf(sources);
    }
}
