package dev.careerfit.provider.oews;

import dev.careerfit.Problem;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an OEWS national workbook as the BLS publishes it ({@code national_M2024_dl.xlsx}): the sheet of
 * estimates, one row per occupation and group, and the Field Descriptions sheet for the release's name
 * and the top-coding limits. Every row of every sheet is accounted for; columns are found by their
 * header, so a release whose columns move still reads. This class finds the workbook and its sheets,
 * names the release and puts it together; {@link EstimatesSheet} reads the estimates and
 * {@link FieldDescriptionsSheet} the top-coding limits.
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

    static final String OCC_CODE = "OCC_CODE";
    static final String OCC_TITLE = "OCC_TITLE";
    static final String O_GROUP = "O_GROUP";
    static final String TOT_EMP = "TOT_EMP";
    static final String EMP_PRSE = "EMP_PRSE";
    static final String MEAN_PRSE = "MEAN_PRSE";
    static final String ANNUAL = "ANNUAL";
    static final String HOURLY = "HOURLY";
    static final String AREA_TYPE = "AREA_TYPE";

    /** Every column careerfit reads; a release without one of them cannot be read. */
    static final List<String> COLUMNS = columns();

    private static final Map<String, String> UNUSED_SHEETS = Map.of(
            "UpdateTime", "when the BLS's data system last updated the file (alldataupdate), not the release date",
            "Filler", "an empty placeholder sheet");
    private static final String UNKNOWN_SHEET = "not part of the OEWS national layout careerfit reads";

    private final ImportLog log;
    private final Workbook workbook;
    private String label;
    private String period;
    private Integer year;

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
        EstimatesSheet estimates = new EstimatesSheet(log, workbook, year);
        FieldDescriptionsSheet descriptions = new FieldDescriptionsSheet(log, workbook, label);
        if (dataSheet == null) {
            log.file(workbook.fileName(), null).failed(null, "has no sheet of OEWS national estimates (a sheet "
                    + "named national_M<year>_dl, or one whose header has " + String.join(", ", COLUMNS) + ")");
        }
        for (String sheet : workbook.sheetNames()) {
            List<SheetRow> rows = workbook.rows(sheet);
            if (sheet.equals(dataSheet)) {
                estimates.read(sheet, rows);
            } else if (Workbook.canonical(sheet).equals(Workbook.canonical(FIELD_DESCRIPTIONS))) {
                descriptions.read(sheet, rows);
            } else {
                log.notUsed(workbook.fileName(), sheet, rows.size(), UNUSED_SHEETS.getOrDefault(sheet, UNKNOWN_SHEET));
            }
        }
        List<OewsOccupation> occupations = estimates.occupations;
        BigDecimal hourlyLimit = descriptions.hourlyLimit;
        BigDecimal annualLimit = descriptions.annualLimit;
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
}
