package dev.careerfit.factor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The standard work factors every catalog knows. Providers may declare more; roles may refer to
 * any factor the catalog knows.
 *
 * @since 0.1
 */
public final class WorkFactors {
    public static final WorkFactor PAY = WorkFactor.of("pay", "Pay and benefits",
            "How well the role pays compared with other work, including benefits such as health cover and bonuses.");
    public static final WorkFactor JOB_DEMAND = WorkFactor.of("job-demand", "Demand and job security",
            "How many employers are looking for people in the role, and how safe a job in it is.");
    public static final WorkFactor INTELLECTUAL_CHALLENGE = WorkFactor.of("intellectual-challenge",
            "Intellectual challenge", "How much of the work is hard, open-ended problem solving.");
    public static final WorkFactor REAL_WORLD_IMPACT = WorkFactor.of("real-world-impact", "Real-world impact",
            "How directly the work changes things for people outside the team, from patients to customers.");
    public static final WorkFactor CONTINUOUS_LEARNING = WorkFactor.of("continuous-learning", "Continuous learning",
            "How fast the field moves, and so how much time goes into learning new methods and tools.");
    public static final WorkFactor MESSY_DATA = WorkFactor.of("messy-data", "Messy data and debugging",
            "How much time goes into cleaning untidy data and tracking down why a system misbehaves.");
    public static final WorkFactor PRESSURE = WorkFactor.of("pressure", "Pressure and responsibility",
            "How much rides on the work being right: systems others rely on, where mistakes are costly.");
    public static final WorkFactor DEADLINE_HOURS = WorkFactor.of("deadline-hours", "Long hours at deadlines",
            "How often the work runs into evenings or weekends as a deadline nears.");
    public static final WorkFactor MATHS_INTENSITY = WorkFactor.of("maths-intensity", "Maths intensity",
            "How much the work relies on mathematics, statistics and probability.");
    public static final WorkFactor PROGRAMMING_INTENSITY = WorkFactor.of("programming-intensity",
            "Programming intensity", "How much of the day is spent writing, reading and fixing code.");
    public static final WorkFactor COLLABORATION = WorkFactor.of("collaboration", "Collaboration",
            "How much the work is done with other people and other disciplines rather than alone.");
    public static final WorkFactor DOMAIN_KNOWLEDGE = WorkFactor.of("domain-knowledge", "Domain knowledge",
            "How much the work needs an understanding of the business or field it serves (finance, health...).");
    public static final WorkFactor EDUCATION_INVESTMENT = WorkFactor.of("education-investment",
            "Years of education", "How many years of study the usual way into the role takes.");
    public static final WorkFactor PRODUCTION_ENGINEERING = WorkFactor.of("production-engineering",
            "Production engineering", "How much of the work is building, deploying and running systems that must "
                    + "stay fast and reliable.");
    public static final WorkFactor DATA_ANALYSIS = WorkFactor.of("data-analysis", "Data analysis and insight",
            "How much of the work is exploring data, finding patterns and explaining what they mean.");
    public static final WorkFactor INDUSTRY_VARIETY = WorkFactor.of("industry-variety", "Choice of industries",
            "How many different industries hire for the role, and so how freely one can move between them.");
    public static final WorkFactor CUTTING_EDGE = WorkFactor.of("cutting-edge", "New technology",
            "How much the work is with technology that is new and still changing.");
    public static final WorkFactor CAREER_GROWTH = WorkFactor.of("career-growth", "Room to grow",
            "How much room the role gives to advance into more senior or specialised work.");

    private static final List<WorkFactor> STANDARD = List.of(PAY, JOB_DEMAND, INTELLECTUAL_CHALLENGE,
            REAL_WORLD_IMPACT, CONTINUOUS_LEARNING, MESSY_DATA, PRESSURE, DEADLINE_HOURS, MATHS_INTENSITY,
            PROGRAMMING_INTENSITY, COLLABORATION, DOMAIN_KNOWLEDGE, EDUCATION_INVESTMENT, PRODUCTION_ENGINEERING,
            DATA_ANALYSIS, INDUSTRY_VARIETY, CUTTING_EDGE, CAREER_GROWTH);

    private static final Map<FactorId, WorkFactor> BY_ID = STANDARD.stream()
            .collect(Collectors.toUnmodifiableMap(WorkFactor::id, Function.identity()));

    private WorkFactors() {}

    /** Every standard factor, in a fixed order. */
    public static List<WorkFactor> standard() {
        return STANDARD;
    }

    public static Optional<WorkFactor> standard(FactorId id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
