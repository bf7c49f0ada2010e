package dev.careerfit.provider.oews;

import dev.careerfit.release.ImportLog;
import dev.careerfit.release.Workbook;
import dev.careerfit.release.Workbook.SheetRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Field Descriptions sheet of an OEWS national workbook: its title names the release, and its note on
 * {@code #} states the top-coding limits (per hour and per year); the rest explains columns careerfit
 * knows and is accounted for as skipped.
 */
final class FieldDescriptionsSheet {
    private static final Pattern HOURLY_LIMIT = Pattern.compile("(?i)\\$\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*per\\s+hour");
    private static final Pattern ANNUAL_LIMIT = Pattern.compile("(?i)\\$\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*per\\s+year");

    private final ImportLog log;
    private final Workbook workbook;
    /** The release's name, as the importer identified it from this sheet's title (or the data sheet's name). */
    private final String label;
    BigDecimal hourlyLimit;
    BigDecimal annualLimit;

    FieldDescriptionsSheet(ImportLog log, Workbook workbook, String label) {
        this.log = log;
        this.workbook = workbook;
        this.label = label;
    }

    /** Reads the release's name and the '#' limits; the rest of the sheet explains columns careerfit knows. */
    void read(String sheet, List<SheetRow> rows) {
        ImportLog.FileLog f = log.file(workbook.fileName(), sheet);
        f.note("read for the release name and the top-coding limits of '#'; no occupation figures");
        boolean inFields = false;
        for (int i = 0; i < rows.size(); i++) {
            SheetRow r = rows.get(i);
            String a = r.text(0);
            if (r.isEmpty()) {
                f.skipped("blank row");
            } else if (i == 0 && a != null && a.equals(label)) {
                f.loaded();
            } else if (a != null && Workbook.canonical(a).equals("field")) {
                inFields = true;
                f.skipped("header of the column descriptions");
            } else if (a != null && a.startsWith(Figure.TOP_CODED)) {
                readLimits(f, r, a);
            } else if (a != null && (a.startsWith("*") || a.startsWith("~"))) {
                f.skipped("explains a marker: careerfit applies '*' and '**' in its code; '~' marks a column it "
                        + "does not read");
            } else if (inFields && r.text(1) != null) {
                f.skipped("describes a column; careerfit applies these meanings in its code");
            } else {
                f.skipped("heading, contact or note line");
            }
        }
    }

    private void readLimits(ImportLog.FileLog f, SheetRow r, String note) {
        Matcher hour = HOURLY_LIMIT.matcher(note);
        Matcher year = ANNUAL_LIMIT.matcher(note);
        if (hour.find() && year.find()) {
            hourlyLimit = Figure.of(new BigDecimal(hour.group(1).replace(",", ""))).value();
            annualLimit = Figure.of(new BigDecimal(year.group(1).replace(",", ""))).value();
            f.loaded();
        } else {
            f.invalid("cell " + r.cell(0), "the note on '#' does not state the limits as '$N per hour' and "
                    + "'$N per year'");
        }
    }
}
