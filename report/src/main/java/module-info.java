/**
 * The pages a person reads, as a library: fit results, a role, its pay, the sources, the list of roles and the
 * question bank, in text, HTML, Markdown and JSON behind one {@link dev.careerfit.report.ReportFormat}, chosen from a
 * {@link dev.careerfit.report.ReportFormats registry}. The command line and the web app call it; so can any program.
 */
module dev.careerfit.report {
    requires transitive dev.careerfit.quiz;
    requires transitive dev.careerfit.quiz.json;
    requires com.fasterxml.jackson.databind;

    exports dev.careerfit.report;
    exports dev.careerfit.report.page;

    uses dev.careerfit.report.ReportFormat;
}
