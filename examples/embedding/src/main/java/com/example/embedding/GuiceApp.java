package com.example.embedding;

import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Injector;
import dev.careerfit.guice.CareerfitModule;
import dev.careerfit.quiz.FitScorer;
import java.nio.file.Path;

/** Embeds the fit scorer with Guice: careerfit's module binds it, the app just injects it. */
public final class GuiceApp {
    private final FitScorer scorer;

    @Inject
    GuiceApp(FitScorer scorer) {
        this.scorer = scorer;
    }

    String run(Path answers) throws Exception {
        return TopRole.describe(scorer, answers);
    }

    public static void main(String[] args) throws Exception {
        Injector injector = Guice.createInjector(new CareerfitModule());
        GuiceApp app = injector.getInstance(GuiceApp.class);
        System.out.println(app.run(Path.of(args.length > 0 ? args[0] : "answers.yaml")));
    }
}
