package dev.careerfit.provider.tck;

import dev.careerfit.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A publisher's xlsx workbook read cell by cell with fastexcel-reader directly, not through a provider's
 * importer, so that a test compares the provider's figures with the workbook's own cells. Needs
 * {@code org.dhatim:fastexcel-reader} on the test class path (a provider reading workbooks has it already);
 * the kit does not bring it.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class WorkbookCells {
    private WorkbookCells() {}

    /**
     * Every sheet's rows by sheet name, in workbook order; each row its cells' raw texts by column, empty cells
     * {@code null}.
     */
    public static Map<String, List<List<String>>> sheets(Path workbook) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(workbook.toFile())) {
            for (Sheet sheet : (Iterable<Sheet>) wb.getSheets()::iterator) {
                List<List<String>> rows = new ArrayList<>();
                try (Stream<Row> stream = sheet.openStream()) {
                    stream.forEach(r -> {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < r.getCellCount(); c++) {
                            Cell cell = r.getCell(c);
                            cells.add(cell == null ? null : cell.getRawValue());
                        }
                        rows.add(cells);
                    });
                }
                sheets.put(sheet.getName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }

    /** The first row of a sheet whose cell in {@code column} (0 for A) is {@code value}. */
    public static List<String> row(List<List<String>> rows, int column, String value) {
        return rows.stream().filter(r -> r.size() > column && value.equals(r.get(column))).findFirst().orElseThrow();
    }

    /** The rows of a sheet whose first row is its header, each as a map from column name to raw text. */
    public static List<Map<String, String>> table(List<List<String>> rows) {
        List<String> header = rows.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                m.put(header.get(c), c < r.size() ? r.get(c) : null);
            }
            out.add(m);
        }
        return out;
    }

    /** A number as the workbook stores it, as the shortest decimal that reads back as the same double. */
    public static BigDecimal number(String raw) {
        return BigDecimal.valueOf(Double.parseDouble(raw));
    }
}
