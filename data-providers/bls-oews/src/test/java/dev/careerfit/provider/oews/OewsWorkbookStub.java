package dev.careerfit.provider.oews;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A small OEWS national workbook in the BLS layout, "May 2025", for tests that need a release other than
 * the built-in one or a broken one: the 32 columns of {@code national_M<year>_dl}, a total, a major group and
 * two detailed occupations, and a Field Descriptions sheet with the release name and the '#' note.
 */
final class OewsWorkbookStub {
    static final List<String> BLS_COLUMNS = List.of("AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS",
            "NAICS_TITLE", "I_GROUP", "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000",
            "LOC_QUOTIENT", "PCT_TOTAL", "PCT_RPT", "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN",
            "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY");

    private final List<String> columns = new ArrayList<>(BLS_COLUMNS);
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private String sheet = "national_M2025_dl";
    private String topCodingNote = "#  = indicates a wage equal to or greater than $120.00 per hour or $249,600 per year ";
    private boolean fieldDescriptions = true;

    private OewsWorkbookStub() {}

    static OewsWorkbookStub may2025() {
        OewsWorkbookStub w = new OewsWorkbookStub();
        w.row("00-0000", "All Occupations", "total", 155000000, 0.1, 33.5, 69680, 0.1,
                14.9, 18.1, 24.5, 38.9, 62.1, 30990, 37650, 50960, 80910, 129170);
        w.row("15-0000", "Computer and Mathematical Occupations", "major", 5300000, 0.4, 55.1, 114610, 0.2,
                27.5, 37.6, 51.9, 68.7, 87.3, 57200, 78210, 107930, 142900, 181590);
        w.row("15-2051", "Data Scientists", "detailed", 245000, 1.5, 61.25, 127400, 0.8,
                31.1, 40.5, 55.3, 76.4, 95.8, 64690, 84240, 115020, 158910, 199260);
        w.row("11-1011", "Chief Executives", "detailed", 215000, 1.1, 129.1, 268530, 0.9,
                36.2, 62.0, 101.5, "#", "#", 75300, 128960, 211120, "#", "#");
        return w;
    }

    private void row(String code, String title, String group, Object... figures) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("AREA", "99");
        r.put("AREA_TITLE", "U.S.");
        r.put("AREA_TYPE", "1");
        r.put("PRIM_STATE", "US");
        r.put("NAICS", "000000");
        r.put("NAICS_TITLE", "Cross-industry");
        r.put("I_GROUP", "cross-industry");
        r.put("OWN_CODE", "1235");
        r.put("OCC_CODE", code);
        r.put("OCC_TITLE", title);
        r.put("O_GROUP", group);
        List<String> figureColumns = List.of("TOT_EMP", "EMP_PRSE", "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10",
                "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90");
        for (int i = 0; i < figureColumns.size(); i++) {
            r.put(figureColumns.get(i), figures[i]);
        }
        r.put("ANNUAL", "");
        r.put("HOURLY", "");
        rows.add(r);
    }

    /** The workbook without one of its columns. */
    OewsWorkbookStub without(String column) {
        columns.remove(column);
        return this;
    }

    /** One cell of the row of {@code code} set to {@code value}. */
    OewsWorkbookStub set(String code, String column, Object value) {
        rows.stream().filter(r -> r.get("OCC_CODE").equals(code)).findFirst().orElseThrow().put(column, value);
        return this;
    }

    OewsWorkbookStub withoutTopCodingNote() {
        topCodingNote = "Notes continue on the BLS website";
        return this;
    }

    OewsWorkbookStub withoutFieldDescriptions() {
        fieldDescriptions = false;
        return this;
    }

    OewsWorkbookStub sheet(String name) {
        sheet = name;
        return this;
    }

    /** Writes the workbook to {@code file}, creating its folder, and returns the file. */
    Path write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                Workbook wb = new Workbook(out, "careerfit-tests", "1.0");
                Worksheet data = wb.newWorksheet(sheet);
                for (int c = 0; c < columns.size(); c++) {
                    data.value(0, c, columns.get(c));
                }
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < columns.size(); c++) {
                        Object v = rows.get(r).get(columns.get(c));
                        if (v instanceof Number n) {
                            data.value(r + 1, c, n);
                        } else if (v != null && !v.toString().isEmpty()) {
                            data.value(r + 1, c, v.toString());
                        }
                    }
                }
                if (fieldDescriptions) {
                    Worksheet fd = wb.newWorksheet("Field Descriptions");
                    fd.value(0, 0, "May 2025 OEWS Estimates");
                    fd.value(2, 0, "Occupational Employment and Wage Statistics (OEWS) Survey");
                    fd.value(4, 0, "Field");
                    fd.value(4, 1, "Field Description");
                    fd.value(5, 0, "tot_emp");
                    fd.value(5, 1, "Estimated total employment rounded to the nearest 10 (excludes self-employed).");
                    fd.value(7, 0, "Notes:");
                    fd.value(8, 0, "*  = indicates that a wage estimate is not available");
                    fd.value(9, 0, topCodingNote);
                }
                wb.newWorksheet("UpdateTime").value(0, 0, "alldataupdate");
                wb.finish();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
