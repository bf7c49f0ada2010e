package dev.careerfit.validation;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the RIASEC data set's CSV (../shared/data/riasec-majors/README.md): a header naming the six
 * interest areas, five personality scores and {@code major}, then one person a line. The file is read,
 * never copied: it must not enter the repository.
 */
public final class RespondentFile {
    static final List<String> COLUMNS = List.of("realistic", "investigative", "artistic", "social", "enterprising",
            "conventional", "extraversion", "agreeableness", "conscientiousness", "emotional_stability", "openness",
            "major");

    private RespondentFile() {}

    /**
     * Every person of {@code file}, in row order.
     *
     * @throws InvalidDataException naming the file, line and column of each problem
     */
    public static List<Respondent> read(Path file) {
        List<Respondent> people = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !List.of(header.strip().split(",", -1)).equals(COLUMNS)) {
                throw new InvalidDataException(file.toString(), List.of(new Problem(file + ":1",
                        "the header must be " + String.join(",", COLUMNS))));
            }
            String line;
            int row = 0;
            while ((line = in.readLine()) != null) {
                row++;
                int lineNo = row + 1;
                String[] cells = line.split(",", -1);
                if (cells.length != COLUMNS.size()) {
                    problems.add(new Problem(file + ":" + lineNo, "has " + cells.length + " cells, expected "
                            + COLUMNS.size()));
                    continue;
                }
                double[] values = new double[11];
                boolean ok = true;
                for (int c = 0; c < 11; c++) {
                    try {
                        values[c] = Double.parseDouble(cells[c]);
                    } catch (NumberFormatException e) {
                        problems.add(new Problem(file + ":" + lineNo + ":" + (c + 1), COLUMNS.get(c) + " is not a number: "
                                + Problem.quote(cells[c])));
                        ok = false;
                    }
                }
                if (ok) {
                    double[] interests = java.util.Arrays.copyOfRange(values, 0, 6);
                    double[] personality = java.util.Arrays.copyOfRange(values, 6, 11);
                    people.add(new Respondent(row, interests, personality, cells[11]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(file.toString(), problems);
        }
        return people;
    }
}
