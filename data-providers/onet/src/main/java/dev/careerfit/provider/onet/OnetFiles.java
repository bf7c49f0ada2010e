package dev.careerfit.provider.onet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files of the O*NET 30.1 text release, by what careerfit does with each: read for roles, read as
 * references, or left out with the reason why. Column names are those of the O*NET 30.1 data dictionary.
 */
final class OnetFiles {
    static final String READ_ME = "Read Me.txt";

    static final String OCCUPATION_DATA = "Occupation Data.txt";
    static final String ALTERNATE_TITLES = "Alternate Titles.txt";
    static final String REPORTED_TITLES = "Sample of Reported Titles.txt";
    static final String TASK_STATEMENTS = "Task Statements.txt";
    static final String SKILLS = "Skills.txt";
    static final String KNOWLEDGE = "Knowledge.txt";
    static final String INTERESTS = "Interests.txt";
    static final String WORK_VALUES = "Work Values.txt";
    static final String WORK_STYLES = "Work Styles.txt";
    static final String JOB_ZONES = "Job Zones.txt";
    static final String EDUCATION = "Education, Training, and Experience.txt";
    static final String TECHNOLOGY_SKILLS = "Technology Skills.txt";
    static final String RELATED_OCCUPATIONS = "Related Occupations.txt";

    static final String CONTENT_MODEL = "Content Model Reference.txt";
    static final String SCALES = "Scales Reference.txt";
    static final String JOB_ZONE_REFERENCE = "Job Zone Reference.txt";
    static final String EDUCATION_CATEGORIES = "Education, Training, and Experience Categories.txt";

    // Column names.
    static final String CODE = "O*NET-SOC Code";
    static final String TITLE = "Title";
    static final String DESCRIPTION = "Description";
    static final String ALTERNATE_TITLE = "Alternate Title";
    static final String SHORT_TITLE = "Short Title";
    static final String REPORTED_JOB_TITLE = "Reported Job Title";
    static final String SHOWN_IN_MY_NEXT_MOVE = "Shown in My Next Move";
    static final String TASK_ID = "Task ID";
    static final String TASK = "Task";
    static final String TASK_TYPE = "Task Type";
    static final String INCUMBENTS_RESPONDING = "Incumbents Responding";
    static final String ELEMENT_ID = "Element ID";
    static final String ELEMENT_NAME = "Element Name";
    static final String SCALE_ID = "Scale ID";
    static final String SCALE_NAME = "Scale Name";
    static final String MINIMUM = "Minimum";
    static final String MAXIMUM = "Maximum";
    static final String DATA_VALUE = "Data Value";
    static final String N = "N";
    static final String STANDARD_ERROR = "Standard Error";
    static final String LOWER_CI = "Lower CI Bound";
    static final String UPPER_CI = "Upper CI Bound";
    static final String RECOMMEND_SUPPRESS = "Recommend Suppress";
    static final String NOT_RELEVANT = "Not Relevant";
    static final String DATE = "Date";
    static final String DOMAIN_SOURCE = "Domain Source";
    static final String CATEGORY = "Category";
    static final String CATEGORY_DESCRIPTION = "Category Description";
    static final String JOB_ZONE = "Job Zone";
    static final String NAME = "Name";
    static final String EXPERIENCE = "Experience";
    static final String EDUCATION_COLUMN = "Education";
    static final String JOB_TRAINING = "Job Training";
    static final String EXAMPLES = "Examples";
    static final String SVP_RANGE = "SVP Range";
    static final String EXAMPLE = "Example";
    static final String COMMODITY_CODE = "Commodity Code";
    static final String COMMODITY_TITLE = "Commodity Title";
    static final String HOT_TECHNOLOGY = "Hot Technology";
    static final String IN_DEMAND = "In Demand";
    static final String RELATED_CODE = "Related O*NET-SOC Code";
    static final String RELATEDNESS_TIER = "Relatedness Tier";
    static final String INDEX = "Index";

    /** Files of a full release careerfit does not use, and why; each is counted and reported. */
    static final Map<String, String> NOT_USED;
    /** {@link #NOT_USED} in a fixed order, for a deterministic report. */
    static final List<String> NOT_USED_ORDER;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        String activities = "work activities are not part of careerfit's model yet";
        m.put("Abilities.txt", "abilities are not part of careerfit's model yet");
        m.put("Work Activities.txt", activities);
        m.put("Work Context.txt", "work context ratings are not part of careerfit's model yet");
        m.put("Task Ratings.txt", "task frequency, importance and relevance ratings are not part of careerfit's "
                + "model yet (task statements are)");
        m.put("Emerging Tasks.txt", "new and revised task statements O*NET is still reviewing, not yet part of an "
                + "occupation's task list");
        m.put("Tasks to DWAs.txt", "detailed work activities are not part of careerfit's model yet");
        m.put("DWA Reference.txt", "detailed work activities are not part of careerfit's model yet");
        m.put("IWA Reference.txt", "intermediate work activities are not part of careerfit's model yet");
        m.put("Tools Used.txt", "physical tools and equipment, not modelled yet (technology skills are)");
        m.put("UNSPSC Reference.txt", "the UNSPSC commodity hierarchy; careerfit keeps the commodity title given "
                + "with each technology skill");
        m.put("Occupation Level Metadata.txt", "survey metadata (collection mode, response rates), not about the "
                + "work itself");
        m.put("Survey Booklet Locations.txt", "where each element sits in the survey booklets; survey "
                + "administration, not occupation data");
        m.put("Level Scale Anchors.txt", "examples of what rating levels mean; not shown by careerfit yet");
        m.put("Task Categories.txt", "frequency categories of Task Ratings.txt, which careerfit does not read");
        m.put("Work Context Categories.txt", "categories of work context ratings, which careerfit does not model yet");
        m.put("Abilities to Work Activities.txt", "links abilities to work activities; " + activities);
        m.put("Abilities to Work Context.txt", "links abilities to work context; neither is part of careerfit's "
                + "model yet");
        m.put("Skills to Work Activities.txt", "links skills to work activities; " + activities);
        m.put("Skills to Work Context.txt", "links skills to work context; work context is not part of careerfit's "
                + "model yet");
        m.put("Basic Interests to RIASEC.txt", "links basic interests to the six RIASEC areas; careerfit uses the "
                + "RIASEC ratings");
        m.put("Interests Illustrative Activities.txt", "example activities explaining the interest areas; not "
                + "shown by careerfit yet");
        m.put("Interests Illustrative Occupations.txt", "example occupations for the interest areas; not shown by "
                + "careerfit yet");
        m.put("RIASEC Keywords.txt", "keywords describing the interest areas; not shown by careerfit yet");
        NOT_USED = Map.copyOf(m);
        NOT_USED_ORDER = List.copyOf(m.keySet());
    }

    /** Every file careerfit reads, references first (the data files are checked against them). */
    static final List<String> READ = List.of(OCCUPATION_DATA, SCALES, CONTENT_MODEL, JOB_ZONE_REFERENCE,
            EDUCATION_CATEGORIES, ALTERNATE_TITLES, REPORTED_TITLES, TASK_STATEMENTS, SKILLS, KNOWLEDGE, INTERESTS,
            WORK_VALUES, WORK_STYLES, JOB_ZONES, EDUCATION, TECHNOLOGY_SKILLS, RELATED_OCCUPATIONS);

    /** Every file of the release careerfit knows, read or not. */
    static Set<String> known() {
        Set<String> all = new TreeSet<>(READ);
        all.addAll(NOT_USED.keySet());
        all.add(READ_ME);
        return all;
    }

    private OnetFiles() {}
}
