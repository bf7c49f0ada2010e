/**
 * careerfit's quiz engine: the question bank, the families of scoring dimensions, fit scoring, reports and quiz
 * sessions. Depends on core alone: the bank is compiled into the jar and read without a JSON library; documents in
 * and out (answers, reports, bank documents, batch lines) are {@code dev.careerfit.quiz.json}'s business.
 */
module dev.careerfit.quiz {
    requires transitive dev.careerfit.core;

    exports dev.careerfit.quiz;
    exports dev.careerfit.quiz.bank;
    exports dev.careerfit.quiz.report;
    exports dev.careerfit.quiz.session;
    // The answers check, shared with the JSON adapter so that a file's problems name their JSON paths.
    exports dev.careerfit.quiz.internal to dev.careerfit.quiz.json;

    uses dev.careerfit.quiz.bank.DimensionFamily;
    uses dev.careerfit.quiz.bank.QuestionDocumentReader;
}
