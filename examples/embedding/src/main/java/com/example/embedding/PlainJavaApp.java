package com.example.embedding;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import java.nio.file.Path;

/** Embeds the fit scorer with plain Java: a builder for the catalog, a factory for the scorer. */
public final class PlainJavaApp {
    private PlainJavaApp() {}

    public static void main(String[] args) throws Exception {
        CareerCatalog catalog = CareerCatalog.builder().build();
        FitScorer scorer = FitScorers.create(catalog);
        System.out.println(TopRole.describe(scorer, Path.of(args.length > 0 ? args[0] : "answers.yaml")));
    }
}
