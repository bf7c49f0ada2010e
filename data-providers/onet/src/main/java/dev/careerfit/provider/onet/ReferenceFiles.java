package dev.careerfit.provider.onet;

import static dev.careerfit.provider.onet.OnetFiles.CATEGORY;
import static dev.careerfit.provider.onet.OnetFiles.CATEGORY_DESCRIPTION;
import static dev.careerfit.provider.onet.OnetFiles.CODE;
import static dev.careerfit.provider.onet.OnetFiles.CONTENT_MODEL;
import static dev.careerfit.provider.onet.OnetFiles.DESCRIPTION;
import static dev.careerfit.provider.onet.OnetFiles.EDUCATION_CATEGORIES;
import static dev.careerfit.provider.onet.OnetFiles.EDUCATION_COLUMN;
import static dev.careerfit.provider.onet.OnetFiles.ELEMENT_ID;
import static dev.careerfit.provider.onet.OnetFiles.ELEMENT_NAME;
import static dev.careerfit.provider.onet.OnetFiles.EXAMPLES;
import static dev.careerfit.provider.onet.OnetFiles.EXPERIENCE;
import static dev.careerfit.provider.onet.OnetFiles.JOB_TRAINING;
import static dev.careerfit.provider.onet.OnetFiles.JOB_ZONE;
import static dev.careerfit.provider.onet.OnetFiles.JOB_ZONE_REFERENCE;
import static dev.careerfit.provider.onet.OnetFiles.MAXIMUM;
import static dev.careerfit.provider.onet.OnetFiles.MINIMUM;
import static dev.careerfit.provider.onet.OnetFiles.NAME;
import static dev.careerfit.provider.onet.OnetFiles.OCCUPATION_DATA;
import static dev.careerfit.provider.onet.OnetFiles.READ_ME;
import static dev.careerfit.provider.onet.OnetFiles.SCALES;
import static dev.careerfit.provider.onet.OnetFiles.SCALE_ID;
import static dev.careerfit.provider.onet.OnetFiles.SCALE_NAME;
import static dev.careerfit.provider.onet.OnetFiles.SVP_RANGE;
import static dev.careerfit.provider.onet.OnetFiles.TITLE;

import dev.careerfit.provider.onet.ImportedRelease.CategoryGroup;
import dev.careerfit.provider.onet.ImportedRelease.Occupation;
import dev.careerfit.provider.onet.ImportedRelease.Scale;
import dev.careerfit.provider.onet.ImportedRelease.ZoneMeaning;
import dev.careerfit.release.BadValueException;
import dev.careerfit.release.ImportLog;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The files the others are read against: Read Me.txt (the release's name), Occupation Data.txt (every
 * occupation, each a role), Scales Reference.txt, Content Model Reference.txt, Job Zone Reference.txt and
 * Education, Training, and Experience Categories.txt.
 */
final class ReferenceFiles {
    private static final Pattern CODE_PATTERN = Pattern.compile("\\d{2}-\\d{4}\\.\\d{2}");

    private final OnetFolder folder;
    private final ImportedRelease release;

    ReferenceFiles(OnetFolder folder) {
        this.folder = folder;
        this.release = folder.release;
    }

    /** The release's name, from the first two lines of its Read Me. */
    void readMe() {
        ImportLog log = folder.log;
        Path file = folder.folder.resolve(READ_ME);
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

    ImportLog.FileLog occupationData() {
        return folder.readTable(OCCUPATION_DATA, List.of(CODE, TITLE, DESCRIPTION),
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

    boolean scales() {
        ImportLog.FileLog f = folder.readTable(SCALES, List.of(SCALE_ID, SCALE_NAME, MINIMUM, MAXIMUM),
                "reference: the rating scales with their bounds", row -> {
                    String id = row.required(SCALE_ID);
                    long min = Decimals.parse(row.required(MINIMUM), MINIMUM);
                    long max = Decimals.parse(row.required(MAXIMUM), MAXIMUM);
                    if (!(Decimals.value(min) < Decimals.value(max))) {
                        throw new BadValueException(MAXIMUM, "maximum " + row.text(MAXIMUM)
                                + " is not above minimum " + row.text(MINIMUM));
                    }
                    Scale scale = new Scale(folder.text(id), row.required(SCALE_NAME), min, max);
                    if (release.scales.putIfAbsent(id, scale) != null) {
                        throw new BadValueException(SCALE_ID, "scale " + id + " is listed twice; the first row is "
                                + "kept");
                    }
                    return null;
                });
        return OnetFolder.usable(f);
    }

    boolean contentModel() {
        ImportLog.FileLog f = folder.readTable(CONTENT_MODEL, List.of(ELEMENT_ID, ELEMENT_NAME),
                "reference: the content model's elements (skills, knowledge, interests...) with their names", row -> {
                    String id = row.required(ELEMENT_ID);
                    if (release.elements.putIfAbsent(folder.text(id), row.required(ELEMENT_NAME)) != null) {
                        throw new BadValueException(ELEMENT_ID, "element " + id + " is listed twice; the first row "
                                + "is kept");
                    }
                    return null;
                });
        return OnetFolder.usable(f);
    }

    void jobZoneReference() {
        folder.readTable(JOB_ZONE_REFERENCE, List.of(JOB_ZONE, NAME, EXPERIENCE, EDUCATION_COLUMN,
                        JOB_TRAINING, EXAMPLES, SVP_RANGE),
                "reference: what each job zone means (experience, education, training, examples)", row -> {
                    int zone = RowValues.zone(row);
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

    boolean educationCategories() {
        ImportLog.FileLog f = folder.readTable(EDUCATION_CATEGORIES, List.of(ELEMENT_ID, ELEMENT_NAME, SCALE_ID,
                        CATEGORY, CATEGORY_DESCRIPTION),
                "reference: what each category of education, experience and training means", row -> {
                    String scale = row.required(SCALE_ID);
                    CategoryGroup group = release.categories.computeIfAbsent(folder.text(scale),
                            s -> new CategoryGroup(s, folder.text(row.required(ELEMENT_ID)), row.required(ELEMENT_NAME),
                                    new LinkedHashMap<>()));
                    int category = row.integer(CATEGORY);
                    if (group.labels().putIfAbsent(category, row.required(CATEGORY_DESCRIPTION)) != null) {
                        throw new BadValueException(CATEGORY, "category " + category + " of scale " + scale
                                + " is listed twice; the first row is kept");
                    }
                    return null;
                });
        return OnetFolder.usable(f);
    }
}
