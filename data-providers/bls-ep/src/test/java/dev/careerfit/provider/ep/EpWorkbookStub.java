package dev.careerfit.provider.ep;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Small EP workbooks in the BLS layout for a "2025-35" release, for tests that need a release other than
 * the built-in one or a broken one: {@code occupation.xlsx} with an Index and Table 1.2 (a total, a group and
 * two line items, footnotes), and {@code education.xlsx} with Table 5.3 (the same two occupations, 2023-24).
 */
final class EpWorkbookStub {
    static final String DASH = "\u2014";

    private final List<String> projectionHeader = new ArrayList<>(List.of("2025 National Employment Matrix title",
            "2025 National Employment Matrix code", "Occupation type", "Employment, 2025", "Employment, 2035",
            "Employment distribution, percent, 2025", "Employment distribution, percent, 2035",
            "Employment change, numeric, 2025\u201335", "Employment change, percent, 2025\u201335",
            "Percent self employed, 2025", "Occupational openings, 2025\u201335 annual average",
            "Median annual wage, dollars, 2025[1]", "Typical education needed for entry",
            "Work experience in a related occupation",
            "Typical on-the-job training needed to attain competency in the occupation",
            "Related Occupational Outlook Handbook (OOH) content xlsx"));
    private final List<List<Object>> projections = new ArrayList<>();
    private String projectionTitle = "Table 1.2 Occupational projections, 2025\u20132035, and worker characteristics, "
            + "2025 (Employment in thousands)";
    private final List<List<Object>> attainment = new ArrayList<>();

    private EpWorkbookStub() {}

    static EpWorkbookStub release2025To35() {
        EpWorkbookStub w = new EpWorkbookStub();
        w.projections.add(row("Total, all occupations", "00-0000", "Summary", 171000.2, 177300.5, 100, 100, 6300.3, 3.7,
                5.9, 19000.1, 51200, DASH, DASH, DASH, DASH));
        w.projections.add(row("  Computer and mathematical occupations", "15-0000", "Summary", 5600.4, 6200.8, 3.3, 3.5,
                600.4, 10.7, 3.1, 420.2, 108000, DASH, DASH, DASH, DASH));
        w.projections.add(row("      Data scientists", "15-2051", "Line item", 260.1, 340.2, 0.2, 0.2, 80.1, 30.8, 1.9,
                24.6, 118000, "Master's degree", "None", "None", "OOH Content"));
        w.projections.add(row("      Word processors and typists", "43-9022", "Line item", 36.2, 22.9, 0, 0, -13.3,
                -36.7, DASH, 2.1, 48500, "High school diploma or equivalent", "None",
                "Short-term on-the-job training", DASH));
        w.attainment.add(row("Total, all occupations", "00-0000", 7.2, 22.1, 18.4, 9.6, 25.5, 12.1, 5.1));
        w.attainment.add(row("Data scientists[1]", "15-2051", 0.3, 2.4, 6.0, 4.0, 39.5, 36.1, 11.7));
        w.attainment.add(row("Word processors and typists", "43-9022", 5.0, 38.2, 27.5, 12.1, 13.9, 2.6, 0.7));
        return w;
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** Table 1.2 without the column whose header starts with {@code header}. */
    EpWorkbookStub withoutProjectionColumn(String header) {
        int c = projectionColumn(header);
        projectionHeader.remove(c);
        projections.forEach(r -> r.remove(c));
        return this;
    }

    /** One cell of the Table 1.2 row of {@code code}, in the column whose header starts with {@code header}. */
    EpWorkbookStub setProjection(String code, String header, Object value) {
        int c = projectionColumn(header);
        projections.stream().filter(r -> r.get(1).equals(code)).findFirst().orElseThrow().set(c, value);
        return this;
    }

    EpWorkbookStub projectionTitle(String title) {
        projectionTitle = title;
        return this;
    }

    private int projectionColumn(String header) {
        for (int c = 0; c < projectionHeader.size(); c++) {
            if (projectionHeader.get(c).startsWith(header)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no column " + header);
    }

    /** Writes {@code occupation.xlsx} into {@code folder} and returns it. */
    Path writeOccupation(Path folder) {
        return write(folder.resolve("occupation.xlsx"), wb -> {
            Worksheet index = wb.newWorksheet("Index");
            index.value(0, 0, "Occupation.xlsx contents");
            index.value(1, 0, "Table 1.2 Occupational projections, 2025\u201335, and worker characteristics, 2025");
            Worksheet t = wb.newWorksheet("Table 1.2");
            t.value(0, 0, projectionTitle);
            cells(t, 1, projectionHeader);
            for (int r = 0; r < projections.size(); r++) {
                cells(t, r + 2, projections.get(r));
            }
            int end = projections.size() + 2;
            t.value(end, 0, "Footnotes:");
            t.value(end + 1, 0, "[1] Data are from the Occupational Employment and Wage Statistics program.");
            t.value(end + 2, 0, "Note: Data is unavailable for values denoted with a \"\u2014\".");
            t.value(end + 3, 0, "Source: Employment Projections program, U.S. Bureau of Labor Statistics");
        });
    }

    /** Writes {@code education.xlsx} into {@code folder} and returns it. */
    Path writeEducation(Path folder) {
        return write(folder.resolve("education.xlsx"), wb -> {
            Worksheet t = wb.newWorksheet("Table 5.3");
            t.value(0, 0, "Table 5.3 Educational attainment for workers 25 years and older by detailed occupation, "
                    + "2023\u201324 (Percent)");
            cells(t, 1, List.of("2025 National Employment Matrix title", "2025 National Employment Matrix code",
                    "Less than high school diploma", "High school diploma or equivalent", "Some college, no degree",
                    "Associate's degree", "Bachelor's degree", "Master's degree", "Doctoral or professional degree"));
            for (int r = 0; r < attainment.size(); r++) {
                cells(t, r + 2, attainment.get(r));
            }
            int end = attainment.size() + 2;
            t.value(end, 0, "Footnotes:");
            t.value(end + 1, 0, "[1] This occupation is not an exact match with ACS; see the crosswalk for details");
            t.value(end + 2, 0, "Data Source: 2023 and 2024 American Community Survey Public Use Microdata");
            t.value(end + 3, 0, "Table Source: Employment Projections program, U.S. Bureau of Labor Statistics");
            Worksheet assignments = wb.newWorksheet("Table 5.4");
            assignments.value(0, 0, "Table 5.4 Education and training assignments by detailed occupation, 2025");
        });
    }

    private static void cells(Worksheet sheet, int row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof Number n) {
                sheet.value(row, c, n);
            } else if (v != null) {
                sheet.value(row, c, v.toString());
            }
        }
    }

    private interface Sheets {
        void write(Workbook wb) throws IOException;
    }

    private static Path write(Path file, Sheets sheets) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                Workbook wb = new Workbook(out, "careerfit-tests", "1.0");
                sheets.write(wb);
                wb.finish();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
