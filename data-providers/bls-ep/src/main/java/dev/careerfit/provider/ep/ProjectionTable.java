package dev.careerfit.provider.ep;

import static dev.careerfit.provider.ep.EpCells.amount;
import static dev.careerfit.provider.ep.EpCells.bad;
import static dev.careerfit.provider.ep.EpCells.category;
import static dev.careerfit.provider.ep.EpCells.cell;
import static dev.careerfit.provider.ep.EpCells.columns;
import static dev.careerfit.provider.ep.EpCells.keep;
import static dev.careerfit.provider.ep.EpCells.says;
import static dev.careerfit.provider.ep.EpCells.table;
import static dev.careerfit.provider.ep.EpImporter.CHANGE;
import static dev.careerfit.provider.ep.EpImporter.CHANGE_PERCENT;
import static dev.careerfit.provider.ep.EpImporter.EDUCATION;
import static dev.careerfit.provider.ep.EpImporter.EMPLOYMENT;
import static dev.careerfit.provider.ep.EpImporter.EXPERIENCE;
import static dev.careerfit.provider.ep.EpImporter.OPENINGS;
import static dev.careerfit.provider.ep.EpImporter.PROJECTED;
import static dev.careerfit.provider.ep.EpImporter.PROJECTION_COLUMNS;
import static dev.careerfit.provider.ep.EpImporter.SELF_EMPLOYED;
import static dev.careerfit.provider.ep.EpImporter.TRAINING;

import dev.careerfit.provider.ep.EpCells.Table;
import dev.careerfit.release.ImportLog;
import dev.careerfit.release.Workbook;
import dev.careerfit.release.Workbook.SheetRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Table 1.2 of {@code occupation.xlsx}, occupational projections and worker characteristics: for every
 * line item of the National Employment Matrix, the employment in the base and projection years, the
 * change, the share of self-employed workers, the openings and the entry requirements; the summary rows
 * (occupational groups) are skipped. The years are read from the column headers.
 */
final class ProjectionTable {
    private static final String OCCUPATION_TYPE = "Occupation type";
    private static final List<String> PROJECTION_HEADERS = headers();
    private static final Pattern EMPLOYMENT_HEADER = Pattern.compile("employment, (\\d{4})");

    /** The other sheets of occupation.xlsx, and why careerfit does not read them. */
    static final Map<String, String> OTHER_SHEETS = Map.ofEntries(
            Map.entry("Index", "table of contents"),
            Map.entry("Table 1.1", "employment by major occupational group: Table 1.2's summary rows for the major groups"),
            Map.entry("Table 1.3", "the fastest growing occupations: a ranking of Table 1.2's line items, with their figures"),
            Map.entry("Table 1.4", "the occupations with the most job growth: a ranking of Table 1.2's line items, "
                    + "with their figures"),
            Map.entry("Table 1.5", "the fastest declining occupations: a ranking of Table 1.2's line items, with their "
                    + "figures"),
            Map.entry("Table 1.6", "the occupations with the largest job declines: a ranking of Table 1.2's line items, "
                    + "with their figures"),
            Map.entry("Table 1.8", "links to the BLS's industry-occupation matrix pages, by occupation; no figures"),
            Map.entry("Table 1.9", "links to the BLS's industry-occupation matrix pages, by industry; no figures"),
            Map.entry("Table 1.10", "separations and openings: its employment, change and openings repeat Table 1.2; "
                    + "its labor force exit and occupational transfer rates have no careerfit measure yet"),
            Map.entry("Table 1.11", "employment in STEM and non-STEM occupations: two totals, not occupations"),
            Map.entry("Table 1.12", "why an occupation's share of an industry's jobs changes, industry by industry: "
                    + "careerfit has no per-industry outlook yet"));

    private final ImportLog log;
    /** Every table's titles by code, the first table to name a code giving its title. */
    private final Map<String, String> titles;
    final Map<String, EpOccupation.Projection> projections = new LinkedHashMap<>();
    Integer baseYear;
    Integer projectionYear;
    String projectionTable;
    List<String> projectionColumns = List.of();

    ProjectionTable(ImportLog log, Map<String, String> titles) {
        this.log = log;
        this.titles = titles;
    }

