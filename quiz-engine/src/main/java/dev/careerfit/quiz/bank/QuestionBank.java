package dev.careerfit.quiz.bank;

import dev.careerfit.Problem;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.factor.WorkFactors;
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
import java.util.stream.Collectors;

/**
 * The questions careerfit asks and the dimensions they measure, read from versioned documents (format
 * {@value #FORMAT}): the built-in bank plus any that provider jars list in
 * {@code META-INF/careerfit/questions}. Get one from {@link QuestionBanks}; {@link #withSkills(Collection)}
 * adds a self-rating question for each skill roles require (the scorer does this for its catalog).
 * Immutable and safe to share between threads.
 *
 * @since 0.1
 */
public final class QuestionBank {
    /** The format of bank documents. */
    public static final String FORMAT = "careerfit-questions/2";
    /** The earlier format, still read for documents that add work-factor questions. */
    public static final String FORMAT_1 = "careerfit-questions/1";
    /** Prefix of the ids of generated skill questions: {@code skill.python}. */
    public static final String SKILL_PREFIX = "skill.";
    /** The document id given to generated skill questions. */
    public static final String GENERATED = "generated";

    private final String id;
    private final String version;
    private final List<String> reads;
    private final List<BankPart> parts;
    private final BankDocument.Scales scales;
    private final String skillTemplate;
    private final List<Dimension> dimensions;
    private final Map<String, Dimension> dimensionsById;
    private final List<Question> questions;
    private final Map<String, Question> byId;
    private final Map<String, List<Question>> byDimension;
    private final Map<String, Question> importanceByDimension;
    private final Map<SkillId, Question> bySkill;
    private final Checks checks;

    /**
     * What the reading found that does not stop the bank: documents left out (as warnings), and where each
     * work factor that is not standard was named, for when no provider turns out to declare it.
     */
    record Checks(List<Problem> warnings, Map<String, String> factorOrigins) {
        static final Checks NONE = new Checks(List.of(), Map.of());

        Checks {
            warnings = List.copyOf(warnings);
            factorOrigins = Map.copyOf(factorOrigins);
        }
    }

    QuestionBank(String id, String version, List<String> reads, List<BankPart> parts, BankDocument.Scales scales, String skillTemplate,
                 List<Dimension> dimensions, List<Question> questions, Checks checks) {
        this.checks = checks;
        this.id = id;
        this.version = version;
        this.reads = List.copyOf(reads);
        this.parts = List.copyOf(parts);
        this.scales = scales;
        this.skillTemplate = skillTemplate;
        this.dimensions = List.copyOf(dimensions);
        Map<String, Dimension> dims = new LinkedHashMap<>();
        this.dimensions.forEach(d -> dims.put(d.id(), d));
        this.dimensionsById = Collections.unmodifiableMap(dims);
        this.questions = List.copyOf(questions);
        Map<String, Question> ids = new LinkedHashMap<>();
        Map<String, List<Question>> measuring = new LinkedHashMap<>();
        Map<String, Question> importance = new LinkedHashMap<>();
        Map<SkillId, Question> skills = new TreeMap<>();
        for (Question q : this.questions) {
            if (ids.putIfAbsent(q.id(), q) != null) {
                throw new IllegalArgumentException("question id '" + q.id() + "' is used twice");
            }
            if (q.kind().measures()) {
                measuring.computeIfAbsent(q.dimension(), f -> new ArrayList<>()).add(q);
                if (q.versus() != null) {
                    measuring.computeIfAbsent(q.versus(), f -> new ArrayList<>()).add(q);
                }
            } else if (q.kind() == QuestionKind.IMPORTANCE) {
                importance.put(q.dimension(), q);
            } else if (q.kind() == QuestionKind.SKILL_RATING) {
                skills.put(q.skill(), q);
            }
        }
        measuring.replaceAll((f, qs) -> List.copyOf(qs));
        this.byId = Collections.unmodifiableMap(ids);
        this.byDimension = Collections.unmodifiableMap(measuring);
        this.importanceByDimension = Collections.unmodifiableMap(importance);
        this.bySkill = Collections.unmodifiableMap(skills);
    }

