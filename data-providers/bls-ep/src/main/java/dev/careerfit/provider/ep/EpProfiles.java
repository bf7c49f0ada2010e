package dev.careerfit.provider.ep;

import dev.careerfit.education.CategoryDistribution;
import dev.careerfit.education.CategoryShare;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.education.EntryRequirement;
import dev.careerfit.education.Expectation;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.OutlookMeasure;
import dev.careerfit.market.WorkforceShare;
import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.Source;
import dev.careerfit.release.Workbook;
import dev.careerfit.role.DataGap;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one occupation of the EP tables into careerfit facts: the Table 1.2 projections as outlook
 * figures (counts multiplied out of thousands, exactly), the share of self-employed workers, the typical
 * entry education and the experience and training the BLS assigns, and the Table 5.3 attainment; a data
 * gap wherever the BLS prints "—". Used when a snapshot is written (to index each entry's kinds) and when a
 * profile is read, so the two always agree.
 */
final class EpProfiles {
    /** What Table 5.3's distribution measures. */
    static final String ATTAINMENT_MEASURE = "Educational attainment of workers 25 years and older";

    /** The BLS's typical-entry-education categories, as it words them. */
    static final List<String> EDUCATION_CATEGORIES = List.of("Doctoral or professional degree", "Master's degree",
            "Bachelor's degree", "Associate's degree", "Postsecondary nondegree award", "Some college, no degree",
            "High school diploma or equivalent", "No formal educational credential");
    /** The levels each category accepts, by canonical text. */
    private static final Map<String, List<EducationLevel>> EDUCATION_LEVELS = educationLevels();

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private EpProfiles() {}

    private static Map<String, List<EducationLevel>> educationLevels() {
        List<List<EducationLevel>> levels = List.of(
                List.of(EducationLevel.FIRST_PROFESSIONAL, EducationLevel.DOCTORATE), List.of(EducationLevel.MASTERS),
                List.of(EducationLevel.BACHELORS), List.of(EducationLevel.ASSOCIATES),
                List.of(EducationLevel.POST_SECONDARY_CERTIFICATE), List.of(EducationLevel.SOME_COLLEGE),
                List.of(EducationLevel.HIGH_SCHOOL), List.of(EducationLevel.LESS_THAN_HIGH_SCHOOL));
        Map<String, List<EducationLevel>> m = new LinkedHashMap<>();
        for (int i = 0; i < EDUCATION_CATEGORIES.size(); i++) {
            m.put(key(EDUCATION_CATEGORIES.get(i)), levels.get(i));
        }
        return Map.copyOf(m);
    }

    /** The levels a typical-entry-education category accepts; empty for a category careerfit does not know. */
    static Optional<List<EducationLevel>> levels(String category) {
        return Optional.ofNullable(EDUCATION_LEVELS.get(key(category)));
    }

    private static String key(String text) {
        // Typographic apostrophes are how a re-saved workbook often writes "Master's".
        return Workbook.canonical(text.replace('\u2019', '\''));
    }

    static RoleProfile profile(EpOccupation o, EpEdition edition, Source projections, Source attainment) {
        RoleProfile.Builder b = RoleProfile.builder(RoleId.of(o.code()));
        if (o.projection() != null) {
            projection(b, o.projection(), edition, projections);
        }
        if (o.attainment() != null) {
            attainment(b, o.attainment(), edition, attainment);
        } else if (edition.attainmentTable() != null) {
            b.add(FactKinds.DATA_GAP, new DataGap(FactKinds.ATTAINMENT, "Employment Projections "
                    + edition.attainmentTable() + " has no row for this occupation, so no educational attainment"),
                    Provenance.of(attainment).withOrigin(Origin.table(edition.attainmentTable())));
        }
        return b.build();
    }

    private static void projection(RoleProfile.Builder b, EpOccupation.Projection p, EpEdition e, Source source) {
        int base = e.baseYear();
        int end = e.projectionYear();
        Gaps gaps = new Gaps(b, e, source);
        Provenance baseYear = Provenance.of(source).withReferencePeriod(ReferencePeriod.year(base));
        Provenance period = Provenance.of(source).withReferencePeriod(ReferencePeriod.between(base, end));
        if (p.employment() != null) {
            b.add(FactKinds.OUTLOOK, new OutlookFigure(OutlookMeasure.JOBS_IN_YEAR, jobs(p.employment()), base, null,
                    null), at(baseYear, e, EpImporter.EMPLOYMENT).withNote(thousands(p.employment())));
        } else {
            gaps.add(FactKinds.OUTLOOK, EpImporter.EMPLOYMENT, "employment for " + base);
        }
        if (p.projectedEmployment() != null) {
            b.add(FactKinds.OUTLOOK, new OutlookFigure(OutlookMeasure.PROJECTED_JOBS_IN_YEAR,
                    jobs(p.projectedEmployment()), end, null, null), at(Provenance.of(source).withReferencePeriod(
                    ReferencePeriod.year(end)), e, EpImporter.PROJECTED).withNote("Projected in " + base + ". "
                    + thousands(p.projectedEmployment())));
        } else {
            gaps.add(FactKinds.OUTLOOK, EpImporter.PROJECTED, "projected employment for " + end);
        }
        if (p.change() != null) {
            b.add(FactKinds.OUTLOOK, new OutlookFigure(OutlookMeasure.EMPLOYMENT_CHANGE, jobs(p.change()), base, end,
                    null), at(period, e, EpImporter.CHANGE).withNote(thousands(p.change())));
        } else {
            gaps.add(FactKinds.OUTLOOK, EpImporter.CHANGE, "employment change");
        }
        if (p.changePercent() != null) {
            b.add(FactKinds.OUTLOOK, new OutlookFigure(OutlookMeasure.EMPLOYMENT_GROWTH_PERCENT,
                    p.changePercent().doubleValue(), base, end, null), at(period, e, EpImporter.CHANGE_PERCENT));
        } else {
            gaps.add(FactKinds.OUTLOOK, EpImporter.CHANGE_PERCENT, "percent employment change");
        }
        if (p.openings() != null) {
            b.add(FactKinds.OUTLOOK, new OutlookFigure(OutlookMeasure.OPENINGS_PER_YEAR, jobs(p.openings()), base, end,
                    null), at(period, e, EpImporter.OPENINGS).withNote("Openings a year on average, from growth and "
                    + "from replacing workers who leave the occupation or the labor force. " + thousands(p.openings())));
        } else {
            gaps.add(FactKinds.OUTLOOK, EpImporter.OPENINGS, "occupational openings");
        }
        if (p.selfEmployedPercent() != null) {
            b.add(FactKinds.WORKFORCE, new WorkforceShare("self-employed workers", p.selfEmployedPercent().doubleValue()),
                    at(baseYear, e, EpImporter.SELF_EMPLOYED).withNote("Percent of the occupation's " + base
                            + " jobs held by self-employed workers."));
        } else {
            gaps.add(FactKinds.WORKFORCE, EpImporter.SELF_EMPLOYED, "percent of self-employed workers");
        }
        if (p.education() != null) {
            List<EducationLevel> levels = levels(p.education()).orElseThrow(() -> new IllegalStateException(
                    "education category '" + p.education() + "' was not checked on import"));
            b.add(FactKinds.EDUCATION, new EducationRequirement(levels, Expectation.TYPICAL, List.of(), p.education()),
                    at(baseYear, e, EpImporter.EDUCATION).withNote("The BLS's category, in its words, for the "
                            + "typical education needed to enter the occupation (" + base + " assignment); careerfit "
                            + "places it at " + levels.stream().map(EducationLevel::label)
                                    .collect(java.util.stream.Collectors.joining(" or "))
                            + " on O*NET's scale to compare it with other sources."));
        } else {
            gaps.add(FactKinds.EDUCATION, EpImporter.EDUCATION, "typical education needed for entry");
        }
        entry(b, gaps, e, baseYear, EntryRequirement.Aspect.WORK_EXPERIENCE, p.experience(), EpImporter.EXPERIENCE);
        entry(b, gaps, e, baseYear, EntryRequirement.Aspect.ON_THE_JOB_TRAINING, p.training(), EpImporter.TRAINING);
    }

    private static void entry(RoleProfile.Builder b, Gaps gaps, EpEdition e, Provenance baseYear,
                              EntryRequirement.Aspect aspect, String category, int column) {
        if (category == null) {
            gaps.add(FactKinds.ENTRY_REQUIREMENT, column, aspect.label() + " assignment");
            return;
        }
        b.add(FactKinds.ENTRY_REQUIREMENT, new EntryRequirement(aspect, category), at(baseYear, e, column)
                .withNote("BLS category (" + e.baseYear() + " assignment)."));
    }

    private static void attainment(RoleProfile.Builder b, EpOccupation.Attainment a, EpEdition e, Source source) {
        Provenance p = Provenance.of(source).withReferencePeriod(ReferencePeriod.between(e.attainmentStart(),
                e.attainmentEnd())).withOrigin(Origin.table(e.attainmentTable())).withNote(a.note());
        if (a.percents().isEmpty()) {
            b.add(FactKinds.DATA_GAP, new DataGap(FactKinds.ATTAINMENT, "Employment Projections "
                    + e.attainmentTable() + " publishes no educational attainment for this occupation ('\u2014')"), p);
            return;
        }
        List<CategoryShare> shares = new ArrayList<>();
        for (int i = 0; i < a.percents().size(); i++) {
            shares.add(new CategoryShare(i + 1, e.attainmentLabels().get(i), a.percents().get(i).doubleValue(), null,
                    EpImporter.ATTAINMENT_CATEGORIES.get(i).level()));
        }
        b.add(FactKinds.ATTAINMENT, new CategoryDistribution(ATTAINMENT_MEASURE, shares), p);
    }

    /** A count published in thousands, as a whole count: 245.9 is 245,900, exactly. */
    private static double jobs(BigDecimal thousands) {
        return thousands.multiply(THOUSAND).doubleValue();
    }

    private static String thousands(BigDecimal published) {
        return "Published in thousands (" + published.toPlainString() + "); careerfit multiplies by 1,000.";
    }

    private static Provenance at(Provenance p, EpEdition e, int column) {
        return p.withOrigin(Origin.table(e.projectionTable()).withElement(null, e.projectionColumns().get(column)));
    }

    /** Says, where a figure would be, that Table 1.2 prints "—" for it. */
    private record Gaps(RoleProfile.Builder b, EpEdition e, Source source) {
        void add(FactKind<?> kind, int column, String what) {
            b.add(FactKinds.DATA_GAP, new DataGap(kind, "Employment Projections " + e.release() + " publishes no "
                    + what + " for this occupation ('\u2014' in " + e.projectionTable() + ")"),
                    at(Provenance.of(source), e, column));
        }
    }
}
