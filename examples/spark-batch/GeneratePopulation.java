import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.batch.SamplePopulation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a made-up population as JSON lines, the input of careerfit batch and of the Spark job: each person's
 * answers to the built-in questions drawn from a seed, one bad line in every BAD_EVERY (six kinds in turn: not JSON,
 * no person id, an answer out of range, an unknown question, another bank version, too few answers). Nothing is
 * downloaded: the questions are the built-in bank's.
 *
 * <pre>
 * java -cp CLASSPATH GeneratePopulation.java PEOPLE FILE [SEED] [BAD_EVERY]     # defaults: seed 42, 1000
 * </pre>
 */
public final class GeneratePopulation {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GeneratePopulation PEOPLE FILE [SEED] [BAD_EVERY]");
            System.exit(2);
        }
        int people = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        int badEvery = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        FitScorer scorer = FitScorers.create(CareerCatalog.builder().build());
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SamplePopulation(scorer.bank()).lines(people, seed, badEvery).forEach(line -> {
                try {
                    out.write(line);
                    out.newLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        int bad = badEvery > 0 ? people / badEvery : 0;
        System.out.printf("Wrote %,d people (%,d of them bad lines) to %s%n", people, bad, file);
    }
}
