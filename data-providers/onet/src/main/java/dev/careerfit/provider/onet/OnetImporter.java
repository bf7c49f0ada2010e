package dev.careerfit.provider.onet;

import static dev.careerfit.provider.onet.OnetFiles.*;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.provider.onet.ImportedRelease.CategoryGroup;
import dev.careerfit.provider.onet.ImportedRelease.CategoryRow;
import dev.careerfit.provider.onet.ImportedRelease.GapKind;
import dev.careerfit.provider.onet.ImportedRelease.Occupation;
import dev.careerfit.provider.onet.ImportedRelease.RatingRow;
import dev.careerfit.provider.onet.ImportedRelease.RelatedRow;
import dev.careerfit.provider.onet.ImportedRelease.ReportedTitleRow;
import dev.careerfit.provider.onet.ImportedRelease.Scale;
import dev.careerfit.provider.onet.ImportedRelease.TaskRow;
import dev.careerfit.provider.onet.ImportedRelease.ToolRow;
import dev.careerfit.provider.onet.ImportedRelease.ZoneMeaning;
import dev.careerfit.provider.onet.ImportedRelease.ZoneRow;
import dev.careerfit.release.BadValueException;
import dev.careerfit.release.ImportLog;
import dev.careerfit.release.TextTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an O*NET release folder in the official text layout (columns found by name) into an
 * {@link ImportedRelease}, accounting for every row of every file in an {@link ImportLog}: loaded,
 * skipped with a reason, or invalid with a problem naming file, line and column. A bad file does not
 * stop the others; a strict import stops at the first problem.
 */
final class OnetImporter {
    private static final Pattern CODE_PATTERN = Pattern.compile("\\d{2}-\\d{4}\\.\\d{2}");
    private static final Pattern DATE_PATTERN = Pattern.compile("(0[1-9]|1[0-2])/\\d{4}");
    private static final String UNKNOWN_CODE = "O*NET-SOC code not in " + OCCUPATION_DATA;
    private static final List<String> RIASEC = List.of("1.B.1.a", "1.B.1.b", "1.B.1.c", "1.B.1.d", "1.B.1.e",
            "1.B.1.f");
    private static final List<String> INTEREST_HIGH_POINTS = List.of("1.B.1.g", "1.B.1.h", "1.B.1.i");
    private static final List<String> WORK_VALUES_ELEMENTS = List.of("1.B.2.a", "1.B.2.b", "1.B.2.c", "1.B.2.d",
            "1.B.2.e", "1.B.2.f");
    private static final List<String> WORK_VALUE_HIGH_POINTS = List.of("1.B.2.g", "1.B.2.h", "1.B.2.i");
    private static final Set<String> DISTRIBUTION_SCALES = Set.of("RL", "RW", "PT", "OJ");

    private final Path folder;
    private final ImportLog log;
    private final ImportedRelease release = new ImportedRelease();
    /** One copy of each recurring text (dates, domain sources, element ids), while the import runs. */
    private final Map<String, String> texts = new HashMap<>();

    private OnetImporter(Path folder, ImportLog log) {
        this.folder = folder;
        this.log = log;
    }

    /**
     * Reads the release in {@code folder}.
     *
     * @param subject names the import in exceptions, e.g. {@code O*NET release /data/onet-30.1}
     * @throws InvalidDataException in strict mode at the first problem, and always when the folder has
     *                              no usable {@code Occupation Data.txt}
     */
    static ImportedRelease read(Path folder, boolean strict, String subject) {
        OnetImporter importer = new OnetImporter(folder, new ImportLog(subject, strict));
        importer.readAll(subject);
        return importer.release;
    }

