package dev.careerfit.validation;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frozen mapping from typed majors to fields of study and from fields to occupations
 * ({@code fields-of-study.tsv}). A major belongs to a field when, trimmed and with runs of spaces
 * collapsed, it equals one of the field's spellings exactly.
 */
public final class FieldsOfStudy {
    static final String RESOURCE = "fields-of-study.tsv";
    private final List<FieldOfStudy> fields;
    private final Map<String, Integer> bySpelling = new HashMap<>();

    private FieldsOfStudy(List<FieldOfStudy> fields) {
        this.fields = List.copyOf(fields);
        for (int i = 0; i < fields.size(); i++) {
            for (String s : fields.get(i).spellings()) {
                bySpelling.put(s, i);
            }
        }
    }

    /** The mapping shipped with this module. */
    public static FieldsOfStudy standard() {
        try (InputStream in = FieldsOfStudy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the validation jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FieldsOfStudy parse(BufferedReader in, String name) throws IOException {
        List<FieldOfStudy> fields = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                problems.add(new Problem(name + ":" + n, "needs 4 tab-separated cells: field, name, spellings, codes"));
                continue;
            }
            LinkedHashSet<String> spellings = new LinkedHashSet<>(Arrays.asList(cells[2].split(";")));
            for (String s : spellings) {
                String before = seen.put(normalise(s), cells[0]);
                if (before != null) {
                    problems.add(new Problem(name + ":" + n, "spelling " + Problem.quote(s) + " is also in " + before));
                }
            }
            fields.add(new FieldOfStudy(cells[0], cells[1], spellings, List.of(cells[3].trim().split(" +"))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(name, problems);
        }
        return new FieldsOfStudy(fields);
    }

    static String normalise(String major) {
        return major.strip().replaceAll(" +", " ");
    }

    public List<FieldOfStudy> fields() {
        return fields;
    }

    /** The index of the field {@code major} belongs to, if any. */
    public Optional<Integer> fieldOf(String major) {
        return Optional.ofNullable(bySpelling.get(normalise(major)));
    }
}