    /** The id of the built-in (first) document. */
    public String id() {
        return id;
    }

    /** The version of the built-in (first) document; answers files name it. */
    public String version() {
        return version;
    }

    /**
     * Earlier versions of this bank whose answers it still reads: their questions kept the same ids and
     * meaning, and answers to questions since dropped are left out with a note.
     */
    public List<String> reads() {
        return reads;
    }

    /** Every document the bank was read from, the built-in one first. */
    public List<BankPart> parts() {
        return parts;
    }

    /** Every dimension, in document order: interests, work values, work factors, then those providers add. */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    public Optional<Dimension> dimension(String dimensionId) {
        return Optional.ofNullable(dimensionsById.get(dimensionId));
    }

    /** The dimensions of one family, in document order. */
    public List<Dimension> dimensions(DimensionFamily family) {
        return dimensions.stream().filter(d -> d.family() == family).toList();
    }

    /** Every question, in document order, generated skill questions last. */
    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(byId.get(questionId));
    }

    /**
     * The questions that measure {@code dimension}, in document order (a value choice is listed under both
     * of its values); empty when the bank has none.
     */
    public List<Question> questions(String dimension) {
        return byDimension.getOrDefault(dimension, List.of());
    }

    public Optional<Question> importanceQuestion(String dimension) {
        return Optional.ofNullable(importanceByDimension.get(dimension));
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

    /** The question on years of related work experience, if the bank has one. */
    public Optional<Question> experienceQuestion() {
        return first(QuestionKind.EXPERIENCE_YEARS);
    }

    /** The five-point agree-disagree scale, 1 (strongly disagree) to 5 (strongly agree). */
    public List<ResponseOption> agreementScale() {
        return scales.agreement();
    }

    /** The five-point importance scale, 1 (not at all) to 5 (extremely). */
    public List<ResponseOption> importanceScale() {
        return scales.importance();
    }

    /** The five-point liking scale for interest items, 1 (strongly dislike) to 5 (strongly like). */
    public List<ResponseOption> likingScale() {
        return scales.liking();
    }

    /** The five-point preference scale for value choices, 1 (much more the first) to 5 (much more the second). */
    public List<ResponseOption> preferenceScale() {
        return scales.preference();
    }

    /** The words for the "not sure" answer. */
    public String notSureLabel() {
        return scales.notSure();
    }

    /** The words for skipping a question. */
    public String skipLabel() {
        return scales.skip();
    }

    /**
     * This bank with a self-rating question for each of {@code skills} that has none yet (ids
     * {@code skill.<skill id>}, the {@link Proficiency} levels and their anchors as options).
     */
    public QuestionBank withSkills(Collection<Skill> skills) {
        List<Question> all = new ArrayList<>(questions);
        boolean added = false;
        for (Skill skill : skills) {
            if (!bySkill.containsKey(skill.id()) && !byId.containsKey(SKILL_PREFIX + skill.id())) {
                all.add(skillQuestion(skill));
                added = true;
            }
        }
        return added ? new QuestionBank(id, version, reads, parts, scales, skillTemplate, dimensions, all, checks) : this;
    }

    /**
     * This bank for a catalog whose work factors are {@code factors} (the standard ones and those its
     * providers declare): the work-factor dimensions that their documents left unnamed (those of
     * earlier-format documents from provider jars) named and described as {@code factors} name them; a
     * provider's document naming a factor no provider declares (a mistyped id) left out, with a
     * {@linkplain #warnings() warning} naming the file and path; and a warning for each factor a provider
     * declares that no question measures.
     */
    public QuestionBank withFactors(Collection<WorkFactor> factors) {
        Map<FactorId, WorkFactor> known = factors.stream().collect(Collectors.toMap(WorkFactor::id, f -> f, (a, b) -> a));
        List<Problem> warnings = new ArrayList<>(checks.warnings());
        Set<String> leftOut = new java.util.LinkedHashSet<>();
        for (Dimension d : dimensions) {
            FactorId factor = d.level().factor();
            if (d.family() == DimensionFamily.WORK_FACTOR && factor != null && !known.containsKey(factor)
                    && WorkFactors.standard(factor).isEmpty() && !d.document().equals(id)) {
                leftOut.add(d.document());
                warnings.add(new Problem(checks.factorOrigins().getOrDefault(factor.value(), "dimension '" + d.id() + "'"),
                        "unknown work factor '" + factor + "': neither standard nor declared by a provider (a typo?); "
                        + "the questions of document '" + d.document() + "' are left out"));
            }
        }
        List<Dimension> named = new ArrayList<>(dimensions.size());
        Set<FactorId> measured = new java.util.HashSet<>();
        boolean changed = !leftOut.isEmpty();
        for (Dimension d : dimensions) {
            if (leftOut.contains(d.document())) {
                continue;
            }
            WorkFactor f = d.family() != DimensionFamily.WORK_FACTOR || !d.name().equals(d.id()) ? null
                    : known.get(d.level().factor());
            named.add(f == null ? d : new Dimension(d.id(), d.family(), f.name(), f.description(), d.level(),
                    d.document()));
            if (d.family() == DimensionFamily.WORK_FACTOR && !questions(d.id()).isEmpty()) {
                measured.add(d.level().factor());
            }
            changed |= f != null;
        }
        for (WorkFactor f : known.values()) {
            if (WorkFactors.standard(f.id()).isEmpty() && !measured.contains(f.id())) {
                warnings.add(new Problem("factor '" + f.id() + "'", "a provider declares it but no question measures "
                        + "it, so it never counts in the fit; ship a question bank document on it, listed in "
                        + QuestionBanks.LISTING));
                changed = true;
            }
        }
        if (!changed) {
            return this;
        }
        List<Question> kept = questions.stream().filter(q -> !leftOut.contains(q.document())).toList();
        List<BankPart> keptParts = parts.stream().filter(p -> !leftOut.contains(p.id())).toList();
        return new QuestionBank(id, version, reads, keptParts, scales, skillTemplate, named, kept,
                new Checks(List.copyOf(new java.util.LinkedHashSet<>(warnings)), checks.factorOrigins()));
    }

    /**
     * Documents left out of the bank and why, each with its file (and the jar that lists it) and every
     * problem; after {@link #withFactors}, also documents naming a work factor no provider declares, and
     * the factors providers declare that no question measures. Empty when all is well.
     *
     * @since 0.3
     */
    public List<Problem> warnings() {
        return checks.warnings();
    }

    /** The whole bank as one document (format {@value BankListing#FORMAT}). */
    public BankListing listing() {
        return new BankListing(BankListing.FORMAT, id, version, reads, notSureLabel(), skipLabel(), dimensions, questions);
    }

    private Question skillQuestion(Skill skill) {
        List<ResponseOption> levels = new ArrayList<>();
        for (Proficiency p : Proficiency.values()) {
            String name = p.name().charAt(0) + p.name().substring(1).toLowerCase(Locale.ROOT);
            levels.add(new ResponseOption(p.level(), name + ": " + p.anchor()));
        }
        return new Question(SKILL_PREFIX + skill.id(), QuestionKind.SKILL_RATING,
                skillTemplate.replace("{skill}", skill.name()), null, null, skill.id(), null, levels, GENERATED);
    }

    private Optional<Question> first(QuestionKind kind) {
        return questions.stream().filter(q -> q.kind() == kind).findFirst();
    }

    @Override
    public String toString() {
        return "QuestionBank[" + id + " " + version + ", " + dimensions.size() + " dimensions, " + questions.size()
                + " questions]";
    }
}
