package dev.careerfit.provider.ep;

import dev.careerfit.Problem;
import dev.careerfit.education.EducationLevel;
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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the Employment Projections workbooks as the BLS publishes them ({@code occupation.xlsx},
 * {@code education.xlsx}, {@code skills.xlsx}): Table 1.2 for the projections and the entry requirements
 * of every line item, Table 5.3 for the educational attainment, and every other sheet accounted for as not
 * used, with the reason. Columns are found by their headers and years read from them, so a release for
 * other years still reads.
 */
final class EpImporter {
    static final String SUBJECT = "provider '" + EpProvider.ID + "'";

    /** The Table 1.2 columns read, in the order {@link EpEdition#projectionColumns()} keeps their headers. */
    static final List<String> PROJECTION_COLUMNS = List.of("Employment, <base year>", "Employment, <projection year>",
            "Employment change, numeric", "Employment change, percent", "Percent self employed",
            "Occupational openings", "Typical education needed for entry", "Work experience in a related occupation",
            "Typical on-the-job training");
    static final int EMPLOYMENT = 0;
    static final int PROJECTED = 1;
    static final int CHANGE = 2;
    static final int CHANGE_PERCENT = 3;
    static final int SELF_EMPLOYED = 4;
    static final int OPENINGS = 5;
    static final int EDUCATION = 6;
    static final int EXPERIENCE = 7;
    static final int TRAINING = 8;
    private static final String OCCUPATION_TYPE = "Occupation type";
    private static final List<String> PROJECTION_HEADERS = headers();

    /** Table 5.3's categories, found by the start of their headers, and the lowest level each covers. */
    static final List<AttainmentCategory> ATTAINMENT_CATEGORIES = List.of(
            new AttainmentCategory("Less than high school", EducationLevel.LESS_THAN_HIGH_SCHOOL),
            new AttainmentCategory("High school diploma", EducationLevel.HIGH_SCHOOL),
            new AttainmentCategory("Some college", EducationLevel.SOME_COLLEGE),
            new AttainmentCategory("Associate", EducationLevel.ASSOCIATES),
            new AttainmentCategory("Bachelor", EducationLevel.BACHELORS),
            new AttainmentCategory("Master", EducationLevel.MASTERS),
            new AttainmentCategory("Doctoral or professional", EducationLevel.FIRST_PROFESSIONAL));

    private static final Pattern CODE_HEADER = Pattern.compile("\\d{4} national employment matrix (occupation )?code");
    private static final Pattern TITLE_HEADER = Pattern.compile("\\d{4} national employment matrix (occupation )?title");
    private static final Pattern EMPLOYMENT_HEADER = Pattern.compile("employment, (\\d{4})");
    private static final Pattern YEARS = Pattern.compile("\\b(\\d{4})-(\\d{2}|\\d{4})\\b");
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[(\\d+)]\\s*(.*)");
    private static final Set<String> UNAVAILABLE = Set.of("\u2014", "\u2013");
    private static final String TOTAL_CODE = "00-0000";

    private final ImportLog log;
    private final Map<String, EpOccupation.Projection> projections = new LinkedHashMap<>();
    private final Map<String, EpOccupation.Attainment> attainments = new LinkedHashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();
    private Integer baseYear;
    private Integer projectionYear;
    private String projectionTable;
    private List<String> projectionColumns = List.of();
    private String attainmentTable;
    private Integer attainmentStart;
    private Integer attainmentEnd;
    private List<String> attainmentLabels = List.of();

    private EpImporter(ImportLog log) {
        this.log = log;
    }

    /** One of Table 5.3's categories: how its header starts, and the lowest education level it covers. */
    record AttainmentCategory(String header, EducationLevel level) {}

    private static List<String> headers() {
        List<String> h = new ArrayList<>(PROJECTION_COLUMNS.subList(CHANGE, PROJECTION_COLUMNS.size()));
        h.add(OCCUPATION_TYPE);
        return List.copyOf(h);
    }

