/** Guice wiring for careerfit: binds the catalog, the question bank and the fit scorer. */
module dev.careerfit.guice {
    requires transitive dev.careerfit.quiz;
    requires transitive com.google.guice;

    exports dev.careerfit.guice;
    opens dev.careerfit.guice to com.google.guice;
}