    private static List<String> headers() {
        List<String> h = new ArrayList<>(PROJECTION_COLUMNS.subList(CHANGE, PROJECTION_COLUMNS.size()));
        h.add(OCCUPATION_TYPE);
        return List.copyOf(h);
    }

    void read(String file, String sheet, List<SheetRow> rows) {
        ImportLog.FileLog f = log.file(file, sheet);
        f.note("one occupation per line item. Not loaded: the median annual wage (it restates the OEWS wages that "
                + "provider bls-oews gives with their percentiles and top-coding), the employment distribution and "
                + "the links to the Occupational Outlook Handbook");
        Table t = table(f, rows, PROJECTION_HEADERS, headerRow -> columns(headerRow, EMPLOYMENT_HEADER).size() < 2
                ? List.of("Employment, <base year> and Employment, <projection year>") : List.of());
        if (t == null) {
            return;
        }
        SheetRow header = t.row();
        List<Integer> employment = columns(header, EMPLOYMENT_HEADER);
        int base = year(header, employment.get(0));
        int projected = year(header, employment.get(1));
        if (projected <= base) {
            f.failed("row " + header.number(), "the employment columns name " + base + " and then "
                    + projected + "; the projection year must come after the base year", rows.size());
            return;
        }
        if (!says(rows.subList(0, t.index()), "employment in thousands")) {
            f.failed("row " + rows.get(0).number(), "the title does not say the employment columns are in "
                    + "thousands ('(Employment in thousands)'), so their unit is unknown", rows.size());
            return;
        }
        int[] cols = new int[PROJECTION_COLUMNS.size()];
        cols[EMPLOYMENT] = employment.get(0);
        cols[PROJECTED] = employment.get(1);
        for (int i = CHANGE; i < cols.length; i++) {
            cols[i] = t.header().column(PROJECTION_COLUMNS.get(i));
        }
        List<String> published = new ArrayList<>();
        for (int c : cols) {
            published.add(header.text(c));
        }
        baseYear = base;
        projectionYear = projected;
        projectionTable = sheet;
        projectionColumns = List.copyOf(published);
        int type = t.header().column(OCCUPATION_TYPE);
        Map<String, Integer> seen = new HashMap<>();
        t.header().forEachDataRow(rows, f, "title row", r -> {
            String kind = r.text(type);
            if (kind == null && r.text(t.code()) == null) {
                f.skipped("footnote, note or source line");
            } else if ("summary".equals(Workbook.canonical(kind))) {
                f.skipped("summary row: an occupational group, the total of its line items");
            } else if ("line item".equals(Workbook.canonical(kind))) {
                keep(f, r, t, seen, projections, titles, () -> projection(r, cols, header));
            } else {
                f.invalid(cell(r, type, header), (kind == null ? "is empty" : "'" + kind + "'")
                        + "; Occupation type must be Summary or Line item");
            }
        });
    }

    private static EpOccupation.Projection projection(SheetRow r, int[] cols, SheetRow header) {
        BigDecimal[] v = new BigDecimal[OPENINGS + 1];
        for (int i = EMPLOYMENT; i <= OPENINGS; i++) {
            v[i] = amount(r, cols[i], header);
            if (v[i] != null && v[i].signum() < 0 && i != CHANGE && i != CHANGE_PERCENT) {
                throw bad(r, cols[i], header, "'" + r.text(cols[i]) + "' is negative");
            }
        }
        String education = category(r, cols[EDUCATION], header);
        if (education != null && EpProfiles.levels(education).isEmpty()) {
            throw bad(r, cols[EDUCATION], header, "'" + education + "' is not a BLS typical education category; "
                    + "careerfit knows " + String.join(", ", EpProfiles.EDUCATION_CATEGORIES));
        }
        return new EpOccupation.Projection(v[EMPLOYMENT], v[PROJECTED], v[CHANGE], v[CHANGE_PERCENT],
                v[SELF_EMPLOYED], v[OPENINGS], education, category(r, cols[EXPERIENCE], header),
                category(r, cols[TRAINING], header));
    }

    private static int year(SheetRow header, int column) {
        Matcher m = EMPLOYMENT_HEADER.matcher(Workbook.canonical(header.text(column)));
        if (!m.matches()) {
            throw new IllegalStateException("column " + column + " was found as an employment column");
        }
        return Integer.parseInt(m.group(1));
    }
}
