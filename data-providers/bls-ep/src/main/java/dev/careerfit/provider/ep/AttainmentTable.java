package dev.careerfit.provider.ep;

import static dev.careerfit.provider.ep.EpCells.MARKER;
import static dev.careerfit.provider.ep.EpCells.amount;
import static dev.careerfit.provider.ep.EpCells.bad;
import static dev.careerfit.provider.ep.EpCells.keep;
import static dev.careerfit.provider.ep.EpCells.table;
import static dev.careerfit.provider.ep.EpImporter.ATTAINMENT_CATEGORIES;

import dev.careerfit.provider.ep.EpCells.Table;
import dev.careerfit.provider.ep.EpImporter.AttainmentCategory;
import dev.careerfit.release.BadValueException;
import dev.careerfit.release.ImportLog;
import dev.careerfit.release.Workbook;
import dev.careerfit.release.Workbook.SheetRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Table 5.3 of {@code education.xlsx}, educational attainment for workers 25 years and older by detailed
 * occupation: the percent of the people in each occupation by their highest level of education, from the
 * American Community Survey years the title names, with the footnotes the table marks on its titles.
 */
final class AttainmentTable {
    private static final Pattern YEARS = Pattern.compile("\\b(\\d{4})-(\\d{2}|\\d{4})\\b");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[(\\d+)]\\s*(.*)");
    private static final String TOTAL_CODE = "00-0000";

    /** The other sheets of education.xlsx, and why careerfit does not read them. */
    static final Map<String, String> OTHER_SHEETS = Map.of(
            "Index", "table of contents",
            "Table 5.1", "unemployment rates and earnings by educational attainment of all workers (Current Population "
                    + "Survey), not by occupation",
            "Table 5.2", "employment and wages by typical entry education: totals over the occupations in each category",
            "Table 5.4", "repeats Table 1.2's education, work experience and on-the-job training assignments");

    private final ImportLog log;
    /** Every table's titles by code, the first table to name a code giving its title. */
    private final Map<String, String> titles;
    final Map<String, EpOccupation.Attainment> attainments = new LinkedHashMap<>();
    String attainmentTable;
    Integer attainmentStart;
    Integer attainmentEnd;
    List<String> attainmentLabels = List.of();

    AttainmentTable(ImportLog log, Map<String, String> titles) {
        this.log = log;
        this.titles = titles;
    }

    void read(String file, String sheet, List<SheetRow> rows) {
        ImportLog.FileLog f = log.file(file, sheet);
        f.note("educational attainment of workers 25 years and older, one row per occupation");
        List<String> wanted = ATTAINMENT_CATEGORIES.stream().map(AttainmentCategory::header).toList();
        Table t = table(f, rows, wanted, headerRow -> List.of());
        if (t == null) {
            return;
        }
        SheetRow header = t.row();
        int code = t.code();
        Matcher years = null;
        for (SheetRow r : rows.subList(0, t.index())) {
            Matcher m = r.text(0) == null ? null : YEARS.matcher(Workbook.canonical(r.text(0)));
            if (m != null && m.find()) {
                years = m;
                break;
            }
        }
        if (years == null) {
            f.failed("row " + rows.get(0).number(), "the title does not give the survey years (such as "
                    + "2022-23)", rows.size());
            return;
        }
        int start = Integer.parseInt(years.group(1));
        int end = years.group(2).length() == 2 ? start / 100 * 100 + Integer.parseInt(years.group(2))
                : Integer.parseInt(years.group(2));
        int[] cols = wanted.stream().mapToInt(t.header()::column).toArray();
        Map<String, String> footnotes = new HashMap<>();
        for (SheetRow r : rows.subList(t.index() + 1, rows.size())) {
            Matcher m = r.text(code) == null && r.text(0) != null ? FOOTNOTE.matcher(r.text(0)) : null;
            if (m != null && m.matches()) {
                footnotes.put(m.group(1), m.group(2));
            }
        }
        attainmentTable = sheet;
        attainmentStart = start;
        attainmentEnd = end;
        attainmentLabels = Arrays.stream(cols).mapToObj(header::text).toList();
        Map<String, Integer> seen = new HashMap<>();
        t.header().forEachDataRow(rows, f, "title row", r -> {
            if (r.text(code) == null) {
                f.skipped("footnote or source line");
            } else if (TOTAL_CODE.equals(r.text(code))) {
                f.skipped("total, all occupations: not an occupation");
            } else {
                keep(f, r, t, seen, attainments, titles, () -> attainment(f, r, cols, header, r.text(t.title()), footnotes));
            }
        });
    }

    private static EpOccupation.Attainment attainment(ImportLog.FileLog f, SheetRow r, int[] cols, SheetRow header,
                                                      String title, Map<String, String> footnotes) {
        List<BigDecimal> percents = new ArrayList<>();
        for (int c : cols) {
            BigDecimal p = amount(r, c, header);
            if (p != null && (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw bad(r, c, header, "'" + r.text(c) + "' is not a percent between 0 and 100");
            }
            percents.add(p);
        }
        long given = percents.stream().filter(p -> p != null).count();
        if (given != 0 && given != percents.size()) {
            throw new BadValueException("row " + r.number(), "gives some categories and marks others '\u2014'; "
                    + "a distribution needs all of them");
        }
        BigDecimal total = given == 0 ? BigDecimal.ZERO : percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(BigDecimal.valueOf(100.5)) > 0) {
            throw new BadValueException("row " + r.number(), "the percentages add up to " + total.toPlainString()
                    + ", more than 100");
        }
        List<String> notes = new ArrayList<>();
        Matcher m = MARKER.matcher(title == null ? "" : title);
        while (m.find()) {
            String text = footnotes.get(m.group(1));
            if (text == null) {
                f.problem("cell " + r.cell(0), "the title is marked [" + m.group(1) + "] but the sheet has no footnote ["
                        + m.group(1) + "]");
                notes.add("Table 5.3 marks this occupation with footnote [" + m.group(1) + "], which it does not give.");
            } else {
                notes.add("Table 5.3 footnote [" + m.group(1) + "]: " + text);
            }
        }
        return new EpOccupation.Attainment(given == 0 ? List.of() : percents,
                notes.isEmpty() ? null : String.join(" ", notes));
    }
}
