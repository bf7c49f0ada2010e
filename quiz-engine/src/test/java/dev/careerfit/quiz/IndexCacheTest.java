package dev.careerfit.quiz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved scoring index gives the same rankings and reports as one built from the catalog (O*NET 30.1,
 * OEWS May 2024, EP 2024-34 and the guides), and is only used under its own key and when intact.
 */
@Tag("national")
class IndexCacheTest {
    @TempDir
    Path dir;

    private StandardFitScorer scorer(Path file, String key) {
        // Not the shipped index: the cache is what is tested.
        return (StandardFitScorer) FitScorers.builder().catalog(Simulation.national().catalog()).indexCache(file, key)
                .shippedIndex(false).build();
    }

    @Test
    void aSavedIndexGivesTheSameRankingsAndReportsAsABuiltOne() throws Exception {
        Path file = dir.resolve("cache/scoring-index.bin");
        StandardFitScorer built = scorer(file, "v1");
        StandardFitScorer saved = scorer(file, "v1");
        Simulation sim = new Simulation(built);
        Answers answers = sim.take(sim.random(new Random(3)), new Random(4));

        assertThat(built.index().fromFile).isFalse();
        assertThat(saved.index().fromFile).isTrue();
        assertThat(Files.size(file)).isGreaterThan(100_000);
        assertThat(Scoring.top(saved, answers, 25)).isEqualTo(Scoring.top(built, answers, 25));
        for (String role : new String[] {"ml-engineer", "15-2051.00", "11-1011.00"}) {
            assertThat(Scoring.report(saved, answers, role)).isEqualTo(Scoring.report(built, answers, role));
        }
        assertThat(saved.bank().questions()).isEqualTo(built.bank().questions());
    }

    @Test
    void anotherKeyOrADamagedFileIsBuiltAgain() throws Exception {
        Path file = dir.resolve("scoring-index.bin");
        scorer(file, "v1");

        assertThat(scorer(file, "v2").index().fromFile).isFalse();
        assertThat(scorer(file, "v2").index().fromFile).isTrue();
        Files.write(file, new byte[] {1, 2, 3});
        assertThat(scorer(file, "v2").index().fromFile).isFalse();
        assertThat(scorer(file, "v2").index().fromFile).isTrue();
    }
}