    /** The three EP workbooks, by the BLS's file name (careerfit's shared folder adds an {@code ep-2024-34-} prefix). */
    enum Part {
        OCCUPATION("occupation", "the occupation tables, with Table 1.2 projections and worker characteristics"),
        EDUCATION("education", "the education tables, with Table 5.3 educational attainment"),
        SKILLS("skills", "the skills tables");

        final String fileName;
        final Pattern pattern;
        final String note;

        Part(String name, String note) {
            this.fileName = name + ".xlsx";
            this.pattern = Pattern.compile("(?i)(ep-\\d{4}-\\d{2}-)?" + name + "\\.xlsx");
            this.note = note;
        }
    }

    /**
     * Reads the release at {@code release}: a folder holding the EP workbooks (one level of subfolders
     * included), or one workbook, recognised by its sheets.
     *
     * @throws dev.careerfit.InvalidDataException in strict mode, at the first problem
     */
    static EpRelease read(Path release, boolean strict) {
        ImportLog log = new ImportLog(SUBJECT, strict);
        EpImporter importer = new EpImporter(log);
        Map<Part, Workbook> books = new EnumMap<>(Part.class);
        Map<Part, Path> paths = new EnumMap<>(Part.class);
        importer.open(release, books, paths);
        if (books.containsKey(Part.OCCUPATION)) {
            importer.readOccupationWorkbook(books.get(Part.OCCUPATION));
        }
        if (books.containsKey(Part.EDUCATION)) {
            importer.readEducationWorkbook(books.get(Part.EDUCATION));
        }
        if (books.containsKey(Part.SKILLS)) {
            Workbook skills = books.get(Part.SKILLS);
            importer.files.add(skills.fileName());
            skills.logUnusedSheets(List.of(), log, Map.of("Index", "table of contents"), "skills scores the BLS "
                    + "derives from O*NET ratings, which careerfit reads directly from the O*NET release (provider onet)");
        }
        if (importer.projectionTable == null && importer.attainmentTable == null && log.problems().isEmpty()) {
            log.problem(new Problem(release.toString(), "holds no Employment Projections table careerfit reads "
                    + "(Table 1.2 in occupation.xlsx, Table 5.3 in education.xlsx)"));
        }
        EpEdition edition = importer.edition();
        String read = paths.values().stream().map(Path::toString).collect(Collectors.joining(", "));
        return new EpRelease(edition, importer.occupations(), log.report(edition.label()
                + (importer.files.isEmpty() ? "" : " (" + String.join(", ", importer.files) + ")")),
                read.isEmpty() ? release.toString() : read);
    }

    private void open(Path release, Map<Part, Workbook> books, Map<Part, Path> paths) {
        if (!Files.exists(release)) {
            log.absent(String.valueOf(release.getFileName()), "the release the setting names");
            log.problem(new Problem(release.toString(), "does not exist; name the folder holding the Employment "
                    + "Projections workbooks (occupation.xlsx, education.xlsx) or one of them"));
            return;
        }
        if (!Files.isDirectory(release)) {
            Workbook.open(release, log, "the workbook the release setting names").ifPresent(wb -> {
                Part part = classify(wb);
                if (part == null) {
                    log.file(wb.fileName(), null).failed(null, "is not an Employment Projections workbook: it has none "
                            + "of the sheets Table 1.2, Table 5.3 or Table 6.1");
                    wb.logUnusedSheets(List.of(), log, Map.of(), "not an Employment Projections table");
                } else {
                    books.put(part, wb);
                    paths.put(part, release);
                }
            });
            for (Part p : Part.values()) {
                if (!books.containsKey(p)) {
                    log.absent(p.fileName, p.note + "; not given: the release setting names one workbook");
                }
            }
            return;
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(release, 2)) {
            all = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            log.problem(new Problem(release.toString(), "cannot be listed: " + e.getMessage()));
            return;
        }
        for (Part p : Part.values()) {
            List<Path> found = all.stream().filter(f -> p.pattern.matcher(f.getFileName().toString()).matches()).toList();
            if (found.isEmpty()) {
                log.absent(p.fileName, p.note);
                continue;
            }
            for (Path other : found.subList(1, found.size())) {
                log.notUsed(other.getFileName().toString(), null, 0, "another copy of " + p.fileName
                        + "; careerfit reads " + found.get(0).getFileName());
            }
            Workbook.open(found.get(0), log, p.note).ifPresent(wb -> {
                books.put(p, wb);
                paths.put(p, found.get(0));
            });
        }
    }

