package dev.careerfit.quiz.bank;

import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.role.Proficiency;
import dev.careerfit.role.Skill;
import dev.careerfit.role.SkillId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The questions careerfit asks, read from versioned documents (format {@value #FORMAT}): the built-in
 * bank plus any that provider jars list in {@code META-INF/careerfit/questions}. Get one from
 * {@link QuestionBanks}; {@link #forCatalog(CareerCatalog)} adds a self-rating question for every
 * skill the catalog's roles require. Immutable and safe to share between threads.
 *
 * @since 0.1
 */
public final class QuestionBank {
    /** The format every bank document declares. */
    public static final String FORMAT = "careerfit-questions/1";
    /** Prefix of the ids of generated skill questions: {@code skill.python}. */
    public static final String SKILL_PREFIX = "skill.";
    /** The document id given to generated skill questions. */
    public static final String GENERATED = "generated";

    private final String id;
    private final String version;
    private final List<BankPart> parts;
    private final List<ResponseOption> agreementScale;
    private final List<ResponseOption> importanceScale;
    private final String notSureLabel;
    private final String skipLabel;
    private final String skillTemplate;
    private final List<Question> questions;
    private final Map<String, Question> byId;
    private final Map<FactorId, List<Question>> agreementByFactor;
    private final Map<FactorId, Question> importanceByFactor;
    private final Map<SkillId, Question> bySkill;

    QuestionBank(String id, String version, List<BankPart> parts, List<ResponseOption> agreementScale,
                 List<ResponseOption> importanceScale, String notSureLabel, String skipLabel, String skillTemplate,
                 List<Question> questions) {
        this.id = id;
        this.version = version;
        this.parts = List.copyOf(parts);
        this.agreementScale = List.copyOf(agreementScale);
        this.importanceScale = List.copyOf(importanceScale);
        this.notSureLabel = notSureLabel;
        this.skipLabel = skipLabel;
        this.skillTemplate = skillTemplate;
        this.questions = List.copyOf(questions);
        Map<String, Question> ids = new LinkedHashMap<>();
        Map<FactorId, List<Question>> agreement = new TreeMap<>();
        Map<FactorId, Question> importance = new TreeMap<>();
        Map<SkillId, Question> skills = new TreeMap<>();
        for (Question q : this.questions) {
            if (ids.putIfAbsent(q.id(), q) != null) {
                throw new IllegalArgumentException("question id '" + q.id() + "' is used twice");
            }
            switch (q.kind()) {
                case AGREEMENT -> agreement.computeIfAbsent(q.factor(), f -> new ArrayList<>()).add(q);
                case IMPORTANCE -> importance.put(q.factor(), q);
                case SKILL_RATING -> skills.put(q.skill(), q);
                default -> { }
            }
        }
        agreement.replaceAll((f, qs) -> List.copyOf(qs));
        this.byId = Collections.unmodifiableMap(ids);
        this.agreementByFactor = Collections.unmodifiableMap(agreement);
        this.importanceByFactor = Collections.unmodifiableMap(importance);
        this.bySkill = Collections.unmodifiableMap(skills);
    }

    /** The id of the built-in (first) document. */
    public String id() {
        return id;
    }

    /** The version of the built-in (first) document; answers files must name it. */
    public String version() {
        return version;
    }

    /** Every document the bank was read from, the built-in one first. */
    public List<BankPart> parts() {
        return parts;
    }

    /** Every question, in document order, generated skill questions last. */
    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(byId.get(questionId));
    }

    /** The agreement items on {@code factor}, in document order; empty when the bank has none. */
    public List<Question> agreementQuestions(FactorId factor) {
        return agreementByFactor.getOrDefault(factor, List.of());
    }

    public Optional<Question> importanceQuestion(FactorId factor) {
        return Optional.ofNullable(importanceByFactor.get(factor));
    }

    public Optional<Question> skillQuestion(SkillId skill) {
        return Optional.ofNullable(bySkill.get(skill));
    }

    /** The question on the highest education the person holds, if the bank has one. */
    public Optional<Question> educationQuestion() {
        return first(QuestionKind.EDUCATION_HELD);
    }

    /** The question on how many years of study the person is willing to invest, if the bank has one. */
    public Optional<Question> studyYearsQuestion() {
        return first(QuestionKind.STUDY_YEARS);
    }

    /** The factors the bank has agreement items on. */
    public Set<FactorId> factors() {
        return agreementByFactor.keySet();
    }

    /** The five-point agree-disagree scale, 1 (strongly disagree) to 5 (strongly agree). */
    public List<ResponseOption> agreementScale() {
        return agreementScale;
    }

    /** The five-point importance scale, 1 (not at all) to 5 (extremely). */
    public List<ResponseOption> importanceScale() {
        return importanceScale;
    }

    /** The words for the "not sure" answer. */
    public String notSureLabel() {
        return notSureLabel;
    }

    /** The words for skipping a question. */
    public String skipLabel() {
        return skipLabel;
    }

    /**
     * This bank with a self-rating question for every skill any of the catalog's roles requires (ids
     * {@code skill.<skill id>}, the {@link Proficiency} levels and their anchors as options). Skills
     * that already have a question keep it.
     */
    public QuestionBank forCatalog(CareerCatalog catalog) {
        Map<SkillId, Skill> skills = new TreeMap<>();
        for (RoleSummary summary : catalog.rolesWith(FactKinds.SKILL)) {
            catalog.requireRole(summary.id().value()).groups(FactKinds.SKILL)
                    .forEach(g -> skills.putIfAbsent(g.value().skill().id(), g.value().skill()));
        }
        return withSkills(skills.values());
    }

    /** This bank with a self-rating question for each of {@code skills} that has none yet. */
    public QuestionBank withSkills(Collection<Skill> skills) {
        List<Question> all = new ArrayList<>(questions);
        boolean added = false;
        for (Skill skill : skills) {
            if (!bySkill.containsKey(skill.id()) && !byId.containsKey(SKILL_PREFIX + skill.id())) {
                all.add(skillQuestion(skill));
                added = true;
            }
        }
        return added ? new QuestionBank(id, version, parts, agreementScale, importanceScale, notSureLabel,
                skipLabel, skillTemplate, all) : this;
    }

    /**
     * Work factors that roles in the catalog have but the bank cannot measure: no agreement items, fewer
     * than {@code minimumItems}, or no importance item. Such a factor never counts for or against a
     * role; its whole range widens the interval instead. Empty when the bank covers every factor.
     */
    public List<Problem> coverage(CareerCatalog catalog, int minimumItems) {
        Map<FactorId, Set<String>> rolesByFactor = new TreeMap<>();
        for (RoleSummary summary : catalog.rolesWith(FactKinds.FACTOR)) {
            CareerRole role = catalog.requireRole(summary.id().value());
            for (FactGroup<FactorExposure> g : role.groups(FactKinds.FACTOR)) {
                rolesByFactor.computeIfAbsent(g.value().factor(), f -> new TreeSet<>()).add(role.id().value());
            }
        }
        List<Problem> problems = new ArrayList<>();
        rolesByFactor.forEach((factor, roles) -> {
            int items = agreementQuestions(factor).size();
            String where = "factor '" + factor + "'";
            if (items < minimumItems) {
                problems.add(new Problem(where, "roles " + roles + " are rated on it but the question bank has "
                        + (items == 0 ? "no questions" : "only " + items + " question") + " on it (needs "
                        + minimumItems + "); it widens their interval instead of counting. Ship questions for it "
                        + "in a bank document listed in META-INF/careerfit/questions"));
            }
            if (importanceQuestion(factor).isEmpty()) {
                problems.add(new Problem(where, "the question bank has no importance question on it; its weight "
                        + "stays at the default"));
            }
        });
        return problems;
    }

    private Question skillQuestion(Skill skill) {
        List<ResponseOption> levels = new ArrayList<>();
        for (Proficiency p : Proficiency.values()) {
            String name = p.name().charAt(0) + p.name().substring(1).toLowerCase(Locale.ROOT);
            levels.add(new ResponseOption(p.level(), name + ": " + p.anchor()));
        }
        return new Question(SKILL_PREFIX + skill.id(), QuestionKind.SKILL_RATING,
                skillTemplate.replace("{skill}", skill.name()), null, skill.id(), null, levels, GENERATED);
    }

    private Optional<Question> first(QuestionKind kind) {
        return questions.stream().filter(q -> q.kind() == kind).findFirst();
    }

    @Override
    public String toString() {
        return "QuestionBank[" + id + " " + version + ", " + questions.size() + " questions]";
    }
}
