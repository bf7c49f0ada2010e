package dev.careerfit.provider.oews;

import dev.careerfit.Problem;
import dev.careerfit.release.BadValueException;
import dev.careerfit.release.ImportLog;
import dev.careerfit.release.Workbook;
import dev.careerfit.release.Workbook.Header;
import dev.careerfit.release.Workbook.SheetRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an OEWS national workbook as the BLS publishes it ({@code national_M2024_dl.xlsx}): the sheet of
 * estimates, one row per occupation and group, and the Field Descriptions sheet for the release's name
 * and the top-coding limits. Every row of every sheet is accounted for; columns are found by their
 * header, so a release whose columns move still reads.
 */
final class OewsImporter {
    /** What problems name as the subject. */
    static final String SUBJECT = "provider '" + OewsProvider.ID + "'";

    static final String FIELD_DESCRIPTIONS = "Field Descriptions";

    /** The BLS's own file name, {@code national_M2024_dl.xlsx}, and the name in careerfit's shared folder. */
    private static final Pattern BLS_FILE = Pattern.compile("(?i)national_M\\d{4}_dl\\.xlsx");
    private static final Pattern SHARED_FILE = Pattern.compile("(?i)oews-national-.*\\.xlsx");
    private static final Pattern DATA_SHEET = Pattern.compile("(?i)national_M(\\d{4})_dl");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b(January|February|March|April|May|June|July"
            + "|August|September|October|November|December)\\s+(\\d{4})\\b");
    private static final Pattern HOURLY_LIMIT = Pattern.compile("(?i)\\$\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*per\\s+hour");
    private static final Pattern ANNUAL_LIMIT = Pattern.compile("(?i)\\$\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*per\\s+year");

    static final String OCC_CODE = "OCC_CODE";
    static final String OCC_TITLE = "OCC_TITLE";
    static final String O_GROUP = "O_GROUP";
    static final String TOT_EMP = "TOT_EMP";
    static final String EMP_PRSE = "EMP_PRSE";
    static final String MEAN_PRSE = "MEAN_PRSE";
    static final String ANNUAL = "ANNUAL";
    static final String HOURLY = "HOURLY";
    private static final String AREA_TYPE = "AREA_TYPE";

    /** Every column careerfit reads; a release without one of them cannot be read. */
    static final List<String> COLUMNS = columns();

    private static final Set<String> WAGE_MARKERS = Set.of(Figure.NOT_AVAILABLE, Figure.TOP_CODED);
    private static final Set<String> EMPLOYMENT_MARKERS = Set.of(Figure.EMPLOYMENT_NOT_AVAILABLE);
    private static final Set<String> PRSE_MARKERS = Set.of(Figure.NOT_AVAILABLE, Figure.EMPLOYMENT_NOT_AVAILABLE);

    private static final Map<String, String> UNUSED_SHEETS = Map.of(
            "UpdateTime", "when the BLS's data system last updated the file (alldataupdate), not the release date",
            "Filler", "an empty placeholder sheet");
    private static final String UNKNOWN_SHEET = "not part of the OEWS national layout careerfit reads";

    private final ImportLog log;
    private final Workbook workbook;
    private final List<OewsOccupation> occupations = new ArrayList<>();
    private String label;
    private String period;
    private Integer year;
    private BigDecimal hourlyLimit;
    private BigDecimal annualLimit;

    private OewsImporter(ImportLog log, Workbook workbook) {
        this.log = log;
        this.workbook = workbook;
    }

    static String hourlyColumn(String statistic) {
        return "H_" + statistic;
    }

