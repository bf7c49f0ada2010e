package dev.careerfit.spi;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The accounting for one release file, or one sheet of a workbook: how many rows it has, how many
 * were loaded, and how many were skipped for each reason. {@code rowsRead} always equals
 * {@code rowsLoaded} plus every skipped count. For a text file the rows are its data lines (the
 * header is not a row, as the publisher counts them); for a sheet of a workbook, every row of the
 * sheet, title and footnote rows included.
 *
 * @param file       the file's name, e.g. {@code Skills.txt}
 * @param part       the sheet or table within the file, e.g. {@code Table 1.2}, or {@code null}
 * @param status     whether the file was loaded, absent, not used, or failed
 * @param rowsRead   rows in the file (0 when absent)
 * @param rowsLoaded rows whose content careerfit holds
 * @param skipped    rows not loaded, by reason
 * @param note       what the file holds or why it is not used, or {@code null}
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public record FileReport(String file, String part, Status status, long rowsRead, long rowsLoaded,
                         Map<String, Long> skipped, String note) {
    public FileReport {
        file = Checks.notBlank(file, "file");
        part = Checks.optionalText(part);
        Checks.notNull(status, "status");
        Checks.nonNegative(rowsRead, "rowsRead");
        Checks.nonNegative(rowsLoaded, "rowsLoaded");
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(skipped, "skipped")));
        long skippedRows = skipped.values().stream().mapToLong(Long::longValue).sum();
        if (rowsLoaded + skippedRows != rowsRead) {
            throw new IllegalArgumentException(file + (part == null ? "" : " " + part) + ": " + rowsLoaded
                    + " rows loaded and " + skippedRows + " skipped do not add up to the " + rowsRead + " read");
        }
        note = Checks.optionalText(note);
    }

    /** A file the release does not have. */
    public static FileReport absent(String file, String note) {
        return new FileReport(file, null, Status.ABSENT, 0, 0, Map.of(), note);
    }

    /** Rows skipped for every reason. */
    public long rowsSkipped() {
        return rowsRead - rowsLoaded;
    }

    /** The file, and the sheet where there is one: {@code ep-2024-34-occupation.xlsx, Table 1.2}. */
    public String name() {
        return part == null ? file : file + ", " + part;
    }

    /** What became of a file. */
    @Api(Api.Status.STABLE)
    public enum Status {
        /** Read; its rows are loaded or skipped with reasons. */
        LOADED,
        /** Present, but careerfit does not use its content (the note says why); its rows are skipped. */
        NOT_USED,
        /** Not in the release folder. */
        ABSENT,
        /** Present but unreadable as a whole (a missing column, a wrong encoding); see the problems. */
        FAILED
    }
}
