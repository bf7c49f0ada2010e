/**
 * careerfit's quiz documents in and out, with Jackson: answers (JSON or YAML), fit reports, rankings and sessions;
 * question bank documents (the built-in one, from which the engine's compiled bank is made, and those provider jars
 * list, read for the engine through its {@code QuestionDocumentReader}); and batch lines of answers.
 */
module dev.careerfit.quiz.json {
    requires transitive dev.careerfit.quiz;
    requires transitive dev.careerfit.json;
    requires com.fasterxml.jackson.databind;

    exports dev.careerfit.quiz.json;
    exports dev.careerfit.quiz.batch;

    // Bank documents are bound to package-private records.
    opens dev.careerfit.quiz.json to com.fasterxml.jackson.databind;

    provides dev.careerfit.quiz.bank.QuestionDocumentReader with dev.careerfit.quiz.json.QuestionDocuments;
}
