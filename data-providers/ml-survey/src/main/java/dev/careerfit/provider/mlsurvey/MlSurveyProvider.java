package dev.careerfit.provider.mlsurvey;

import dev.careerfit.Api;
import dev.careerfit.provider.document.DocumentProvider;

/**
 * The tables of the unnamed "recent survey" quoted by the seed guide "Why Machine Learning Engineer":
 * pay, openings, education, satisfaction and women's share by job title, plus skills, industries,
 * sector growth and certifications. Its figures rank below official and job-market data because the
 * survey's publisher, sample and place are unknown. The data lives in {@code ml-survey.json}.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class MlSurveyProvider extends DocumentProvider {
    public MlSurveyProvider() {
        super(MlSurveyProvider.class, "ml-survey.json");
    }
}
