package dev.careerfit.factor;

import dev.careerfit.Api;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The standard work factors every catalog knows, read from the data file
 * {@code dev/careerfit/factor/work-factors.tsv} (id, name, description per line): adding a factor is one
 * line there. Providers may declare more; roles may refer to any factor the catalog knows. How the fit
 * method measures a factor is declared with its questions in the quiz engine's question bank.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class WorkFactors {
    private static final String RESOURCE = "work-factors.tsv";
    private static final List<WorkFactor> STANDARD = read();
    private static final Map<FactorId, WorkFactor> BY_ID = STANDARD.stream()
            .collect(Collectors.toUnmodifiableMap(WorkFactor::id, Function.identity()));

    private WorkFactors() {}

    /** Every standard factor, in the data file's order. */
    public static List<WorkFactor> standard() {
        return STANDARD;
    }

    public static Optional<WorkFactor> standard(FactorId id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    private static List<WorkFactor> read() {
        List<WorkFactor> list = new ArrayList<>();
        try (InputStream in = WorkFactors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("dev/careerfit/factor/" + RESOURCE + " is missing from careerfit-core");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected id, name and description "
                            + "separated by tabs, found " + cells.length + " cells");
                }
                list.add(WorkFactor.of(cells[0], cells[1], cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(list);
    }
}
