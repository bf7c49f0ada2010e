/** Guice wiring for careerfit: binds the catalog, the question bank and the fit scorer. */
module dev.careerfit.guice {
    requires transitive dev.careerfit.quiz;
    requires transitive com.google.guice;
    // Guice is an automatic module and does not make the module path resolve jakarta.inject, which its
    // classes use: without this, Guice fails with NoClassDefFoundError: jakarta/inject/Provider.
    requires transitive jakarta.inject;

    exports dev.careerfit.guice;
    opens dev.careerfit.guice to com.google.guice;
}
