package dev.careerfit.provider.onet;

import dev.careerfit.provider.tck.SharedReleases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared O*NET folders beside the checkout, and their files read line by line without the
 * provider's code, so that tests compare what careerfit holds with what the release says.
 */
final class ReleaseFiles {
    private ReleaseFiles() {}

    /** The real O*NET 30.1 release; the test is skipped when it is absent. */
    static Path onet301() {
        return SharedReleases.folder("data", "onet-30.1");
    }

    /** The 12-occupation extract in the same layout; the test is skipped when it is absent. */
    static Path sample() {
        return SharedReleases.folder("onet-sample");
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
