package dev.careerfit.provider.oews;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
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
 * The real BLS workbooks in the shared folder beside the checkout, read here with fastexcel directly, not
 * through the provider, so that tests compare the provider's figures with the workbook's own cells.
 */
final class SharedData {
    static final String OEWS_FILE = "oews-national-may2024.xlsx";

    private SharedData() {}

    /** The shared BLS folder; the test is skipped, with a message, when it is absent. */
    static Path blsFolder() {
        String shared = System.getProperty("careerfit.shared");
        assumeTrue(shared != null, "system property careerfit.shared is not set; the real-file tests need it");
        Path bls = Path.of(shared, "data", "bls");
        assumeTrue(Files.isRegularFile(bls.resolve(OEWS_FILE)), "the shared BLS folder " + bls
                + " does not hold " + OEWS_FILE + "; the real-file tests are skipped");
        return bls;
    }

    /** Every sheet's rows, each row its cells' raw texts by column. */
    static Map<String, List<List<String>>> sheets(Path workbook) {
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

    /** The rows of a sheet with a header row first, as maps from column name to raw text. */
    static List<Map<String, String>> table(List<List<String>> rows) {
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
    static BigDecimal number(String raw) {
        return BigDecimal.valueOf(Double.parseDouble(raw));
    }
}
