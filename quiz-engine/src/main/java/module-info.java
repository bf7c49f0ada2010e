/** careerfit's quiz engine: the question bank, fit scoring, reports and quiz sessions. */
module dev.careerfit.quiz {
    requires transitive dev.careerfit.core;
    requires transitive dev.careerfit.json;

    exports dev.careerfit.quiz;
    exports dev.careerfit.quiz.bank;
    exports dev.careerfit.quiz.report;
    exports dev.careerfit.quiz.session;
    exports dev.careerfit.quiz.batch;
    exports dev.careerfit.quiz.json;

    // Documents (bank, answers, reports, sessions) are bound by Jackson, some through package-private types.
    opens dev.careerfit.quiz to com.fasterxml.jackson.databind;
    opens dev.careerfit.quiz.bank to com.fasterxml.jackson.databind;
    opens dev.careerfit.quiz.report to com.fasterxml.jackson.databind;
    opens dev.careerfit.quiz.session to com.fasterxml.jackson.databind;
}