    static String annualColumn(String statistic) {
        return "A_" + statistic;
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of(OCC_CODE, OCC_TITLE, O_GROUP, TOT_EMP, EMP_PRSE, MEAN_PRSE));
        OewsOccupation.STATISTICS.forEach(s -> c.add(hourlyColumn(s)));
        OewsOccupation.STATISTICS.forEach(s -> c.add(annualColumn(s)));
        c.add(ANNUAL);
        c.add(HOURLY);
        return List.copyOf(c);
    }

    /**
     * Reads the release at {@code release}: an OEWS national workbook, or a folder holding one (found by
     * the BLS's name {@code national_M<year>_dl.xlsx} or careerfit's {@code oews-national-*.xlsx}, one
     * level of subfolders included, as the BLS's zip unpacks).
     *
     * @param strict whether the first problem throws
     * @throws dev.careerfit.InvalidDataException in strict mode, at the first problem
     */
    static OewsRelease read(Path release, boolean strict) {
        ImportLog log = new ImportLog(SUBJECT, strict);
        Optional<Path> file = locate(release, log);
        Optional<Workbook> workbook = file.flatMap(f -> Workbook.open(f, log,
                "the OEWS national estimates workbook (national_M<year>_dl.xlsx)"));
        if (workbook.isEmpty()) {
            String name = file.map(f -> f.getFileName().toString()).orElse(null);
            OewsEdition none = new OewsEdition("OEWS national estimates (not read)", null, null, null, null, null, name);
            return new OewsRelease(none, List.of(), log.report(none.label() + ", " + release), null);
        }
        return new OewsImporter(log, workbook.get()).read(file.get());
    }

    private static Optional<Path> locate(Path release, ImportLog log) {
        if (!Files.exists(release)) {
            log.absent(String.valueOf(release.getFileName()), "the release the setting names");
            log.problem(new Problem(release.toString(), "does not exist; name an OEWS national workbook "
                    + "(national_M2024_dl.xlsx) or the folder holding it"));
            return Optional.empty();
        }
        if (!Files.isDirectory(release)) {
            return Optional.of(release);
        }
        List<Path> found;
        try (Stream<Path> files = Files.walk(release, 2)) {
            found = files.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return BLS_FILE.matcher(n).matches() || SHARED_FILE.matcher(n).matches();
            }).sorted(Comparator.comparing(OewsImporter::yearInName).reversed()
                    .thenComparing(Path::toString)).toList();
        } catch (IOException | UncheckedIOException e) {
            log.problem(new Problem(release.toString(), "cannot be listed: " + e.getMessage()));
            return Optional.empty();
        }
        if (found.isEmpty()) {
            log.absent("national_M<year>_dl.xlsx", "the OEWS national estimates workbook");
            log.problem(new Problem(release.toString(), "holds no OEWS national workbook; careerfit looks for the "
                    + "BLS's national_M<year>_dl.xlsx or oews-national-*.xlsx"));
            return Optional.empty();
        }
        Path chosen = found.get(0);
        for (Path other : found.subList(1, found.size())) {
            log.notUsed(other.getFileName().toString(), null, 0, "another OEWS release in the same folder; careerfit "
                    + "reads the newest, " + chosen.getFileName());
        }
        return Optional.of(chosen);
    }

    private static int yearInName(Path p) {
        Matcher m = YEAR.matcher(p.getFileName().toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private OewsRelease read(Path path) {
        String dataSheet = dataSheet();
        identifyRelease(dataSheet);
        if (dataSheet == null) {
            log.file(workbook.fileName(), null).failed(null, "has no sheet of OEWS national estimates (a sheet "
                    + "named national_M<year>_dl, or one whose header has " + String.join(", ", COLUMNS) + ")");
        }
        for (String sheet : workbook.sheetNames()) {
            List<SheetRow> rows = workbook.rows(sheet);
            if (sheet.equals(dataSheet)) {
                readEstimates(sheet, rows);
            } else if (Workbook.canonical(sheet).equals(Workbook.canonical(FIELD_DESCRIPTIONS))) {
                readFieldDescriptions(sheet, rows);
            } else {
                log.notUsed(workbook.fileName(), sheet, rows.size(), UNUSED_SHEETS.getOrDefault(sheet, UNKNOWN_SHEET));
            }
        }
        boolean topCoded = false;
        for (OewsOccupation o : occupations) {
            topCoded |= o.hourly().stream().anyMatch(f -> f.is(Figure.TOP_CODED))
                    || o.annual().stream().anyMatch(f -> f.is(Figure.TOP_CODED));
        }
        if (topCoded && (hourlyLimit == null || annualLimit == null)) {
            log.problem(new Problem(workbook.fileName() + ", sheet '" + FIELD_DESCRIPTIONS + "'", "no note states the "
                    + "top-coding limits of '#' ('$N per hour or $N per year'); top-coded wages are shown as not "
                    + "available"));
        }
        OewsEdition edition = new OewsEdition(label, period, year, dataSheet, hourlyLimit, annualLimit,
                workbook.fileName());
        return new OewsRelease(edition, occupations, log.report(label + " (" + workbook.fileName() + ")"), path);
    }

    /** The sheet of estimates: by the BLS's name, else the first sheet whose header has every column. */
    private String dataSheet() {
        for (String sheet : workbook.sheetNames()) {
            if (DATA_SHEET.matcher(sheet).matches()) {
                return sheet;
            }
        }
        for (String sheet : workbook.sheetNames()) {
            if (Header.find(workbook.rows(sheet), COLUMNS, 5).isPresent()) {
                return sheet;
            }
        }
        return null;
    }

    /** The release's name and year: from the Field Descriptions title, else from the sheet's name (M is May). */
    private void identifyRelease(String dataSheet) {
        List<SheetRow> descriptions = workbook.rows(FIELD_DESCRIPTIONS);
        String title = descriptions.isEmpty() ? null : descriptions.get(0).text(0);
        Matcher m = title == null ? null : MONTH_YEAR.matcher(title);
        if (m != null && m.find()) {
            label = title;
            period = m.group(1) + " " + m.group(2);
            year = Integer.parseInt(m.group(2));
            return;
        }
        Matcher s = dataSheet == null ? null : DATA_SHEET.matcher(dataSheet);
        if (s != null && s.matches()) {
            year = Integer.parseInt(s.group(1));
            period = "May " + year;
            label = "OEWS national estimates, " + period;
            return;
        }
        label = "OEWS national estimates (release not identified)";
    }

    private void readEstimates(String sheet, List<SheetRow> rows) {
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

    /** Reads the release's name and the '#' limits; the rest of the sheet explains columns careerfit knows. */
    private void readFieldDescriptions(String sheet, List<SheetRow> rows) {
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
