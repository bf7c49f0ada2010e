package dev.careerfit.provider.onet;

import dev.careerfit.fact.FactKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.provider.tck.SharedReleases;
import dev.careerfit.role.ElementRating;
import dev.careerfit.role.RoleProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The O*NET releases the tests read: the synthetic release committed with the tests (made-up occupations
 * in the official layout, present in every checkout) and the real O*NET 30.1 release in the shared folder
 * beside the checkout; and their files read line by line without the provider's code, so that tests
 * compare what careerfit holds with what the release says.
 */
final class ReleaseFiles {
    private ReleaseFiles() {}

    /** The real O*NET 30.1 release; the test is skipped when it is absent. */
    static Path onet301() {
        return SharedReleases.folder("data", "onet-30.1");
    }

    /**
     * The synthetic release committed under {@code src/test/resources}: four made-up occupations in the
     * layout of the O*NET text release ({@code README.md} there says what each file holds).
     */
    static Path synthetic() {
        try {
            return Path.of(ReleaseFiles.class.getResource("synthetic-release").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Data lines of a text file: every line after the header, as the publisher counts rows. */
    static long dataRows(Path file) {
        return lines(file).size() - 1;
    }

    /** The rows of a release file about one O*NET-SOC code, by column name. */
    static List<Map<String, String>> occupationRows(Path file, String code) {
        return rows(file, "O*NET-SOC Code", code);
    }

    /** The rows of a release file matching every given column value, by column name. */
    static List<Map<String, String>> rows(Path file, String... columnsAndValues) {
        List<String> lines = lines(file);
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> found = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            boolean matches = true;
            for (int i = 0; i < columnsAndValues.length && matches; i += 2) {
                matches = columnsAndValues[i + 1].equals(row.get(columnsAndValues[i]));
            }
            if (matches) {
                found.add(row);
            }
        }
        return found;
    }

    /** The one row of a file matching every given column value. */
    static Map<String, String> row(Path file, String... columnsAndValues) {
        List<Map<String, String>> found = rows(file, columnsAndValues);
        if (found.size() != 1) {
            throw new IllegalStateException(file.getFileName() + " has " + found.size() + " rows matching "
                    + List.of(columnsAndValues));
        }
        return found.get(0);
    }

    /** A number as a release file writes it. */
    static double number(String text) {
        return Double.parseDouble(text);
    }

    /** A profile's rating of one element on one scale. */
    static Sourced<ElementRating> rating(RoleProfile profile, FactKind<ElementRating> kind, String element,
                                         String scale) {
        return profile.facts(kind).stream().filter(r -> r.value().element().id().equals(element)
                && r.value().rating().scale().id().equals(scale)).findFirst().orElseThrow();
    }

    /** Lines split on LF with a CR before it dropped; a final line end does not start a line. */
    static List<String> lines(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
