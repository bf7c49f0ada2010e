package dev.careerfit.provider.onet;

import static dev.careerfit.provider.onet.OnetFiles.CATEGORY;
import static dev.careerfit.provider.onet.OnetFiles.CODE;
import static dev.careerfit.provider.onet.OnetFiles.DATA_VALUE;
import static dev.careerfit.provider.onet.OnetFiles.DATE;
import static dev.careerfit.provider.onet.OnetFiles.DOMAIN_SOURCE;
import static dev.careerfit.provider.onet.OnetFiles.EDUCATION;
import static dev.careerfit.provider.onet.OnetFiles.EDUCATION_CATEGORIES;
import static dev.careerfit.provider.onet.OnetFiles.ELEMENT_ID;
import static dev.careerfit.provider.onet.OnetFiles.LOWER_CI;
import static dev.careerfit.provider.onet.OnetFiles.N;
import static dev.careerfit.provider.onet.OnetFiles.RECOMMEND_SUPPRESS;
import static dev.careerfit.provider.onet.OnetFiles.SCALE_ID;
import static dev.careerfit.provider.onet.OnetFiles.STANDARD_ERROR;
import static dev.careerfit.provider.onet.OnetFiles.UPPER_CI;

import dev.careerfit.provider.onet.ImportedRelease.CategoryGroup;
import dev.careerfit.provider.onet.ImportedRelease.CategoryRow;
import dev.careerfit.provider.onet.ImportedRelease.GapKind;
import dev.careerfit.provider.onet.ImportedRelease.Occupation;
import dev.careerfit.provider.onet.ImportedRelease.Scale;
import dev.careerfit.release.BadValueException;
import dev.careerfit.release.ImportLog;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Education, Training, and Experience.txt: for each occupation, the percent of respondents in each
 * category of required education (RL), related work experience (RW), on-site training (PT) and
 * on-the-job training (OJ), the categories checked against Education, Training, and Experience
 * Categories.txt. A distribution that adds up to more than 100 percent is reported and left out.
 */
final class EducationTable {
    private static final Set<String> DISTRIBUTION_SCALES = Set.of("RL", "RW", "PT", "OJ");

    private final OnetFolder folder;

    EducationTable(OnetFolder folder) {
        this.folder = folder;
    }

    /**
     * Reads the file.
     *
     * @param needs the reference file its rows are checked against that is missing, or {@code null}
     */
    void read(String needs) {
        Map<String, Integer> seen = new HashMap<>();
        ImportLog.FileLog f = folder.table(EDUCATION, List.of(CODE, ELEMENT_ID, SCALE_ID, CATEGORY, DATA_VALUE, N,
                        STANDARD_ERROR, LOWER_CI, UPPER_CI, RECOMMEND_SUPPRESS, DATE, DOMAIN_SOURCE),
                "required level of education (RL), related work experience (RW), on-site training (PT) and "
                        + "on-the-job training (OJ): percent of respondents per category",
                new GapKind[] {GapKind.EDUCATION, GapKind.PREPARATION}, needs, (o, row) -> {
                    folder.element(row);
                    Scale scale = folder.scale(row);
                    if (!DISTRIBUTION_SCALES.contains(scale.id())) {
                        return scale.id().equals("IM")
                                ? "importance of a certification or apprenticeship (IM): not part of careerfit's "
                                        + "model yet"
                                : "scale " + scale.id() + ": not part of careerfit's model yet";
                    }
                    int category = row.integer(CATEGORY);
                    CategoryGroup group = folder.release.categories.get(scale.id());
                    if (group == null || !group.labels().containsKey(category)) {
                        throw new BadValueException(CATEGORY, "category " + category + " of scale " + scale.id()
                                + " is not in " + EDUCATION_CATEGORIES);
                    }
                    RowValues.once(seen, o.code + "\t" + scale.id() + "\t" + category, row, CATEGORY,
                            "category " + category + " of scale " + scale.id());
                    Long[] ci = RowValues.interval(row);
                    o.education.add(new CategoryRow(scale.id(), category, RowValues.value(row, scale),
                            RowValues.count(row, N), RowValues.nonNegative(row, STANDARD_ERROR), ci[0], ci[1],
                            row.flag(RECOMMEND_SUPPRESS), folder.date(row), folder.domain(row), row.line()));
                    return null;
                });
        if (f != null && !f.hasFailed()) {
            for (Occupation o : folder.release.occupations) {
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
}
