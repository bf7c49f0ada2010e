package dev.careerfit.validation;

import dev.careerfit.CareerfitException;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The validation command: {@code java -jar validation/target/careerfit-validation.jar [data folder]} runs the
 * real-people check on {@code development-half.csv} of the folder (by default
 * {@code ../shared/data/riasec-majors}), prints the tables and writes them to
 * {@code validation/target/real-people.txt}.
 */
public final class Validate {
    /** Where the data sits beside a worktree or a clean clone, as in CI. */
    public static final Path DEFAULT_DATA = Path.of("..", "shared", "data", "riasec-majors");
    public static final String FILE = "development-half.csv";

    private Validate() {}

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : DEFAULT_DATA;
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            System.err.println("careerfit validation: " + file + " not found; the real people's data is read from "
                    + "../shared/data/riasec-majors (or give its folder as the argument)");
            System.exit(2);
        }
        try {
            String text = RealPeopleCheck.render(run(file));
            System.out.print(text);
            Path out = Path.of("validation", "target");
            if (Files.isDirectory(out)) {
                Files.writeString(out.resolve("real-people.txt"), text, StandardCharsets.UTF_8);
            }
        } catch (CareerfitException e) {
            System.err.println("careerfit validation: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Reads the data and the built-in catalog and runs every method. */
    public static RealPeopleCheck.Result run(Path file) {
        List<Respondent> people = RespondentFile.read(file);
        CareerCatalog catalog = CareerCatalog.builder().build();
        FitScorer scorer = CareerfitRanker.scorer(catalog);
        Occupations occupations = Occupations.of(catalog);
        List<Ranker> rankers = List.of(PearsonRanker.all(occupations), PearsonRanker.jobZone4And5(occupations),
                new CareerfitRanker(scorer, occupations), new ExperimentalRanker(occupations));
        return new RealPeopleCheck(FieldsOfStudy.standard(), occupations, rankers).run(people);
    }
}
