package dev.careerfit.fact;

import static dev.careerfit.fact.Wording.lower;
import static dev.careerfit.fact.Wording.money;
import static dev.careerfit.fact.Wording.number;
import static dev.careerfit.fact.Wording.signed;

import dev.careerfit.Api;
import dev.careerfit.education.CareerPath;
import dev.careerfit.education.CategoryDistribution;
import dev.careerfit.education.CategoryShare;
import dev.careerfit.education.EducationDistribution;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.education.EntryRequirement;
import dev.careerfit.education.JobZone;
import dev.careerfit.education.PathStep;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.Framing;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.market.IndustryShare;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.market.SatisfactionRate;
import dev.careerfit.market.WorkforceShare;
import dev.careerfit.role.Certification;
import dev.careerfit.role.DataGap;
import dev.careerfit.role.ElementRating;
import dev.careerfit.role.FaqEntry;
import dev.careerfit.role.InterestProfile;
import dev.careerfit.role.Misconception;
import dev.careerfit.role.Rating;
import dev.careerfit.role.ReportedTitle;
import dev.careerfit.role.SkillRequirement;
import dev.careerfit.role.Task;
import dev.careerfit.role.TaskKind;
import dev.careerfit.role.Tool;
import dev.careerfit.role.WorkValueProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every kind of fact careerfit knows, in display order. Each constant is the one place that says how
 * its facts are grouped, compared and worded; the catalog, provider documents, validation and every
 * report loop over {@link #all()}. The rules for when values disagree are documented in
 * docs/architecture.md ("When do sources disagree?"); keep the two in step.
 *
 * <p>To add a kind of fact: write its value record, add a constant here (its position is its place in
 * every listing), and
 * document its field in docs/provider-document-format.md.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class FactKinds {
    /** Two amounts agree when they differ by at most this fraction of the larger one. */
    public static final double RELATIVE_TOLERANCE = 0.01;
    /** Two percentages agree when they differ by at most this many points. */
    public static final double PERCENT_POINTS_TOLERANCE = 0.5;
    /** Two ratings agree when they differ by at most this fraction of their scale. */
    public static final double RATING_TOLERANCE = 0.05;

    /** Filled as the constants below initialise, in order; {@link #ALL} freezes it. */
    private static final List<FactKind<?>> KINDS = new ArrayList<>();

    // ---- Pay and the job market ----

    /** Pay at one place and currency; compared as annual central estimates. */
    public static final FactKind<SalaryBand> SALARY = add(FactKind.builder("salary", "salaries", SalaryBand.class, "Pay")
            .topic(s -> s.location().key() + ":" + s.currency().getCurrencyCode())
            .subject(s -> "salary in " + s.location() + " (" + s.currency().getCurrencyCode() + ")")
            .text(FactKinds::salaryText)
            .comparison(FactKind.Comparison.on("amount", FactKinds::salariesAgree)));

    /** Figures of the job outlook: growth, openings, jobs held; each measure counts something different. */
    public static final FactKind<OutlookFigure> OUTLOOK = add(FactKind.builder("outlook", "outlook",
                    OutlookFigure.class, "Job outlook")
            .topic(o -> o.measure() + ":" + o.year() + ":" + o.endYear()
                    + (o.measure().needsScope() ? ":" + o.scope().toLowerCase(Locale.ROOT) : ""))
            .subject(FactKinds::outlookSubject)
            .text(FactKinds::outlookText)
            .comparison(FactKind.Comparison.on("figure", (a, b) -> a.measure().isPercent()
                    ? closePercent(a.value(), b.value()) : closeAmounts(a.value(), b.value()))));

    /** What sources say about the outlook, in words. */
    public static final FactKind<String> OUTLOOK_STATEMENT = add(FactKind.builder("outlook-statement",
                    "outlookStatements", String.class, "What sources say about the outlook")
            .topic(s -> s.toLowerCase(Locale.ROOT)).text(s -> s));

    /** An industry's share of the role's jobs, or an industry named as an employer without a share. */
    public static final FactKind<IndustryShare> INDUSTRY = add(FactKind.builder("industry", "industries",
                    IndustryShare.class, "Industries")
            .topic(i -> (i.percent() == null ? "employer:" : "share:") + i.key())
            .subject(i -> i.percent() == null ? "employs people in the role: " + i.industry().toLowerCase(Locale.ROOT)
                    : "share of jobs in " + i.industry().toLowerCase(Locale.ROOT))
            .text(i -> i.percent() == null ? i.industry() + " (named as an employer; no share given)"
                    : i.industry() + ": " + number(i.percent()) + "% of jobs")
            .comparison(FactKind.Comparison.on("share", (a, b) -> a.percent() == null || b.percent() == null
                    || closePercent(a.percent(), b.percent()))));

    /** Industries and groups: the share of women, say. */
    public static final FactKind<WorkforceShare> WORKFORCE = add(FactKind.builder("workforce", "workforce",
                    WorkforceShare.class, "Who does the job")
            .topic(w -> w.group().toLowerCase(Locale.ROOT))
            .subject(w -> "share of " + w.group() + " in the workforce")
            .text(w -> w.group() + ": " + number(w.percent()) + "% of the workforce")
            .comparison(FactKind.Comparison.on("share", (a, b) -> closePercent(a.percent(), b.percent()))));

    /** Job satisfaction. */
    public static final FactKind<SatisfactionRate> SATISFACTION = add(FactKind.builder("satisfaction",
                    "satisfaction", SatisfactionRate.class, "Job satisfaction")
            .topic(s -> "satisfied").subject(s -> "job satisfaction")
            .text(s -> number(s.percent()) + "% satisfied with the job")
            .comparison(FactKind.Comparison.on("rate", (a, b) -> closePercent(a.percent(), b.percent()))));

    // ---- The way in ----

    /** The educational attainment of the people who hold the job (BLS, from the American Community Survey). */
    public static final FactKind<CategoryDistribution> ATTAINMENT = add(FactKind.builder("attainment",
                    "attainment", CategoryDistribution.class, "Education the people in the job hold")
            .topic(d -> d.measure().toLowerCase(Locale.ROOT))
            .subject(d -> d.measure().toLowerCase(Locale.ROOT))
            .text(FactKinds::distributionText)
            .comparison(FactKind.Comparison.on("shares", FactKinds::distributionsAgree)));

    /** O*NET's required level of education, as the people rating the occupation see it. */
    public static final FactKind<EducationDistribution> EDUCATION_DISTRIBUTION = add(FactKind.builder(
                    "education-distribution", "educationDistributions", EducationDistribution.class,
                    "Education the job requires, as rated")
            .topic(d -> "required-level").subject(d -> "required level of education, as respondents rate it")
            .text(d -> d.percentByLevel().entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<EducationLevel, Double>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> e.getKey().label() + " " + number(e.getValue()) + "%")
                    .collect(Collectors.joining(", ")))
            .comparison(FactKind.Comparison.on("shares",
                    (a, b) -> closeMaps(a.percentByLevel(), b.percentByLevel(), PERCENT_POINTS_TOLERANCE * 2))));

    /** Required and typical education are the way in; preferred and helpful are a separate question. */
    public static final FactKind<EducationRequirement> EDUCATION = add(FactKind.builder("education", "education",
                    EducationRequirement.class, "Education")
            .topic(e -> e.expectation().describesEntry() ? "entry" : "advantage")
            .subject(e -> e.expectation().describesEntry() ? "education needed to enter"
                    : "education that gives an advantage")
            .text(e -> lower(e.expectation()) + ": " + (e.label() != null ? e.label()
                    : e.levels().stream().map(EducationLevel::label).collect(Collectors.joining(" or ")))
                    + (e.fields().isEmpty() ? "" : " in " + String.join(", ", e.fields())))
            .comparison(FactKind.Comparison.on("minimum level", (a, b) -> a.minimumLevel() == b.minimumLevel()))
            .context(ATTAINMENT, EDUCATION_DISTRIBUTION));

    /** Work experience and on-the-job training the BLS assigns to the occupation. */
    public static final FactKind<EntryRequirement> ENTRY_REQUIREMENT = add(FactKind.builder("entry-requirement",
                    "entryRequirements", EntryRequirement.class, "Experience and training to get in")
            .topic(r -> r.aspect().name().toLowerCase(Locale.ROOT))
            .subject(r -> r.aspect().label())
            .text(r -> r.aspect().label() + ": " + r.requirement())
            .comparison(FactKind.Comparison.on("requirement",
                    (a, b) -> a.requirement().equalsIgnoreCase(b.requirement()))));

    /** O*NET's job zone, with its meaning. */
    public static final FactKind<JobZone> JOB_ZONE = add(FactKind.builder("job-zone", "jobZones", JobZone.class,
                    "Preparation needed (job zone)")
            .topic(z -> "job-zone").subject(z -> "job zone")
            .text(z -> "job zone " + z.value() + " of 5: " + z.label()
                    + (z.education() == null ? "" : ". " + z.education())
                    + (z.experience() == null ? "" : " " + z.experience()))
            .comparison(FactKind.Comparison.on("zone", (a, b) -> a.value() == b.value())));

    /** Related work experience, on-site and on-the-job training, as distributions over O*NET's categories. */
    public static final FactKind<CategoryDistribution> PREPARATION = add(FactKind.builder("preparation",
                    "preparation", CategoryDistribution.class, "Experience and training, as rated")
            .topic(d -> d.measure().toLowerCase(Locale.ROOT))
            .subject(d -> d.measure().toLowerCase(Locale.ROOT))
            .text(FactKinds::distributionText)
            .comparison(FactKind.Comparison.on("shares", FactKinds::distributionsAgree)));

    /** Routes into the role, step by step. */
    public static final FactKind<CareerPath> CAREER_PATH = add(FactKind.builder("career-path", "careerPaths",
                    CareerPath.class, "Ways in")
            .topic(p -> p.name().toLowerCase(Locale.ROOT))
            .text(p -> p.name() + ": " + p.steps().stream().map(FactKinds::step).collect(Collectors.joining(" -> "))));

    /** Relevant certifications. */
    public static final FactKind<Certification> CERTIFICATION = add(FactKind.builder("certification",
                    "certifications", Certification.class, "Certifications")
            .topic(c -> c.name().toLowerCase(Locale.ROOT)).text(c -> c.name() + " (" + c.issuer() + ")"));

    // ---- Skills, tools and knowledge ----

    /** Skills the sources name, with the proficiency needed. */
    public static final FactKind<SkillRequirement> SKILL = add(FactKind.builder("skill", "skills",
                    SkillRequirement.class, "Skills the sources name")
            .topic(s -> s.skill().id().value())
            .subject(s -> "proficiency needed in " + s.skill().name())
            .text(s -> s.skill().name() + ": " + lower(s.proficiency())
                    + (s.importance() == null ? "" : ", importance " + rating(s.importance()))
                    + (s.note() == null ? "" : " (" + s.note() + ")"))
            .comparison(FactKind.Comparison.on("proficiency", (a, b) -> a.proficiency() == b.proficiency())));

    /** O*NET skill ratings (importance and level). */
    public static final FactKind<ElementRating> SKILL_RATING = add(elementRatings("skill-rating", "skillRatings",
            "Skills (O*NET ratings)"));

    /** O*NET knowledge ratings (importance and level). */
    public static final FactKind<ElementRating> KNOWLEDGE_RATING = add(elementRatings("knowledge-rating",
            "knowledgeRatings", "Knowledge (O*NET ratings)"));

    /** Tools and technology used. */
    public static final FactKind<Tool> TOOL = add(FactKind.builder("tool", "tools", Tool.class, "Tools and technology")
            .topic(t -> t.name().toLowerCase(Locale.ROOT))
            .text(t -> t.name() + (t.category() == null ? "" : " (" + t.category() + ")")
                    + (t.isHotTechnology() ? ", hot technology" : "") + (t.inDemand() ? ", in demand" : "")));

    // ---- What the work is ----

    /** What people in the role do; O*NET's core and supplemental task statements. */
    public static final FactKind<Task> TASK = add(FactKind.builder("task", "tasks", Task.class, "Tasks")
            .topic(t -> t.statement().toLowerCase(Locale.ROOT))
            .text(t -> t.statement() + (t.kind() == TaskKind.SUPPLEMENTAL ? " (supplemental)"
                    : t.kind() == TaskKind.UNCLASSIFIED ? " (not yet classed as core or supplemental)" : "")));

    /** How strongly the role shows a work factor, and whether a source calls it a pro or a con. */
    public static final FactKind<FactorExposure> FACTOR = add(FactKind.builder("factor", "factors",
                    FactorExposure.class, "What the work is like")
            .topic(f -> f.factor().value())
            .subject(f -> WorkFactors.standard(f.factor()).map(WorkFactor::name).orElse(f.factor().value()))
            .text(f -> number(f.intensity()) + " of 5" + (f.framing() == Framing.NEUTRAL ? ""
                    : " (" + lower(f.framing()) + ")") + (f.statement() == null ? "" : ": " + f.statement()))
            .comparison(FactKinds::factorDifferences));

    /** O*NET occupational interests (RIASEC) and the high-point code. */
    public static final FactKind<InterestProfile> INTERESTS = add(FactKind.builder("interests", "interests",
                    InterestProfile.class, "Interests")
            .topic(p -> "interests").subject(p -> "interest profile")
            .text(p -> ratings(p.ratings()) + (p.highPoints().isEmpty() ? "" : "; high-point code " + p.code()))
            .comparison(FactKind.Comparison.on("ratings", (a, b) -> closeRatings(a.ratings(), b.ratings()))));

    /** O*NET work values and their high points. */
    public static final FactKind<WorkValueProfile> WORK_VALUES = add(FactKind.builder("work-values", "workValues",
                    WorkValueProfile.class, "Work values")
            .topic(p -> "work-values").subject(p -> "work value profile")
            .text(p -> ratings(p.ratings()) + (p.highPoints().isEmpty() ? "" : "; high points "
                    + p.highPoints().stream().map(Wording::lower).collect(Collectors.joining(", "))))
            .comparison(FactKind.Comparison.on("ratings", (a, b) -> closeRatings(a.ratings(), b.ratings()))));

    /** O*NET work style ratings. */
    public static final FactKind<ElementRating> WORK_STYLE_RATING = add(elementRatings("work-style-rating",
            "workStyleRatings", "Work styles (O*NET ratings)"));

    // ---- Titles, advice and what is not published ----

    /** Job titles people in the occupation reported. */
    public static final FactKind<ReportedTitle> REPORTED_TITLE = add(FactKind.builder("reported-title",
                    "reportedTitles", ReportedTitle.class, "Job titles people in it report")
            .topic(t -> t.title().toLowerCase(Locale.ROOT))
            .text(t -> t.title() + (t.shownInMyNextMove() ? " (shown in My Next Move)" : "")));

    public static final FactKind<Misconception> MISCONCEPTION = add(FactKind.builder("misconception",
                    "misconceptions", Misconception.class, "Common misconceptions")
            .topic(m -> m.myth().toLowerCase(Locale.ROOT)).text(m -> "\"" + m.myth() + "\": " + m.reality()));

    public static final FactKind<FaqEntry> FAQ = add(FactKind.builder("faq", "faqs", FaqEntry.class,
                    "Questions people ask")
            .topic(f -> f.question().toLowerCase(Locale.ROOT)).text(f -> f.question() + " " + f.answer()));

    public static final FactKind<String> TIP = add(FactKind.builder("tip", "tips", String.class, "Tips")
            .topic(s -> s.toLowerCase(Locale.ROOT)).text(s -> s));

    /** What a source does not publish for the role, said where the facts would be. */
    public static final FactKind<DataGap> DATA_GAP = add(FactKind.builder("data-gap", "dataGaps", DataGap.class,
                    "Not published")
            .topic(g -> g.kind() + ":" + g.statement().toLowerCase(Locale.ROOT)).text(DataGap::statement));

    private static final List<FactKind<?>> ALL = List.copyOf(KINDS);

    private FactKinds() {}

    /** Every kind, in display order. */
    public static List<FactKind<?>> all() {
        return ALL;
    }

    // ---- Comparisons ----

    static boolean closeAmounts(double a, double b) {
        double larger = Math.max(Math.abs(a), Math.abs(b));
        return larger == 0 || Math.abs(a - b) <= RELATIVE_TOLERANCE * larger + 1e-9;
    }

    static boolean closePercent(double a, double b) {
        return Math.abs(a - b) <= PERCENT_POINTS_TOLERANCE + 1e-9;
    }

    /**
     * Salaries agree when their annual figures of the same statistic are within {@link #RELATIVE_TOLERANCE}:
     * the medians when both give one, else the means, else their central estimates. A top-coded figure
     * ("at least $239,200") agrees with any figure at or above its limit.
     */
    private static boolean salariesAgree(SalaryBand a, SalaryBand b) {
        SalaryBand x = a.convertTo(PayPeriod.ANNUAL);
        SalaryBand y = b.convertTo(PayPeriod.ANNUAL);
        if (x.median() != null && y.median() != null) {
            return amountsAgree(x.median(), x.isTopCoded(SalaryBand.MEDIAN), y.median(), y.isTopCoded(SalaryBand.MEDIAN));
        }
        if (x.mean() != null && y.mean() != null) {
            return amountsAgree(x.mean(), x.isTopCoded(SalaryBand.MEAN), y.mean(), y.isTopCoded(SalaryBand.MEAN));
        }
        // A value inside a stated range agrees with it (Glassdoor's $110,000 to $150,000 holds a mean of
        // $120,000), and two ranges agree when they overlap: a range is not a figure of its midpoint.
        if (x.hasRange() && y.hasRange()) {
            return within(x.low(), y.low(), y.high()) || within(y.low(), x.low(), x.high());
        }
        if (x.hasRange() || y.hasRange()) {
            SalaryBand range = x.hasRange() ? x : y;
            SalaryBand point = range == x ? y : x;
            return within(point.centralEstimate(), range.low(), range.high())
                    || point.centralEstimateTopCoded() && within(range.high(), point.centralEstimate(), range.high());
        }
        return amountsAgree(x.centralEstimate(), x.centralEstimateTopCoded(), y.centralEstimate(),
                y.centralEstimateTopCoded());
    }

    /** Whether {@code amount} lies in {@code low} to {@code high}, give or take {@link #RELATIVE_TOLERANCE}. */
    private static boolean within(BigDecimal amount, BigDecimal low, BigDecimal high) {
        double v = amount.doubleValue();
        return v >= low.doubleValue() * (1 - RELATIVE_TOLERANCE) && v <= high.doubleValue() * (1 + RELATIVE_TOLERANCE);
    }

    private static boolean amountsAgree(BigDecimal a, boolean aAtLeast, BigDecimal b, boolean bAtLeast) {
        double x = a.doubleValue();
        double y = b.doubleValue();
        if (aAtLeast && bAtLeast) {
            return true;
        }
        if (aAtLeast) {
            return y >= x * (1 - RELATIVE_TOLERANCE);
        }
        if (bAtLeast) {
            return x >= y * (1 - RELATIVE_TOLERANCE);
        }
        return closeAmounts(x, y);
    }

    /**
     * Factors differ in framing when one source calls the factor a pro and another a con (a neutral
     * framing agrees with either), and in amount when their intensities are more than one point apart.
     */
    private static List<String> factorDifferences(FactorExposure a, FactorExposure b) {
        List<String> d = new ArrayList<>(2);
        if (Math.abs(a.intensity() - b.intensity()) > 1.0) {
            d.add("amount");
        }
        if (a.framing() != b.framing() && a.framing() != Framing.NEUTRAL && b.framing() != Framing.NEUTRAL) {
            d.add("framing as pro or con");
        }
        return d;
    }

    private static boolean distributionsAgree(CategoryDistribution a, CategoryDistribution b) {
        if (a.shares().size() != b.shares().size()) {
            return false;
        }
        for (int i = 0; i < a.shares().size(); i++) {
            CategoryShare x = a.shares().get(i);
            CategoryShare y = b.shares().get(i);
            if (x.category() != y.category() || Math.abs(x.percent() - y.percent()) > PERCENT_POINTS_TOLERANCE * 2) {
                return false;
            }
        }
        return true;
    }

    private static <K> boolean closeMaps(Map<K, Double> a, Map<K, Double> b, double tolerance) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> Math.abs(e.getValue() - b.get(e.getKey())) <= tolerance);
    }

    private static <K> boolean closeRatings(Map<K, Rating> a, Map<K, Rating> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e ->
                Math.abs(e.getValue().normalised() - b.get(e.getKey()).normalised()) <= RATING_TOLERANCE);
    }

    // ---- Wording ----

    private static FactKind.Builder<ElementRating> elementRatings(String id, String field, String heading) {
        return FactKind.builder(id, field, ElementRating.class, heading)
                .topic(r -> r.element().id() + ":" + r.rating().scale().id())
                .subject(r -> r.element().name() + " (" + r.rating().scale().name().toLowerCase(Locale.ROOT) + ")")
                .text(r -> r.element().name() + ": " + r.rating().scale().name().toLowerCase(Locale.ROOT) + " "
                        + number(r.rating().value()) + " on " + number(r.rating().scale().minimum()) + " to "
                        + number(r.rating().scale().maximum()))
                .comparison(FactKind.Comparison.on("rating", (a, b) ->
                        Math.abs(a.rating().normalised() - b.rating().normalised()) <= RATING_TOLERANCE));
    }

    /** {@code median $108,020, mean $112,590, 10th percentile $61,070 ... a year (also stated per hour: ...)}. */
    static String salaryText(SalaryBand b) {
        String text = statistics(b);
        if (b.otherPeriod() != null) {
            text += "; " + statistics(b.otherPeriod());
        }
        return text;
    }

    private static String statistics(SalaryBand b) {
        List<String> parts = new ArrayList<>();
        if (b.median() != null) {
            parts.add("median " + amount(b, SalaryBand.MEDIAN, b.median()));
        }
        if (b.mean() != null) {
            parts.add("mean " + amount(b, SalaryBand.MEAN, b.mean()));
        }
        if (b.hasRange()) {
            parts.add("range " + amount(b, SalaryBand.LOW, b.low()) + " to " + amount(b, SalaryBand.HIGH, b.high()));
        }
        b.percentiles().forEach((p, v) -> parts.add(ordinal(p) + " percentile " + amount(b, SalaryBand.percentile(p), v)));
        for (String s : b.unavailable()) {
            parts.add(statisticName(s) + " not available");
        }
        return String.join(", ", parts) + (b.period() == PayPeriod.HOURLY ? " an hour" : " a year")
                + (b.basis() == null ? "" : " (" + b.basis() + ")");
    }

    private static String amount(SalaryBand b, String statistic, BigDecimal value) {
        return money(value, b.currency(), b.period()) + (b.isTopCoded(statistic) ? " or more" : "");
    }

    private static String statisticName(String s) {
        return s.startsWith("p") ? ordinal(Integer.parseInt(s.substring(1))) + " percentile" : s;
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    private static String period(OutlookFigure o) {
        return o.year() == null ? "" : o.endYear() == null ? " " + o.year() : " " + o.year() + "-" + o.endYear();
    }

    private static String outlookSubject(OutlookFigure o) {
        return switch (o.measure()) {
            case EMPLOYMENT_GROWTH_PERCENT -> "employment growth" + period(o);
            case EMPLOYMENT_CHANGE -> "change in jobs" + period(o);
            case OPENINGS_PER_YEAR -> "openings a year" + (o.year() == null ? "" : ", average over" + period(o));
            case JOBS_IN_YEAR -> "jobs in" + period(o);
            case PROJECTED_JOBS_IN_YEAR -> "jobs projected for" + period(o);
            case WAGE_AND_SALARY_JOBS -> "wage and salary jobs in" + period(o);
            case CURRENT_OPENINGS -> "current openings";
            case SECTOR_GROWTH_PERCENT -> "growth of the " + o.scope() + " in" + period(o);
            case OPENINGS_CHANGE_PERCENT -> "change in job openings" + period(o);
        };
    }

    private static String outlookText(OutlookFigure o) {
        String scope = o.scope() == null || o.measure().needsScope() ? "" : " (" + o.scope() + ")";
        return switch (o.measure()) {
            case EMPLOYMENT_GROWTH_PERCENT -> signed(o.value()) + "% employment growth" + period(o) + scope;
            case EMPLOYMENT_CHANGE -> signed(o.value()) + " jobs" + period(o) + scope;
            case OPENINGS_PER_YEAR -> number(o.value()) + " openings a year"
                    + (o.year() == null ? "" : " on average," + period(o)) + scope;
            case JOBS_IN_YEAR -> number(o.value()) + " jobs in" + period(o) + scope;
            case PROJECTED_JOBS_IN_YEAR -> number(o.value()) + " jobs projected for" + period(o) + scope;
            case WAGE_AND_SALARY_JOBS -> number(o.value()) + " wage and salary jobs in" + period(o)
                    + " (the self-employed not counted)" + scope;
            case CURRENT_OPENINGS -> number(o.value()) + " open positions" + scope;
            case SECTOR_GROWTH_PERCENT -> signed(o.value()) + "% growth of the " + o.scope() + " in" + period(o)
                    + " (the sector's growth, not the role's)";
            case OPENINGS_CHANGE_PERCENT -> signed(o.value()) + "% change in job openings" + period(o)
                    + " (openings, not jobs held)" + scope;
        };
    }

    private static String distributionText(CategoryDistribution d) {
        return d.shares().stream().filter(s -> s.percent() > 0)
                .sorted(Comparator.comparingInt(CategoryShare::category))
                .map(s -> s.label() + " " + number(s.percent()) + "%")
                .collect(Collectors.joining("; "));
    }

    private static String step(PathStep s) {
        return s.title() + (s.duration() == null ? "" : " (" + s.duration() + ")") + (s.optional() ? " [optional]" : "");
    }

    private static String ratings(Map<? extends Enum<?>, Rating> ratings) {
        return ratings.entrySet().stream()
                .sorted((a, b) -> a.getValue().value() != b.getValue().value()
                        ? Double.compare(b.getValue().value(), a.getValue().value())
                        // Ties in the order of the scale's own list, not of a hash map, so the words never change.
                        : Integer.compare(a.getKey().ordinal(), b.getKey().ordinal()))
                .map(e -> lower(e.getKey()) + " " + rating(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String rating(Rating r) {
        return number(r.value()) + " of " + number(r.scale().maximum());
    }

    // ---- Registration ----

    private static <T> FactKind<T> add(FactKind.Builder<T> builder) {
        FactKind<T> kind = builder.build(KINDS.size());
        KINDS.add(kind);
        return kind;
    }
}