    private static Part classify(Workbook wb) {
        if (projectionSheet(wb) != null) {
            return Part.OCCUPATION;
        }
        if (attainmentSheet(wb) != null) {
            return Part.EDUCATION;
        }
        return wb.sheetNames().stream().anyMatch(s -> s.matches("Table 6\\.\\d+")) ? Part.SKILLS : null;
    }

    private static String projectionSheet(Workbook wb) {
        return sheet(wb, "Table 1.2", "occupational projections");
    }

    private static String attainmentSheet(Workbook wb) {
        return sheet(wb, "Table 5.3", "educational attainment for workers 25 years and older by detailed occupation");
    }

    /** The sheet by its name, else the first whose title row says what the table is. */
    private static String sheet(Workbook wb, String name, String title) {
        if (wb.hasSheet(name)) {
            return name;
        }
        for (String s : wb.sheetNames()) {
            List<SheetRow> rows = wb.rows(s);
            if (!rows.isEmpty() && rows.get(0).text(0) != null
                    && Workbook.canonical(rows.get(0).text(0)).contains(title)) {
                return s;
            }
        }
        return null;
    }

    /** Reads one sheet of a workbook. */
    @FunctionalInterface
    private interface SheetReader {
        void read(String file, String sheet, List<SheetRow> rows);
    }

    /**
     * Reads {@code sheet} of {@code wb} (a problem when the workbook has none) and accounts for every other
     * sheet as not used, with the reason {@code unused} gives.
     */
    private void readWorkbook(Workbook wb, String sheet, String wanted, Map<String, String> unused,
                              SheetReader reader) {
        files.add(wb.fileName());
        if (sheet == null) {
            log.problem(new Problem(wb.fileName(), "has no sheet " + wanted + "; its sheets are " + wb.sheetNames()));
        }
        for (String s : wb.sheetNames()) {
            if (s.equals(sheet)) {
                reader.read(wb.fileName(), s, wb.rows(s));
            } else {
                log.notUsed(wb.fileName(), s, wb.rows(s).size(), unused.getOrDefault(s, "not a table careerfit reads"));
            }
        }
    }

    // ---- occupation.xlsx ----

