/**
 * careerfit in the browser and over HTTP: {@code careerfit serve}'s web app on Javalin (Jetty), with jte templates
 * compiled at build time. A thin adapter over the catalog and the quiz engine; nothing is stored on the server.
 */
module dev.careerfit.web {
    requires transitive dev.careerfit.quiz;
    requires dev.careerfit.quiz.json;
    requires transitive dev.careerfit.report;
    requires io.javalin;
    requires gg.jte.runtime;
    requires org.eclipse.jetty.server;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    // The compiled templates carry @Generated, a source-only annotation.
    requires static java.compiler;

    exports dev.careerfit.web;

    // jte loads the templates it compiled at build time by name, reflectively.
    opens dev.careerfit.web.templates to gg.jte.runtime;
}
