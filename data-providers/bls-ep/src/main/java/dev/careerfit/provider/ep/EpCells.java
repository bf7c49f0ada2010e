package dev.careerfit.provider.ep;

import dev.careerfit.release.BadValueException;
import dev.careerfit.release.ImportLog;
import dev.careerfit.release.Workbook;
import dev.careerfit.release.Workbook.Header;
import dev.careerfit.release.Workbook.SheetRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * How the cells of an Employment Projections table are read, the same in every table: its header found
 * by the column names, the National Employment Matrix code and title of a row, numbers and categories
 * with the BLS's "\u2014" for unavailable, and every bad cell named by its cell and column header.
 */
final class EpCells {
    static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private static final Pattern CODE_HEADER = Pattern.compile("\\d{4} national employment matrix (occupation )?code");
    private static final Pattern TITLE_HEADER = Pattern.compile("\\d{4} national employment matrix (occupation )?title");
    private static final Set<String> UNAVAILABLE = Set.of("\u2014", "\u2013");

    private EpCells() {}

    /**
     * Keeps a row's value under its code, with its title, unless the sheet listed the code before; a bad
     * cell makes the row invalid.
     */
    static <T> void keep(ImportLog.FileLog f, SheetRow r, Table table, Map<String, Integer> seen,
                         Map<String, T> kept, Map<String, String> titles, Supplier<T> value) {
        try {
            String c = code(r, table.code(), table.row());
            T v = value.get();
            Integer first = seen.putIfAbsent(c, r.number());
            if (first != null) {
                f.invalid(cell(r, table.code(), table.row()), c + " is listed twice; row " + first + " is kept");
                return;
            }
            String title = title(r, table.title(), table.row());
            kept.put(c, v);
            // The first table naming the code gives its title: Table 1.2, read before Table 5.3.
            titles.putIfAbsent(c, title);
            f.loaded();
        } catch (BadValueException e) {
            f.invalid(e.column(), e.getMessage());
        }
    }

    static String code(SheetRow r, int column, SheetRow header) {
        String code = r.text(column);
        if (code == null || !EpOccupation.CODE.matcher(code).matches()) {
            throw bad(r, column, header, (code == null ? "is empty" : "'" + code + "' is not a 6-digit SOC code")
                    + "; National Employment Matrix codes look like 15-2051");
        }
        return code;
    }

    static String title(SheetRow r, int column, SheetRow header) {
        String t = r.text(column);
        if (t == null) {
            throw bad(r, column, header, "is empty");
        }
        return MARKER.matcher(t).replaceAll("").strip();
    }

    /** A number, or {@code null} where the BLS prints "—". */
    static BigDecimal amount(SheetRow r, int column, SheetRow header) {
        String text = r.text(column);
        if (text == null) {
            throw bad(r, column, header, "is empty; the BLS prints '\u2014' where a value is unavailable");
        }
        if (UNAVAILABLE.contains(text)) {
            return null;
        }
        try {
            BigDecimal v = r.number(column);
            return v.scale() < 0 ? v.setScale(0) : v;
        } catch (BadValueException e) {
            throw bad(r, column, header, "'" + text + "' is neither a number nor '\u2014'");
        }
    }

    /** A category as the BLS words it, or {@code null} where it prints "—". */
    static String category(SheetRow r, int column, SheetRow header) {
        String text = r.text(column);
        if (text == null) {
            throw bad(r, column, header, "is empty; the BLS prints '\u2014' where a value is unavailable");
        }
        return UNAVAILABLE.contains(text) ? null : text;
    }

    static BadValueException bad(SheetRow r, int column, SheetRow header, String message) {
        return new BadValueException(cell(r, column, header), message);
    }

    static String cell(SheetRow r, int column, SheetRow header) {
        return "cell " + r.cell(column) + " (" + header.text(column) + ")";
    }

    static Integer column(SheetRow header, Pattern pattern) {
        List<Integer> c = columns(header, pattern);
        return c.isEmpty() ? null : c.get(0);
    }

    static List<Integer> columns(SheetRow header, Pattern pattern) {
        List<Integer> found = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (header.text(c) != null && pattern.matcher(Workbook.canonical(header.text(c))).matches()) {
                found.add(c);
            }
        }
        return found;
    }

    static boolean says(List<SheetRow> rows, String words) {
        for (SheetRow r : rows) {
            for (int c = 0; c < r.size(); c++) {
                if (r.text(c) != null && Workbook.canonical(r.text(c)).contains(words)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A table's header, its place among the rows, and its code and title columns, which every EP table has. */
    record Table(Header header, int index, int code, int title) {
        SheetRow row() {
            return header.row();
        }
    }

    /**
     * The table in {@code rows}: its header, the first of the first 6 rows to have every {@code wanted}
     * column, and its code and title columns. {@code null}, the sheet failed naming every missing column, when
     * it lacks any of them or of the columns {@code alsoMissing} names for the header found.
     */
    static Table table(ImportLog.FileLog f, List<SheetRow> rows, List<String> wanted,
                               Function<SheetRow, List<String>> alsoMissing) {
        Optional<Header> found = Header.find(rows, wanted, 6);
        if (found.isEmpty()) {
            failMissing(f, rows, Header.missing(rows, wanted, 6));
            return null;
        }
        SheetRow header = found.get().row();
        Integer code = column(header, CODE_HEADER);
        Integer title = column(header, TITLE_HEADER);
        List<String> missing = new ArrayList<>();
        if (title == null) {
            missing.add("<year> National Employment Matrix title");
        }
        if (code == null) {
            missing.add("<year> National Employment Matrix code");
        }
        missing.addAll(alsoMissing.apply(header));
        if (!missing.isEmpty()) {
            failMissing(f, rows, missing);
            return null;
        }
        return new Table(found.get(), rows.indexOf(header), code, title);
    }

    static void failMissing(ImportLog.FileLog f, List<SheetRow> rows, List<String> missing) {
        f.failed("header", (missing.size() == 1 ? "column '" + missing.get(0) + "' is" : "columns '"
                + String.join("', '", missing) + "' are") + " missing from the header (its first 6 rows searched)",
                rows.size());
    }
}
