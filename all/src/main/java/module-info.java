/**
 * careerfit in one dependency: core, the quiz engine and its documents, the built-in data providers, and the scoring
 * index of the built-in catalog (META-INF/careerfit/scoring-index.bin).
 */
module dev.careerfit.all {
    requires transitive dev.careerfit.core;
    requires transitive dev.careerfit.json;
    requires transitive dev.careerfit.provider.document;
    requires transitive dev.careerfit.quiz.json;
    requires dev.careerfit.provider.bls;
    requires dev.careerfit.provider.onet;
    requires dev.careerfit.provider.oews;
    requires dev.careerfit.provider.ep;
    requires dev.careerfit.provider.glassdoor;
    requires dev.careerfit.provider.mlsurvey;
    requires dev.careerfit.provider.guides;

    exports dev.careerfit.all;
}
