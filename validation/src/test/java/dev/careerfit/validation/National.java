package dev.careerfit.validation;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The built-in national catalog (O*NET 30.1, OEWS May 2024, EP 2024-34, the guides), built once for the tests. */
final class National {
    private static CareerCatalog catalog;
    private static FitScorer scorer;
    private static Occupations occupations;

    private National() {}

    static synchronized CareerCatalog catalog() {
        if (catalog == null) {
            catalog = CareerCatalog.builder().build();
        }
        return catalog;
    }

    static synchronized FitScorer scorer() {
        if (scorer == null) {
            scorer = CareerfitRanker.scorer(catalog());
        }
        return scorer;
    }

    static synchronized Occupations occupations() {
        if (occupations == null) {
            occupations = Occupations.of(catalog());
        }
        return occupations;
    }

    /** Writes a figure file under target/ for docs/validity.md. */
    static void write(String name, String text) {
        try {
            Path dir = Path.of("target");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
