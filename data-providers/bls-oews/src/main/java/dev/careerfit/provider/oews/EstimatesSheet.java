package dev.careerfit.provider.oews;

import static dev.careerfit.provider.oews.OewsImporter.ANNUAL;
import static dev.careerfit.provider.oews.OewsImporter.AREA_TYPE;
import static dev.careerfit.provider.oews.OewsImporter.COLUMNS;
import static dev.careerfit.provider.oews.OewsImporter.EMP_PRSE;
import static dev.careerfit.provider.oews.OewsImporter.HOURLY;
import static dev.careerfit.provider.oews.OewsImporter.MEAN_PRSE;
import static dev.careerfit.provider.oews.OewsImporter.OCC_CODE;
import static dev.careerfit.provider.oews.OewsImporter.OCC_TITLE;
import static dev.careerfit.provider.oews.OewsImporter.O_GROUP;
import static dev.careerfit.provider.oews.OewsImporter.TOT_EMP;
import static dev.careerfit.provider.oews.OewsImporter.annualColumn;
import static dev.careerfit.provider.oews.OewsImporter.hourlyColumn;

import dev.careerfit.release.BadValueException;
import dev.careerfit.release.ImportLog;
import dev.careerfit.release.Workbook;
import dev.careerfit.release.Workbook.Header;
import dev.careerfit.release.Workbook.SheetRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sheet of estimates of an OEWS national workbook ({@code national_M2024_dl}): one row per occupation
 * and group, of which careerfit loads the detailed occupations, each with its employment, wages and
 * relative standard errors, and OEWS's markers for figures it does not publish ({@code *}, {@code **}) or
 * top-codes ({@code #}). Columns are found by their header.
 */
final class EstimatesSheet {
    private static final Set<String> WAGE_MARKERS = Set.of(Figure.NOT_AVAILABLE, Figure.TOP_CODED);
    private static final Set<String> EMPLOYMENT_MARKERS = Set.of(Figure.EMPLOYMENT_NOT_AVAILABLE);
    private static final Set<String> PRSE_MARKERS = Set.of(Figure.NOT_AVAILABLE, Figure.EMPLOYMENT_NOT_AVAILABLE);

    private final ImportLog log;
    private final Workbook workbook;
    /** The release's reference year, or {@code null} when the release did not say it. */
    private final Integer year;
    final List<OewsOccupation> occupations = new ArrayList<>();

    EstimatesSheet(ImportLog log, Workbook workbook, Integer year) {
        this.log = log;
        this.workbook = workbook;
        this.year = year;
    }

    void read(String sheet, List<SheetRow> rows) {
        ImportLog.FileLog f = log.file(workbook.fileName(), sheet);
        f.note("OEWS national estimates, one row per occupation or group; careerfit loads the 'detailed' rows");
        Optional<Header> found = Header.find(rows, COLUMNS, 5);
        if (found.isEmpty()) {
            List<String> missing = Header.missing(rows, COLUMNS, 5);
            f.failed("row " + (rows.isEmpty() ? 1 : rows.get(0).number()), (missing.size() == 1
                    ? "column " + missing.get(0) + " is" : "columns " + String.join(", ", missing) + " are")
                    + " missing from the header; the OEWS national layout has " + String.join(", ", COLUMNS),
                    rows.size());
            return;
        }
        if (year == null) {
            f.failed(null, "the release's reference year is stated neither in the Field Descriptions title "
                    + "(e.g. 'May 2024 OEWS Estimates') nor in the sheet's name (national_M2024_dl)", rows.size());
            return;
        }
        Header header = found.get();
        Integer areaType = column(header.row(), AREA_TYPE);
        Map<String, Integer> detailedRows = new HashMap<>();
        header.forEachDataRow(rows, f, "title row above the header", r -> {
            if (areaType != null && r.text(areaType) != null && !r.text(areaType).equals("1")) {
                f.skipped("not a national estimate (AREA_TYPE other than 1)");
            } else {
                readRow(f, r, header, detailedRows);
            }
        });
    }

    private void readRow(ImportLog.FileLog f, SheetRow r, Header header, Map<String, Integer> detailedRows) {
        String group = r.text(header.column(O_GROUP));
        switch (group == null ? "" : Workbook.canonical(group)) {
            case "detailed" -> {
                try {
                    OewsOccupation o = occupation(r, header);
                    Integer first = detailedRows.putIfAbsent(o.code(), r.number());
                    if (first != null) {
                        f.invalid(cell(r, header, OCC_CODE), o.code() + " is listed as detailed twice; row " + first
                                + " is kept");
                    } else {
                        occupations.add(o);
                        f.loaded();
                    }
                } catch (BadValueException e) {
                    f.invalid(e.column(), e.getMessage());
                }
            }
            case "total" -> f.skipped("all occupations total (O_GROUP total)");
            case "major" -> f.skipped("major group (O_GROUP major): a total of the detailed occupations loaded");
            case "minor" -> f.skipped("minor group (O_GROUP minor): a total of the detailed occupations loaded");
            case "broad" -> f.skipped("broad group (O_GROUP broad): a total of the detailed occupations loaded, "
                    + "or the same figures as its own 'detailed' row");
            default -> f.invalid(cell(r, header, O_GROUP), (group == null ? "is empty" : "'" + group + "'")
                    + "; O_GROUP must be total, major, minor, broad or detailed");
        }
    }

    private static OewsOccupation occupation(SheetRow r, Header h) {
        String code = required(r, h, OCC_CODE);
        if (!OewsOccupation.CODE.matcher(code).matches()) {
            throw bad(r, h, OCC_CODE, "'" + code + "' is not a 6-digit SOC code such as 15-2051");
        }
        String title = required(r, h, OCC_TITLE);
        List<Figure> hourly = new ArrayList<>();
        List<Figure> annual = new ArrayList<>();
        for (String s : OewsOccupation.STATISTICS) {
            hourly.add(figure(r, h, hourlyColumn(s), WAGE_MARKERS));
            annual.add(figure(r, h, annualColumn(s), WAGE_MARKERS));
        }
        return new OewsOccupation(code, title, flag(r, h, ANNUAL), flag(r, h, HOURLY),
                figure(r, h, TOT_EMP, EMPLOYMENT_MARKERS), figure(r, h, EMP_PRSE, PRSE_MARKERS),
                figure(r, h, MEAN_PRSE, PRSE_MARKERS), hourly, annual);
    }

    private static String required(SheetRow r, Header h, String column) {
        String text = r.text(h.column(column));
        if (text == null) {
            throw bad(r, h, column, "is empty");
        }
        return text;
    }

    private static Figure figure(SheetRow r, Header h, String column, Set<String> markers) {
        int c = h.column(column);
        String text = r.text(c);
        String allowed = markers.stream().sorted().map(m -> "'" + m + "'").reduce((a, b) -> a + " or " + b).orElse("");
        if (text == null) {
            throw bad(r, h, column, "is empty; OEWS marks a figure it does not publish with " + allowed);
        }
        if (markers.contains(text)) {
            return Figure.marked(text);
        }
        BigDecimal value;
        try {
            value = r.number(c);
        } catch (BadValueException e) {
            throw bad(r, h, column, "'" + text + "' is neither a number nor " + allowed);
        }
        if (value.signum() < 0) {
            throw bad(r, h, column, "'" + text + "' is negative");
        }
        return Figure.of(value);
    }

    private static boolean flag(SheetRow r, Header h, String column) {
        String text = r.text(h.column(column));
        if (text == null || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        throw bad(r, h, column, "'" + text + "' is neither TRUE nor empty");
    }

    private static BadValueException bad(SheetRow r, Header h, String column, String message) {
        return new BadValueException(cell(r, h, column), message);
    }

    private static String cell(SheetRow r, Header h, String column) {
        return "cell " + r.cell(h.column(column)) + " (" + column + ")";
    }

    private static Integer column(SheetRow header, String name) {
        for (int c = 0; c < header.size(); c++) {
            if (header.text(c) != null && Workbook.canonical(header.text(c)).equals(Workbook.canonical(name))) {
                return c;
            }
        }
        return null;
    }
}
