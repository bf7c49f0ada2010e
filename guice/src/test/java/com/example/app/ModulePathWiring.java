package com.example.app;

import com.google.inject.Guice;
import dev.careerfit.guice.CareerfitModule;
import dev.careerfit.quiz.FitScorer;

/**
 * An application's start, run by {@code ModulePathTest} in its own JVM with careerfit and Guice on the module
 * path: it wires the scorer with Guice and says how many roles it scores. In a package of its own, as an
 * application's would be (a class path class cannot share a package with a named module).
 */
public final class ModulePathWiring {
    private ModulePathWiring() {}

    public static void main(String[] args) {
        FitScorer scorer = Guice.createInjector(new CareerfitModule()).getInstance(FitScorer.class);
        System.out.println("careerfit-guice on the module path: "
                + CareerfitModule.class.getModule().getName() + ", " + scorer.catalog().roles().size() + " roles");
    }
}
