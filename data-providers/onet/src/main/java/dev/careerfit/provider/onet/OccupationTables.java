package dev.careerfit.provider.onet;

import static dev.careerfit.provider.onet.OnetFiles.ALTERNATE_TITLE;
import static dev.careerfit.provider.onet.OnetFiles.ALTERNATE_TITLES;
import static dev.careerfit.provider.onet.OnetFiles.CODE;
import static dev.careerfit.provider.onet.OnetFiles.COMMODITY_CODE;
import static dev.careerfit.provider.onet.OnetFiles.COMMODITY_TITLE;
import static dev.careerfit.provider.onet.OnetFiles.DATE;
import static dev.careerfit.provider.onet.OnetFiles.DOMAIN_SOURCE;
import static dev.careerfit.provider.onet.OnetFiles.EXAMPLE;
import static dev.careerfit.provider.onet.OnetFiles.HOT_TECHNOLOGY;
import static dev.careerfit.provider.onet.OnetFiles.INCUMBENTS_RESPONDING;
import static dev.careerfit.provider.onet.OnetFiles.INDEX;
import static dev.careerfit.provider.onet.OnetFiles.IN_DEMAND;
import static dev.careerfit.provider.onet.OnetFiles.OCCUPATION_DATA;
import static dev.careerfit.provider.onet.OnetFiles.RELATEDNESS_TIER;
import static dev.careerfit.provider.onet.OnetFiles.RELATED_CODE;
import static dev.careerfit.provider.onet.OnetFiles.RELATED_OCCUPATIONS;
import static dev.careerfit.provider.onet.OnetFiles.REPORTED_JOB_TITLE;
import static dev.careerfit.provider.onet.OnetFiles.REPORTED_TITLES;
import static dev.careerfit.provider.onet.OnetFiles.SHORT_TITLE;
import static dev.careerfit.provider.onet.OnetFiles.SHOWN_IN_MY_NEXT_MOVE;
import static dev.careerfit.provider.onet.OnetFiles.TASK;
import static dev.careerfit.provider.onet.OnetFiles.TASK_ID;
import static dev.careerfit.provider.onet.OnetFiles.TASK_STATEMENTS;
import static dev.careerfit.provider.onet.OnetFiles.TASK_TYPE;
import static dev.careerfit.provider.onet.OnetFiles.TECHNOLOGY_SKILLS;

import dev.careerfit.provider.onet.ImportedRelease.GapKind;
import dev.careerfit.provider.onet.ImportedRelease.RelatedRow;
import dev.careerfit.provider.onet.ImportedRelease.ReportedTitleRow;
import dev.careerfit.provider.onet.ImportedRelease.TaskRow;
import dev.careerfit.provider.onet.ImportedRelease.ToolRow;
import dev.careerfit.release.BadValueException;
import java.util.List;

/**
 * The files about what each occupation is called and does: Alternate Titles.txt, Sample of Reported
 * Titles.txt, Task Statements.txt, Technology Skills.txt and Related Occupations.txt.
 */
final class OccupationTables {
    private final OnetFolder folder;

    OccupationTables(OnetFolder folder) {
        this.folder = folder;
    }

    void alternateTitles() {
        folder.occupationRows(ALTERNATE_TITLES, List.of(CODE, ALTERNATE_TITLE, SHORT_TITLE),
                "other titles of each occupation, and their short forms", (o, row) -> {
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

    void reportedTitles() {
        folder.occupationRows(REPORTED_TITLES, List.of(CODE, REPORTED_JOB_TITLE, SHOWN_IN_MY_NEXT_MOVE),
                "job titles people in each occupation reported", (o, row) -> {
                    o.reportedTitles.add(new ReportedTitleRow(row.required(REPORTED_JOB_TITLE),
                            Boolean.TRUE.equals(row.flag(SHOWN_IN_MY_NEXT_MOVE))));
                    return null;
                });
    }

    void tasks() {
        folder.table(TASK_STATEMENTS,
                List.of(CODE, TASK_ID, TASK, TASK_TYPE, INCUMBENTS_RESPONDING, DATE, DOMAIN_SOURCE),
                "task statements, core or supplemental, with the number of incumbents responding",
                new GapKind[] {GapKind.TASK}, null, (o, row) -> {
                    String type = row.optional(TASK_TYPE);
                    if (type != null && !type.equals("Core") && !type.equals("Supplemental")) {
                        throw new BadValueException(TASK_TYPE, "'" + type + "' must be Core, Supplemental or n/a");
                    }
                    o.tasks.add(new TaskRow(row.integer(TASK_ID), row.required(TASK), folder.text(type),
                            RowValues.count(row, INCUMBENTS_RESPONDING), folder.date(row), folder.domain(row)));
                    return null;
                });
    }

    void technologySkills() {
        folder.table(TECHNOLOGY_SKILLS,
                List.of(CODE, EXAMPLE, COMMODITY_CODE, COMMODITY_TITLE, HOT_TECHNOLOGY, IN_DEMAND),
                "technology used in each occupation, with O*NET's hot-technology and in-demand flags",
                new GapKind[] {GapKind.TOOL}, null, (o, row) -> {
                    o.tools.add(new ToolRow(folder.text(row.required(EXAMPLE)),
                            folder.text(row.optional(COMMODITY_CODE)), folder.text(row.optional(COMMODITY_TITLE)),
                            Boolean.TRUE.equals(row.flag(HOT_TECHNOLOGY)), Boolean.TRUE.equals(row.flag(IN_DEMAND))));
                    return null;
                });
    }

    void relatedOccupations() {
        folder.occupationRows(RELATED_OCCUPATIONS, List.of(CODE, RELATED_CODE, RELATEDNESS_TIER, INDEX),
                "each occupation's related occupations, by relatedness tier and rank", (o, row) -> {
                    String related = row.required(RELATED_CODE);
                    if (!folder.release.byCode.containsKey(related)) {
                        return "related O*NET-SOC code not in " + OCCUPATION_DATA;
                    }
                    int rank = row.integer(INDEX);
                    if (rank < 1) {
                        throw new BadValueException(INDEX, "rank " + rank + " must be 1 or more");
                    }
                    o.related.add(new RelatedRow(related, folder.text(row.required(RELATEDNESS_TIER)), rank));
                    return null;
                });
    }
}