    private void readAll(String subject) {
        readMe();
        ImportLog.FileLog occupations = occupationData();
        if (occupations == null || occupations.hasFailed() || release.occupations.isEmpty()) {
            List<Problem> problems = new ArrayList<>(log.problems());
            problems.add(new Problem(OCCUPATION_DATA, (occupations == null ? "is not in the folder"
                    : "has no usable rows") + "; every O*NET role starts from it. Is this folder an O*NET text "
                    + "release?"));
            throw new InvalidDataException(subject, problems);
        }
        boolean scales = scales();
        boolean elements = contentModel();
        jobZoneReference();
        boolean categories = educationCategories();
        alternateTitles();
        reportedTitles();
        tasks();
        String needs = scales && elements ? null : !scales ? SCALES : CONTENT_MODEL;
        ratings(SKILLS, GapKind.SKILL, needs, "skills ratings: importance (IM) and level (LV)", o -> o.skills);
        ratings(KNOWLEDGE, GapKind.KNOWLEDGE, needs, "knowledge ratings: importance (IM) and level (LV)",
                o -> o.knowledge);
        workStyles(needs);
        highPointProfile(INTERESTS, GapKind.INTERESTS, needs, "OI", RIASEC, "IH", INTEREST_HIGH_POINTS,
                "RIASEC interest ratings (OI) and high points (IH)", o -> o.interests);
        highPointProfile(WORK_VALUES, GapKind.WORK_VALUES, needs, "EX", WORK_VALUES_ELEMENTS, "VH",
                WORK_VALUE_HIGH_POINTS, "work value ratings (EX) and high points (VH)", o -> o.workValues);
        jobZones();
        education(needs != null ? needs : categories ? null : EDUCATION_CATEGORIES);
        technologySkills();
        relatedOccupations();
        for (String file : NOT_USED_ORDER) {
            TextTable.notUsed(folder, file, log, NOT_USED.get(file));
        }
        for (String file : unknownFiles()) {
            TextTable.notUsed(folder, file, log, "not a file of the O*NET text release that careerfit knows");
        }
        release.report = log.report(release.name.describe());
    }

    // ---- References ----