    private static final Map<String, String> OCCUPATION_SHEETS = Map.ofEntries(
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

    private void readOccupationWorkbook(Workbook wb) {
        readWorkbook(wb, projectionSheet(wb), "'Table 1.2' (occupational projections and worker characteristics)",
                OCCUPATION_SHEETS, this::readProjections);
    }

    private void readProjections(String file, String sheet, List<SheetRow> rows) {
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
                keep(f, r, t, seen, projections, () -> projection(r, cols, header));
            } else {
                f.invalid(cell(r, type, header), (kind == null ? "is empty" : "'" + kind + "'")
                        + "; Occupation type must be Summary or Line item");
            }
        });
    }

    /**
     * Keeps a row's value under its code, with its title, unless the sheet listed the code before; a bad
     * cell makes the row invalid.
     */
    private <T> void keep(ImportLog.FileLog f, SheetRow r, Table table, Map<String, Integer> seen,
                          Map<String, T> kept, Supplier<T> value) {
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

    // ---- education.xlsx ----

    private static final Map<String, String> EDUCATION_SHEETS = Map.of(
            "Index", "table of contents",
            "Table 5.1", "unemployment rates and earnings by educational attainment of all workers (Current Population "
                    + "Survey), not by occupation",
            "Table 5.2", "employment and wages by typical entry education: totals over the occupations in each category",
            "Table 5.4", "repeats Table 1.2's education, work experience and on-the-job training assignments");

    private void readEducationWorkbook(Workbook wb) {
        readWorkbook(wb, attainmentSheet(wb), "'Table 5.3' (educational attainment for workers 25 years and older "
                + "by detailed occupation)", EDUCATION_SHEETS, this::readAttainment);
    }

    private void readAttainment(String file, String sheet, List<SheetRow> rows) {
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
                keep(f, r, t, seen, attainments, () -> attainment(f, r, cols, header, r.text(t.title()), footnotes));
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

    // ---- Cells ----

    private static String code(SheetRow r, int column, SheetRow header) {
        String code = r.text(column);
        if (code == null || !EpOccupation.CODE.matcher(code).matches()) {
            throw bad(r, column, header, (code == null ? "is empty" : "'" + code + "' is not a 6-digit SOC code")
                    + "; National Employment Matrix codes look like 15-2051");
        }
        return code;
    }

    private static String title(SheetRow r, int column, SheetRow header) {
        String t = r.text(column);
        if (t == null) {
            throw bad(r, column, header, "is empty");
        }
        return MARKER.matcher(t).replaceAll("").strip();
    }

    /** A number, or {@code null} where the BLS prints "—". */
    private static BigDecimal amount(SheetRow r, int column, SheetRow header) {
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
    private static String category(SheetRow r, int column, SheetRow header) {
        String text = r.text(column);
        if (text == null) {
            throw bad(r, column, header, "is empty; the BLS prints '\u2014' where a value is unavailable");
        }
        return UNAVAILABLE.contains(text) ? null : text;
    }

    private static BadValueException bad(SheetRow r, int column, SheetRow header, String message) {
        return new BadValueException(cell(r, column, header), message);
    }

    private static String cell(SheetRow r, int column, SheetRow header) {
        return "cell " + r.cell(column) + " (" + header.text(column) + ")";
    }

    private static Integer column(SheetRow header, Pattern pattern) {
        List<Integer> c = columns(header, pattern);
        return c.isEmpty() ? null : c.get(0);
    }

    private static List<Integer> columns(SheetRow header, Pattern pattern) {
        List<Integer> found = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (header.text(c) != null && pattern.matcher(Workbook.canonical(header.text(c))).matches()) {
                found.add(c);
            }
        }
        return found;
    }

    private static int year(SheetRow header, int column) {
        Matcher m = EMPLOYMENT_HEADER.matcher(Workbook.canonical(header.text(column)));
        if (!m.matches()) {
            throw new IllegalStateException("column " + column + " was found as an employment column");
        }
        return Integer.parseInt(m.group(1));
    }

    private static boolean says(List<SheetRow> rows, String words) {
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
    private record Table(Header header, int index, int code, int title) {
        SheetRow row() {
            return header.row();
        }
    }

    /**
     * The table in {@code rows}: its header, the first of the first 6 rows to have every {@code wanted}
     * column, and its code and title columns. {@code null}, the sheet failed naming every missing column, when
     * it lacks any of them or of the columns {@code alsoMissing} names for the header found.
     */
    private static Table table(ImportLog.FileLog f, List<SheetRow> rows, List<String> wanted,
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

    private static void failMissing(ImportLog.FileLog f, List<SheetRow> rows, List<String> missing) {
        f.failed("header", (missing.size() == 1 ? "column '" + missing.get(0) + "' is" : "columns '"
                + String.join("', '", missing) + "' are") + " missing from the header (its first 6 rows searched)",
                rows.size());
    }


    // ---- Result ----

    private EpEdition edition() {
        String release = baseYear == null ? null : baseYear + "-" + String.format("%02d", projectionYear % 100);
        String label = release == null ? "Employment Projections (release not identified)"
                : "Employment Projections " + release;
        return new EpEdition(label, release, baseYear, projectionYear, projectionTable, projectionColumns,
                attainmentTable, attainmentStart, attainmentEnd, attainmentLabels, files);
    }

    /** Table 1.2's line items in its order, each with its Table 5.3 row; then rows only Table 5.3 has, by code. */
    private List<EpOccupation> occupations() {
        List<EpOccupation> out = new ArrayList<>();
        projections.forEach((code, p) -> out.add(new EpOccupation(code, titles.get(code), p, attainments.get(code))));
        new TreeMap<>(attainments).forEach((code, a) -> {
            if (!projections.containsKey(code)) {
                out.add(new EpOccupation(code, titles.get(code), null, a));
            }
        });
        return out;
    }
}
