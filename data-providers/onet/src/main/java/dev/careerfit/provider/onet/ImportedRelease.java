package dev.careerfit.provider.onet;

import dev.careerfit.fact.FactKind;
import dev.careerfit.spi.ImportReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An O*NET release as the importer read it, row by row and still in the release's own terms (codes,
 * element and scale ids, decimals as written), ready to be written as a snapshot. Lives only while a
 * snapshot is made. Its records carry values the importer has already checked row by row (and
 * reported when bad), so they do not check them again.
 */
final class ImportedRelease {
    ReleaseName name = ReleaseName.unnamed();
    /** Scales by id, in the order of Scales Reference.txt. */
    final Map<String, Scale> scales = new LinkedHashMap<>();
    /** Element names by id, in the order of Content Model Reference.txt. */
    final Map<String, String> elements = new LinkedHashMap<>();
    /** Category labels of Education, Training, and Experience, by scale id, in file order. */
    final Map<String, CategoryGroup> categories = new LinkedHashMap<>();
    /** Job zone meanings by zone, from Job Zone Reference.txt. */
    final Map<Integer, ZoneMeaning> zones = new LinkedHashMap<>();
    final List<Occupation> occupations = new ArrayList<>();
    final Map<String, Occupation> byCode = new HashMap<>();
    /** Kinds whose file loaded, so an occupation without them is a gap in O*NET rather than in the folder. */
    final Set<GapKind> gapKindsKnown = EnumSet.noneOf(GapKind.class);
    ImportReport report;

    /** One rating scale of Scales Reference.txt; minimum and maximum as packed decimals. */
    record Scale(String id, String name, long minimum, long maximum) {}

    /** The categories of one scale of Education, Training, and Experience Categories.txt. */
    record CategoryGroup(String scaleId, String elementId, String elementName, Map<Integer, String> labels) {}

    /** One line of Job Zone Reference.txt. */
    record ZoneMeaning(int zone, String name, String experience, String education, String training,
                       String examples, String svpRange) {}

    /** A Task Statements.txt row; {@code type} is {@code Core}, {@code Supplemental} or {@code null}. */
    record TaskRow(int id, String statement, String type, Integer incumbents, String date, String domain) {}

    /** A Sample of Reported Titles.txt row. */
    record ReportedTitleRow(String title, boolean shownInMyNextMove) {}

    /** One rating row (Skills, Knowledge, Work Styles, Interests, Work Values); decimals packed. */
    record RatingRow(String element, String scale, long value, Integer n, Long standardError, Long lower, Long upper,
                     Boolean suppress, Boolean notRelevant, String date, String domain) {}

    /** An Education, Training, and Experience row of one category, with its line for problems. */
    record CategoryRow(String scale, int category, long percent, Integer n, Long standardError, Long lower,
                       Long upper, Boolean suppress, String date, String domain, int line) {}

    /** A Job Zones.txt row. */
    record ZoneRow(int zone, String date, String domain) {}

    /** A Technology Skills.txt row. */
    record ToolRow(String example, String commodityCode, String commodityTitle, boolean hot, boolean inDemand) {}

    /** A Related Occupations.txt row. */
    record RelatedRow(String code, String tier, int rank) {}

    /** Everything read about one O*NET-SOC code, in file order. */
    static final class Occupation {
        final int index;
        final String code;
        final String title;
        final String description;
        final Set<String> alternateTitles = new LinkedHashSet<>();
        final Set<String> shortTitles = new LinkedHashSet<>();
        final List<ReportedTitleRow> reportedTitles = new ArrayList<>(0);
        final List<TaskRow> tasks = new ArrayList<>(0);
        final List<RatingRow> skills = new ArrayList<>(0);
        final List<RatingRow> knowledge = new ArrayList<>(0);
        final List<RatingRow> workStyles = new ArrayList<>(0);
        final List<RatingRow> interests = new ArrayList<>(0);
        final List<RatingRow> workValues = new ArrayList<>(0);
        ZoneRow zone;
        final List<CategoryRow> education = new ArrayList<>(0);
        final List<ToolRow> tools = new ArrayList<>(0);
        final List<RelatedRow> related = new ArrayList<>(0);
        /** Kinds with a row of this occupation that could not be read: their absence is not a gap in O*NET. */
        final Set<GapKind> uncertain = EnumSet.noneOf(GapKind.class);

        Occupation(int index, String code, String title, String description) {
            this.index = index;
            this.code = code;
            this.title = title;
            this.description = description;
        }

        /** Alternate titles, then each short title not among them. */
        List<String> allAlternateTitles() {
            Set<String> all = new LinkedHashSet<>(alternateTitles);
            all.addAll(shortTitles);
            return List.copyOf(all);
        }
    }

    /**
     * The kinds of O*NET fact whose absence for an occupation careerfit states as a gap, each with the
     * file that would hold it and the words that say it is missing.
     */
    enum GapKind {
        TASK(dev.careerfit.fact.FactKinds.TASK, OnetFiles.TASK_STATEMENTS, "task statements"),
        SKILL(dev.careerfit.fact.FactKinds.SKILL_RATING, OnetFiles.SKILLS, "skills ratings"),
        KNOWLEDGE(dev.careerfit.fact.FactKinds.KNOWLEDGE_RATING, OnetFiles.KNOWLEDGE, "knowledge ratings"),
        WORK_STYLE(dev.careerfit.fact.FactKinds.WORK_STYLE_RATING, OnetFiles.WORK_STYLES, "work styles ratings"),
        TOOL(dev.careerfit.fact.FactKinds.TOOL, OnetFiles.TECHNOLOGY_SKILLS, "technology skills"),
        EDUCATION(dev.careerfit.fact.FactKinds.EDUCATION_DISTRIBUTION, OnetFiles.EDUCATION,
                "required level of education"),
        PREPARATION(dev.careerfit.fact.FactKinds.PREPARATION, OnetFiles.EDUCATION,
                "work experience or training ratings"),
        JOB_ZONE(dev.careerfit.fact.FactKinds.JOB_ZONE, OnetFiles.JOB_ZONES, "job zone"),
        INTERESTS(dev.careerfit.fact.FactKinds.INTERESTS, OnetFiles.INTERESTS, "interest ratings"),
        WORK_VALUES(dev.careerfit.fact.FactKinds.WORK_VALUES, OnetFiles.WORK_VALUES, "work values");

        final FactKind<?> kind;
        final String file;
        final String what;

        GapKind(FactKind<?> kind, String file, String what) {
            this.kind = kind;
            this.file = file;
            this.what = what;
        }

        /** "O*NET 30.1 publishes no skills ratings for this occupation". */
        String statement(String release) {
            return release + " publishes no " + what + " for this occupation";
        }
    }
}