    /** The release's name, from the first two lines of its Read Me. */
    private void readMe() {
        Path file = folder.resolve(READ_ME);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            log.absent(READ_ME, "names the release; without it the release is not named");
            return;
        } catch (CharacterCodingException e) {
            log.file(READ_ME, null).failed("line 1", "is not UTF-8 or ASCII text; release text files are UTF-8");
            return;
        } catch (IOException e) {
            log.file(READ_ME, null).failed(null, "cannot be read: " + e.getMessage());
            return;
        }
        ImportLog.FileLog f = log.file(READ_ME, null);
        String title = lines.isEmpty() ? "" : lines.get(0).replace("\uFEFF", "").strip();
        if (title.isEmpty()) {
            f.failed("line 1", "is empty; expected the release's name, e.g. 'O*NET 30.1 Database'");
            return;
        }
        release.name = new ReleaseName(title, lines.size() > 1 ? lines.get(1) : null);
        f.note("not a table: its first two lines name the release, " + release.name.describe());
    }

    private ImportLog.FileLog occupationData() {
        return readTable(OCCUPATION_DATA, List.of(CODE, TITLE, DESCRIPTION),
                "the occupations: O*NET-SOC code, title and description; each becomes a role", row -> {
                    String code = row.required(CODE);
                    if (!CODE_PATTERN.matcher(code).matches()) {
                        throw new BadValueException(CODE, "'" + code + "' is not an O*NET-SOC code such as 15-2051.00");
                    }
                    if (release.byCode.containsKey(code)) {
                        throw new BadValueException(CODE, code + " is listed twice; the first row is kept");
                    }
                    Occupation o = new Occupation(release.occupations.size(), code, row.required(TITLE),
                            row.optional(DESCRIPTION));
                    release.occupations.add(o);
                    release.byCode.put(code, o);
                    return null;
                });
    }

    private boolean scales() {
        ImportLog.FileLog f = readTable(SCALES, List.of(SCALE_ID, SCALE_NAME, MINIMUM, MAXIMUM),
                "reference: the rating scales with their bounds", row -> {
                    String id = row.required(SCALE_ID);
                    long min = Decimals.parse(row.required(MINIMUM), MINIMUM);
                    long max = Decimals.parse(row.required(MAXIMUM), MAXIMUM);
                    if (!(Decimals.value(min) < Decimals.value(max))) {
                        throw new BadValueException(MAXIMUM, "maximum " + row.text(MAXIMUM)
                                + " is not above minimum " + row.text(MINIMUM));
                    }
                    Scale scale = new Scale(text(id), row.required(SCALE_NAME), min, max);
                    if (release.scales.putIfAbsent(id, scale) != null) {
                        throw new BadValueException(SCALE_ID, "scale " + id + " is listed twice; the first row is "
                                + "kept");
                    }
                    return null;
                });
        return usable(f);
    }

    private boolean contentModel() {
        ImportLog.FileLog f = readTable(CONTENT_MODEL, List.of(ELEMENT_ID, ELEMENT_NAME),
                "reference: the content model's elements (skills, knowledge, interests...) with their names", row -> {
                    String id = row.required(ELEMENT_ID);
                    if (release.elements.putIfAbsent(text(id), row.required(ELEMENT_NAME)) != null) {
                        throw new BadValueException(ELEMENT_ID, "element " + id + " is listed twice; the first row "
                                + "is kept");
                    }
                    return null;
                });
        return usable(f);
    }

    private void jobZoneReference() {
        readTable(JOB_ZONE_REFERENCE, List.of(JOB_ZONE, NAME, EXPERIENCE, EDUCATION_COLUMN,
                        JOB_TRAINING, EXAMPLES, SVP_RANGE),
                "reference: what each job zone means (experience, education, training, examples)", row -> {
                    int zone = zone(row);
                    ZoneMeaning meaning = new ZoneMeaning(zone, row.optional(NAME), row.optional(EXPERIENCE),
                            row.optional(EDUCATION_COLUMN), row.optional(JOB_TRAINING), row.optional(EXAMPLES),
                            row.optional(SVP_RANGE));
                    if (release.zones.putIfAbsent(zone, meaning) != null) {
                        throw new BadValueException(JOB_ZONE, "job zone " + zone + " is listed twice; the first row "
                                + "is kept");
                    }
                    return null;
                });
    }

    private boolean educationCategories() {
        ImportLog.FileLog f = readTable(EDUCATION_CATEGORIES, List.of(ELEMENT_ID, ELEMENT_NAME, SCALE_ID,
                        CATEGORY, CATEGORY_DESCRIPTION),
                "reference: what each category of education, experience and training means", row -> {
                    String scale = row.required(SCALE_ID);
                    CategoryGroup group = release.categories.computeIfAbsent(text(scale), s -> new CategoryGroup(s,
                            text(row.required(ELEMENT_ID)), row.required(ELEMENT_NAME), new LinkedHashMap<>()));
                    int category = row.integer(CATEGORY);
                    if (group.labels().putIfAbsent(category, row.required(CATEGORY_DESCRIPTION)) != null) {
                        throw new BadValueException(CATEGORY, "category " + category + " of scale " + scale
                                + " is listed twice; the first row is kept");
                    }
                    return null;
                });
        return usable(f);
    }

    // ---- Titles, tasks, tools, related occupations ----

    private void alternateTitles() {
        readTable(ALTERNATE_TITLES, List.of(CODE, ALTERNATE_TITLE, SHORT_TITLE),
                "other titles of each occupation, and their short forms", row -> {
                    Occupation o = release.byCode.get(row.required(CODE));
                    if (o == null) {
                        return UNKNOWN_CODE;
                    }
                    String title = row.required(ALTERNATE_TITLE);
                    String shortTitle = row.optional(SHORT_TITLE);
                    if (!o.alternateTitles.add(title) && shortTitle == null) {
                        return "the same alternate title again";
                    }
                    if (shortTitle != null) {
                        o.shortTitles.add(shortTitle);
                    }
                    return null;
                });
    }

    private void reportedTitles() {
        readTable(REPORTED_TITLES, List.of(CODE, REPORTED_JOB_TITLE, SHOWN_IN_MY_NEXT_MOVE),
                "job titles people in each occupation reported", row -> {
                    Occupation o = release.byCode.get(row.required(CODE));
                    if (o == null) {
                        return UNKNOWN_CODE;
                    }
                    o.reportedTitles.add(new ReportedTitleRow(row.required(REPORTED_JOB_TITLE),
                            Boolean.TRUE.equals(row.flag(SHOWN_IN_MY_NEXT_MOVE))));
                    return null;
                });
    }

    private void tasks() {
        table(TASK_STATEMENTS, List.of(CODE, TASK_ID, TASK, TASK_TYPE, INCUMBENTS_RESPONDING, DATE, DOMAIN_SOURCE),
                "task statements, core or supplemental, with the number of incumbents responding",
                new GapKind[] {GapKind.TASK}, null, (o, row) -> {
                    String type = row.optional(TASK_TYPE);
                    if (type != null && !type.equals("Core") && !type.equals("Supplemental")) {
                        throw new BadValueException(TASK_TYPE, "'" + type + "' must be Core, Supplemental or n/a");
                    }
                    o.tasks.add(new TaskRow(row.integer(TASK_ID), row.required(TASK), type == null ? null : text(type),
                            count(row, INCUMBENTS_RESPONDING), date(row), domain(row)));
                    return null;
                });
    }

    private void technologySkills() {
        table(TECHNOLOGY_SKILLS, List.of(CODE, EXAMPLE, COMMODITY_CODE, COMMODITY_TITLE, HOT_TECHNOLOGY, IN_DEMAND),
                "technology used in each occupation, with O*NET's hot-technology and in-demand flags",
                new GapKind[] {GapKind.TOOL}, null, (o, row) -> {
                    o.tools.add(new ToolRow(text(row.required(EXAMPLE)), text(row.optional(COMMODITY_CODE)),
                            text(row.optional(COMMODITY_TITLE)), Boolean.TRUE.equals(row.flag(HOT_TECHNOLOGY)),
                            Boolean.TRUE.equals(row.flag(IN_DEMAND))));
                    return null;
                });
    }

    private void relatedOccupations() {
        readTable(RELATED_OCCUPATIONS, List.of(CODE, RELATED_CODE, RELATEDNESS_TIER, INDEX),
                "each occupation's related occupations, by relatedness tier and rank", row -> {
                    Occupation o = release.byCode.get(row.required(CODE));
                    if (o == null) {
                        return UNKNOWN_CODE;
                    }
                    String related = row.required(RELATED_CODE);
                    if (!release.byCode.containsKey(related)) {
                        return "related O*NET-SOC code not in " + OCCUPATION_DATA;
                    }
                    int rank = row.integer(INDEX);
                    if (rank < 1) {
                        throw new BadValueException(INDEX, "rank " + rank + " must be 1 or more");
                    }
                    o.related.add(new RelatedRow(related, text(row.required(RELATEDNESS_TIER)), rank));
                    return null;
                });
    }

    // ---- Ratings ----

    /** Skills or Knowledge: one rating per row, each with its own precision. */
    private void ratings(String file, GapKind kind, String needs, String note,
                         Function<Occupation, List<RatingRow>> target) {
        Map<String, Integer> seen = new HashMap<>();
        table(file, List.of(CODE, ELEMENT_ID, SCALE_ID, DATA_VALUE, N, STANDARD_ERROR, LOWER_CI, UPPER_CI,
                RECOMMEND_SUPPRESS, NOT_RELEVANT, DATE, DOMAIN_SOURCE), note, new GapKind[] {kind}, needs, (o, row) -> {
                    String element = element(row);
                    Scale scale = scale(row);
                    oncePer(seen, o, element, scale, row);
                    long value = value(row, scale);
                    Long[] ci = interval(row);
                    target.apply(o).add(new RatingRow(element, scale.id(), value, count(row, N),
                            nonNegative(row, STANDARD_ERROR), ci[0], ci[1], row.flag(RECOMMEND_SUPPRESS),
                            row.flag(NOT_RELEVANT), date(row), domain(row)));
                    return null;
                });
    }

    /** Work styles: 30.1 rates each on distinctiveness rank (DR) and impact (WI); no sample or precision. */
    private void workStyles(String needs) {
        Map<String, Integer> seen = new HashMap<>();
        table(WORK_STYLES, List.of(CODE, ELEMENT_ID, SCALE_ID, DATA_VALUE, DATE, DOMAIN_SOURCE),
                "work styles ratings: distinctiveness rank (DR) and impact (WI)", new GapKind[] {GapKind.WORK_STYLE},
                needs, (o, row) -> {
                    String element = element(row);
                    Scale scale = scale(row);
                    oncePer(seen, o, element, scale, row);
                    o.workStyles.add(new RatingRow(element, scale.id(), value(row, scale), null, null, null, null, null,
                            null, date(row), domain(row)));
                    return null;
                });
    }

    /**
     * Interests or Work Values: six ratings on one scale and three high points, each high point a
     * whole number naming one of the six in order (0 for none).
     */
    private void highPointProfile(String file, GapKind kind, String needs, String ratingScale, List<String> rated,
                                  String highPointScale, List<String> highPoints, String note,
                                  Function<Occupation, List<RatingRow>> target) {
        Map<String, Integer> seen = new HashMap<>();
        table(file, List.of(CODE, ELEMENT_ID, SCALE_ID, DATA_VALUE, DATE, DOMAIN_SOURCE), note, new GapKind[] {kind},
                needs, (o, row) -> {
                    String element = element(row);
                    Scale scale = scale(row);
                    long value;
                    if (scale.id().equals(ratingScale) && rated.contains(element)) {
                        value = value(row, scale);
                    } else if (scale.id().equals(highPointScale) && highPoints.contains(element)) {
                        value = Decimals.parse(row.required(DATA_VALUE), DATA_VALUE);
                        double v = Decimals.value(value);
                        if (v != Math.rint(v) || v < 0 || v > rated.size()) {
                            throw new BadValueException(DATA_VALUE, "high point '" + row.text(DATA_VALUE)
                                    + "' must be a whole number from 1 to " + rated.size() + ", or 0 for none");
                        }
                    } else {
                        return "element " + element + " on scale " + scale.id() + ": not one of the six ratings or "
                                + "three high points careerfit reads";
                    }
                    oncePer(seen, o, element, scale, row);
                    if (scale.id().equals(highPointScale) && Decimals.value(value) != 0) {
                        for (RatingRow other : target.apply(o)) {
                            if (other.scale().equals(highPointScale)
                                    && Decimals.value(other.value()) == Decimals.value(value)) {
                                throw new BadValueException(DATA_VALUE, "high point " + row.text(DATA_VALUE)
                                        + " repeats the one of element " + other.element());
                            }
                        }
                    }
                    target.apply(o).add(new RatingRow(element, scale.id(), value, null, null, null, null, null, null,
                            date(row), domain(row)));
                    return null;
                });
    }

    private void jobZones() {
        table(JOB_ZONES, List.of(CODE, JOB_ZONE, DATE, DOMAIN_SOURCE), "each occupation's job zone (1 to 5)",
                new GapKind[] {GapKind.JOB_ZONE}, null, (o, row) -> {
                    int zone = zone(row);
                    if (o.zone != null) {
                        throw new BadValueException(CODE, "a second job zone for " + o.code + "; the first is kept");
                    }
                    o.zone = new ZoneRow(zone, date(row), domain(row));
                    return null;
                });
    }

    /** Required education (RL) and experience and training (RW, PT, OJ), as percent of respondents per category. */
    private void education(String needs) {
        Map<String, Integer> seen = new HashMap<>();
        ImportLog.FileLog f = table(EDUCATION, List.of(CODE, ELEMENT_ID, SCALE_ID, CATEGORY, DATA_VALUE, N,
                        STANDARD_ERROR, LOWER_CI, UPPER_CI, RECOMMEND_SUPPRESS, DATE, DOMAIN_SOURCE),
                "required level of education (RL), related work experience (RW), on-site training (PT) and "
                        + "on-the-job training (OJ): percent of respondents per category",
                new GapKind[] {GapKind.EDUCATION, GapKind.PREPARATION}, needs, (o, row) -> {
                    element(row);
                    Scale scale = scale(row);
                    if (!DISTRIBUTION_SCALES.contains(scale.id())) {
                        return scale.id().equals("IM")
                                ? "importance of a certification or apprenticeship (IM): not part of careerfit's "
                                        + "model yet"
                                : "scale " + scale.id() + ": not part of careerfit's model yet";
                    }
                    int category = row.integer(CATEGORY);
                    CategoryGroup group = release.categories.get(scale.id());
                    if (group == null || !group.labels().containsKey(category)) {
                        throw new BadValueException(CATEGORY, "category " + category + " of scale " + scale.id()
                                + " is not in " + EDUCATION_CATEGORIES);
                    }
                    once(seen, o.code + "\t" + scale.id() + "\t" + category, row, CATEGORY,
                            "category " + category + " of scale " + scale.id());
                    Long[] ci = interval(row);
                    o.education.add(new CategoryRow(scale.id(), category, value(row, scale), count(row, N),
                            nonNegative(row, STANDARD_ERROR), ci[0], ci[1], row.flag(RECOMMEND_SUPPRESS), date(row),
                            domain(row), row.line()));
                    return null;
                });
        if (f != null && !f.hasFailed()) {
            for (Occupation o : release.occupations) {
                dropOverfullDistributions(o, f);
            }
        }
    }

    /**
     * Percentages of one scale must not add up to more than 100 (O*NET's rounding gives up to 100.03);
     * a distribution that does is reported and left out, as careerfit could not show it truthfully.
     */
    private static void dropOverfullDistributions(Occupation o, ImportLog.FileLog f) {
        Map<String, Double> totals = new LinkedHashMap<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (CategoryRow r : o.education) {
            totals.merge(r.scale(), Decimals.value(r.percent()), Double::sum);
            firstLines.putIfAbsent(r.scale(), r.line());
        }
        totals.forEach((scale, total) -> {
            if (total > 100.5) {
                o.education.removeIf(r -> r.scale().equals(scale));
                o.uncertain.add(scale.equals("RL") ? GapKind.EDUCATION : GapKind.PREPARATION);
                f.problem("line " + firstLines.get(scale) + ", column '" + DATA_VALUE + "'", "the percentages of "
                        + "scale " + scale + " for " + o.code + ", from this line on, add up to "
                        + Math.round(total * 100) / 100.0 + ", more than 100; that distribution is left out");
            }
        });
    }

    // ---- Reading one data file ----

    /**
     * Reads a file of rows about occupations. A row whose code is not in Occupation Data is skipped
     * with that reason; a row with a bad value marks its occupation so that missing facts of
     * {@code kinds} are not stated as gaps in O*NET. When the file is read whole, the kinds become
     * gaps O*NET can be said to have.
     *
     * @param needs a reference file the rows are checked against that is missing, or {@code null}
     */
    private ImportLog.FileLog table(String file, List<String> columns, String note, GapKind[] kinds, String needs,
                                    BiFunction<Occupation, TextTable.Row, String> handler) {
        if (needs != null) {
            dependentFails(file, note, needs);
            return null;
        }
        long[] handled = {0};
        ImportLog.FileLog f = readTable(file, columns, note, row -> {
            handled[0]++;
            Occupation o = release.byCode.get(row.required(CODE));
            if (o == null) {
                return UNKNOWN_CODE;
            }
            try {
                return handler.apply(o, row);
            } catch (BadValueException e) {
                o.uncertain.addAll(List.of(kinds));
                throw e;
            }
        });
        if (f != null && !f.hasFailed() && f.rowsRead() == handled[0]) {
            release.gapKindsKnown.addAll(List.of(kinds));
        }
        return f;
    }

    /**
     * Reads one file with {@link TextTable}, after a look at its first bytes for UTF-16: without a byte
     * order mark it would decode as UTF-8 full of NUL characters and fail as "no column" with a header
     * nobody can read.
     */
    private ImportLog.FileLog readTable(String file, List<String> columns, String note,
                                        TextTable.RowHandler handler) {
        String utf16 = utf16(folder.resolve(file));
        if (utf16 != null) {
            ImportLog.FileLog f = log.file(file, null);
            f.failed("line 1, column " + utf16, "was saved as UTF-16 text; release text files are UTF-8 (or ASCII), "
                    + "save it as UTF-8");
            return f;
        }
        return TextTable.read(folder, file, columns, log, note, handler);
    }

    /** Where {@code file} shows it is UTF-16: "1" for a byte order mark, else the column of a NUL byte; or null. */
    private static String utf16(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(256);
            if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                    || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
                return "1";
            }
            for (int i = 0; i < head.length; i++) {
                if (head[i] == 0) {
                    return Integer.toString(i + 1);
                }
            }
            return null;
        } catch (IOException e) {
            // Absent or unreadable: TextTable reports it.
            return null;
        }
    }

    /** A file that cannot be checked because a reference it needs is missing: failed, or absent. */
    private void dependentFails(String file, String note, String reference) {
        if (Files.isRegularFile(folder.resolve(file))) {
            log.file(file, null).failed(null, "not read: its rows are checked against " + reference
                    + ", which is absent or could not be read");
        } else {
            log.absent(file, note);
        }
    }

    private static boolean usable(ImportLog.FileLog f) {
        return f != null && !f.hasFailed();
    }

    /** Files in the folder that are not part of the release careerfit knows, by name. */
    private List<String> unknownFiles() {
        Set<String> known = OnetFiles.known();
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !known.contains(n)).forEach(unknown::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return new ArrayList<>(unknown);
    }

    // ---- Values ----

    private String element(TextTable.Row row) {
        String id = row.required(ELEMENT_ID);
        if (!release.elements.containsKey(id)) {
            throw new BadValueException(ELEMENT_ID, "'" + id + "' is not an element of " + CONTENT_MODEL);
        }
        return text(id);
    }

    private Scale scale(TextTable.Row row) {
        String id = row.required(SCALE_ID);
        Scale scale = release.scales.get(id);
        if (scale == null) {
            throw new BadValueException(SCALE_ID, "'" + id + "' is not a scale of " + SCALES);
        }
        return scale;
    }

    /** The row's Data Value, within its scale's bounds. */
    private static long value(TextTable.Row row, Scale scale) {
        long value = Decimals.parse(row.required(DATA_VALUE), DATA_VALUE);
        double v = Decimals.value(value);
        if (v < Decimals.value(scale.minimum()) || v > Decimals.value(scale.maximum())) {
            throw new BadValueException(DATA_VALUE, row.text(DATA_VALUE) + " is outside scale " + scale.id() + " ("
                    + scale.name() + ", " + plain(scale.minimum()) + " to " + plain(scale.maximum()) + ")");
        }
        return value;
    }

    private static String plain(long packed) {
        double v = Decimals.value(packed);
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static Integer count(TextTable.Row row, String column) {
        Integer n = row.optionalInteger(column);
        if (n != null && n < 0) {
            throw new BadValueException(column, n + " must not be negative");
        }
        return n;
    }

    private static Long nonNegative(TextTable.Row row, String column) {
        String t = row.optional(column);
        if (t == null) {
            return null;
        }
        long v = Decimals.parse(t, column);
        if (Decimals.value(v) < 0) {
            throw new BadValueException(column, t + " must not be negative");
        }
        return v;
    }

    /** The confidence interval's bounds, lower first; either may be {@code null}. */
    private static Long[] interval(TextTable.Row row) {
        String lo = row.optional(LOWER_CI);
        String hi = row.optional(UPPER_CI);
        Long lower = lo == null ? null : Decimals.parse(lo, LOWER_CI);
        Long upper = hi == null ? null : Decimals.parse(hi, UPPER_CI);
        if (lower != null && upper != null && Decimals.value(lower) > Decimals.value(upper)) {
            throw new BadValueException(UPPER_CI, "upper bound " + hi + " is below the lower bound " + lo);
        }
        return new Long[] {lower, upper};
    }

    private static int zone(TextTable.Row row) {
        int zone = row.integer(JOB_ZONE);
        if (zone < 1 || zone > 5) {
            throw new BadValueException(JOB_ZONE, "job zone " + zone + " must be from 1 to 5");
        }
        return zone;
    }

    /** The row's Date, {@code MM/YYYY}, or {@code null} for n/a. */
    private String date(TextTable.Row row) {
        String d = row.optional(DATE);
        if (d != null && !DATE_PATTERN.matcher(d).matches()) {
            throw new BadValueException(DATE, "'" + d + "' is not a month and year such as 08/2023");
        }
        return text(d);
    }

    private String domain(TextTable.Row row) {
        return text(row.optional(DOMAIN_SOURCE));
    }

    /** Rejects a second rating of one element on one scale for an occupation. */
    private static void oncePer(Map<String, Integer> seen, Occupation o, String element, Scale scale,
                                TextTable.Row row) {
        once(seen, o.code + "\t" + element + "\t" + scale.id(), row, ELEMENT_ID,
                "a value of " + element + " on scale " + scale.id());
    }

    /** Rejects a second row for what one row should say; names the line of the first. */
    private static void once(Map<String, Integer> seen, String key, TextTable.Row row, String column, String what) {
        Integer first = seen.putIfAbsent(key, row.line());
        if (first != null) {
            throw new BadValueException(column, what + " again for this occupation (first on line " + first
                    + ", which is kept)");
        }
    }

    private String text(String s) {
        if (s == null) {
            return null;
        }
        String known = texts.putIfAbsent(s, s);
        return known != null ? known : s;
    }
}
