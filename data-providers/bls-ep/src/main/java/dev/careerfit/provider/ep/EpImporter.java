package dev.careerfit.provider.ep;

import dev.careerfit.Problem;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.release.ImportLog;
import dev.careerfit.release.Workbook;
import dev.careerfit.release.Workbook.SheetRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the Employment Projections workbooks as the BLS publishes them ({@code occupation.xlsx},
 * {@code education.xlsx}, {@code skills.xlsx}): Table 1.2 for the projections and the entry requirements
 * of every line item, Table 5.3 for the educational attainment, and every other sheet accounted for as not
 * used, with the reason. Columns are found by their headers and years read from them, so a release for
 * other years still reads. This class finds the workbooks and their sheets and puts the release together;
 * {@link ProjectionTable} reads Table 1.2 and {@link AttainmentTable} Table 5.3, their cells through
 * {@link EpCells}.
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

    /** Table 5.3's categories, found by the start of their headers, and the lowest level each covers. */
    static final List<AttainmentCategory> ATTAINMENT_CATEGORIES = List.of(
            new AttainmentCategory("Less than high school", EducationLevel.LESS_THAN_HIGH_SCHOOL),
            new AttainmentCategory("High school diploma", EducationLevel.HIGH_SCHOOL),
            new AttainmentCategory("Some college", EducationLevel.SOME_COLLEGE),
            new AttainmentCategory("Associate", EducationLevel.ASSOCIATES),
            new AttainmentCategory("Bachelor", EducationLevel.BACHELORS),
            new AttainmentCategory("Master", EducationLevel.MASTERS),
            new AttainmentCategory("Doctoral or professional", EducationLevel.FIRST_PROFESSIONAL));

    private final ImportLog log;
    /** Every table's titles by code: Table 1.2, read before Table 5.3, gives the title of a code both name. */
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();
    private final ProjectionTable projections;
    private final AttainmentTable attainment;

    private EpImporter(ImportLog log) {
        this.log = log;
        this.projections = new ProjectionTable(log, titles);
        this.attainment = new AttainmentTable(log, titles);
    }

    /** One of Table 5.3's categories: how its header starts, and the lowest education level it covers. */
    record AttainmentCategory(String header, EducationLevel level) {}

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
        if (importer.projections.projectionTable == null && importer.attainment.attainmentTable == null && log.problems().isEmpty()) {
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

    private void readOccupationWorkbook(Workbook wb) {
        readWorkbook(wb, projectionSheet(wb), "'Table 1.2' (occupational projections and worker characteristics)",
                ProjectionTable.OTHER_SHEETS, projections::read);
    }

    // ---- education.xlsx ----

    private void readEducationWorkbook(Workbook wb) {
        readWorkbook(wb, attainmentSheet(wb), "'Table 5.3' (educational attainment for workers 25 years and older "
                + "by detailed occupation)", AttainmentTable.OTHER_SHEETS, attainment::read);
    }

    // ---- Result ----

    private EpEdition edition() {
        Integer baseYear = projections.baseYear;
        String release = baseYear == null ? null
                : baseYear + "-" + String.format("%02d", projections.projectionYear % 100);
        String label = release == null ? "Employment Projections (release not identified)"
                : "Employment Projections " + release;
        return new EpEdition(label, release, baseYear, projections.projectionYear, projections.projectionTable,
                projections.projectionColumns, attainment.attainmentTable, attainment.attainmentStart,
                attainment.attainmentEnd, attainment.attainmentLabels, files);
    }

    /** Table 1.2's line items in its order, each with its Table 5.3 row; then rows only Table 5.3 has, by code. */
    private List<EpOccupation> occupations() {
        List<EpOccupation> out = new ArrayList<>();
        Map<String, EpOccupation.Attainment> attainments = attainment.attainments;
        projections.projections.forEach((code, p) -> out.add(new EpOccupation(code, titles.get(code), p,
                attainments.get(code))));
        new TreeMap<>(attainments).forEach((code, a) -> {
            if (!projections.projections.containsKey(code)) {
                out.add(new EpOccupation(code, titles.get(code), null, a));
            }
        });
        return out;
    }
}
