package dev.careerfit.provider.onet;

import static dev.careerfit.provider.onet.OnetFiles.CONTENT_MODEL;
import static dev.careerfit.provider.onet.OnetFiles.EDUCATION_CATEGORIES;
import static dev.careerfit.provider.onet.OnetFiles.OCCUPATION_DATA;
import static dev.careerfit.provider.onet.OnetFiles.SCALES;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.release.ImportLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an O*NET release folder in the official text layout (columns found by name) into an
 * {@link ImportedRelease}, accounting for every row of every file in an {@link ImportLog}: loaded,
 * skipped with a reason, or invalid with a problem naming file, line and column. A bad file does not
 * stop the others; a strict import stops at the first problem. This class says in which order the files
 * are read and what each needs; the files are read by {@link ReferenceFiles}, {@link OccupationTables},
 * {@link RatingTables} and {@link EducationTable}, through one {@link OnetFolder}.
 */
final class OnetImporter {
    private OnetImporter() {}

    /**
     * Reads the release in {@code folder}.
     *
     * @param subject names the import in exceptions, e.g. {@code O*NET release /data/onet-30.1}
     * @throws InvalidDataException in strict mode at the first problem, and always when the folder has
     *                              no usable {@code Occupation Data.txt}
     */
    static ImportedRelease read(Path folder, boolean strict, String subject) {
        OnetFolder reading = new OnetFolder(folder, new ImportLog(subject, strict));
        ImportedRelease release = reading.release;
        ReferenceFiles references = new ReferenceFiles(reading);
        references.readMe();
        ImportLog.FileLog occupations = references.occupationData();
        if (occupations == null || occupations.hasFailed() || release.occupations.isEmpty()) {
            List<Problem> problems = new ArrayList<>(reading.log.problems());
            problems.add(new Problem(OCCUPATION_DATA, (occupations == null ? "is not in the folder"
                    : "has no usable rows") + "; every O*NET role starts from it. Is this folder an O*NET text "
                    + "release?"));
            throw new InvalidDataException(subject, problems);
        }
        boolean scales = references.scales();
        boolean elements = references.contentModel();
        references.jobZoneReference();
        boolean categories = references.educationCategories();

        OccupationTables tables = new OccupationTables(reading);
        tables.alternateTitles();
        tables.reportedTitles();
        tables.tasks();

        // Ratings are checked against the scales and the content model, and not read without them.
        String needs = scales && elements ? null : !scales ? SCALES : CONTENT_MODEL;
        RatingTables ratings = new RatingTables(reading, needs);
        ratings.skills();
        ratings.knowledge();
        ratings.workStyles();
        ratings.interests();
        ratings.workValues();
        ratings.jobZones();
        new EducationTable(reading).read(needs != null ? needs : categories ? null : EDUCATION_CATEGORIES);

        tables.technologySkills();
        tables.relatedOccupations();
        reading.notUsed();
        release.report = reading.log.report(release.name.describe());
        return release;
    }
}
