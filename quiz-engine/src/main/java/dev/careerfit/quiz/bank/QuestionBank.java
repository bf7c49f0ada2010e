package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.role.Proficiency;
import dev.careerfit.role.Skill;
import dev.careerfit.role.SkillId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The questions careerfit asks and the dimensions they measure. The standard bank comes compiled in the quiz
 * engine's jar ({@link QuestionBanks#standard()}); {@link #builder(String, String)} makes one in code, and the
 * JSON/YAML bank documents (format {@value #FORMAT}) are read by {@code careerfit-quiz-json}, which also reads
 * the documents provider jars list in {@value QuestionBanks#LISTING}. {@link #withSkills(Collection)} adds a
 * self-rating question for each skill roles require (the scorer does this for its catalog). Immutable and safe to
 * share between threads.
 *
 * <pre>{@code
 * QuestionBank bank = QuestionBank.builder("my-bank", "1.0")
 *         .scale(QuestionKind.AGREEMENT, agree).scale(QuestionKind.IMPORTANCE, importance)
 *         .scale(QuestionKind.INTEREST, liking).scale(QuestionKind.VALUE_CHOICE, preference)
 *         .notSure("Not sure").skip("Skip").skillQuestion("How well can you use {skill}?")
 *         .dimension(new Dimension(DimensionId.of("pay"), DimensionFamilies.WORK_FACTOR, "Pay", "...",
 *                 LevelRule.of("pay"), "my-bank"))
 *         .question(QuestionId.of("pay.1"), QuestionKind.AGREEMENT, "Pay matters to me.", DimensionId.of("pay"),
 *                 null, Keying.POSITIVE, "my-bank")
 *         .build();
 * }</pre>
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class QuestionBank {
    /** The format of bank documents. */
    public static final String FORMAT = "careerfit-questions/2";
    /** The earlier format, still read for documents that add work-factor questions. */
    public static final String FORMAT_1 = "careerfit-questions/1";
    /** Prefix of the ids of generated skill questions: {@code skill.python}. */
    public static final String SKILL_PREFIX = "skill.";
    /** The document id given to generated skill questions. */
    public static final String GENERATED = "generated";
    /** The kinds of question answered on one of the bank's five-point scales. */
    public static final Set<QuestionKind> SCALED = Collections.unmodifiableSet(EnumSet.of(
            QuestionKind.INTEREST, QuestionKind.VALUE_CHOICE, QuestionKind.AGREEMENT, QuestionKind.IMPORTANCE));

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");

    private final Builder parts;
    private final List<Dimension> dimensions;
    private final Map<DimensionId, Dimension> dimensionsById;
    private final List<DimensionFamily> families;
    private final List<Question> questions;
    private final Map<QuestionId, Question> byId;
    private final Map<DimensionId, List<Question>> byDimension;
    private final Map<DimensionId, Question> importanceByDimension;
    private final Map<SkillId, Question> bySkill;

    private QuestionBank(Builder b) {
        this.parts = b.copy();
        this.dimensions = List.copyOf(b.dimensions.values());
        this.dimensionsById = Collections.unmodifiableMap(new LinkedHashMap<>(b.dimensions));
        this.families = List.copyOf(dimensions.stream().map(Dimension::family).distinct().toList());
        this.questions = List.copyOf(b.questions);
        Map<QuestionId, Question> ids = new LinkedHashMap<>();
        Map<DimensionId, List<Question>> measuring = new LinkedHashMap<>();
        Map<DimensionId, Question> importance = new LinkedHashMap<>();
        Map<SkillId, Question> skills = new TreeMap<>();
        for (Question q : this.questions) {
            ids.put(q.id(), q);
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

    /** A new bank with this id and version (those of its main document: answers files name the version). */
    public static Builder builder(String id, String version) {
        return new Builder(id, version);
    }

    /** A builder holding everything in this bank, to add to it. */
    public Builder toBuilder() {
        return parts.copy();
    }

    /** The id of the main (first) document. */
    public String id() {
        return parts.id;
    }

    /** The version of the main (first) document; answers files name it. */
    public String version() {
        return parts.version;
    }

    /**
     * Earlier versions of this bank whose answers it still reads: their questions kept the same ids and
     * meaning, and answers to questions since dropped are left out with a note.
     */
    public List<String> reads() {
        return parts.reads;
    }

    /** Every document the bank was made from, the main one first. */
    public List<BankPart> parts() {
        return List.copyOf(parts.parts);
    }

    /** Every dimension, in document order: interests, work values, work factors, then those providers add. */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    public Optional<Dimension> dimension(DimensionId id) {
        return Optional.ofNullable(dimensionsById.get(id));
    }

    /** The dimensions of one family, in document order. */
    public List<Dimension> dimensions(DimensionFamily family) {
        return dimensions.stream().filter(d -> d.family().equals(family)).toList();
    }

    /** The families of the bank's dimensions, in the order their first dimension is declared. */
    public List<DimensionFamily> families() {
        return families;
    }

    /** Every question, in document order, generated skill questions last. */
    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(QuestionId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The questions that measure {@code dimension}, in document order (a value choice is listed under both
     * of its values); empty when the bank has none.
     */
    public List<Question> questions(DimensionId dimension) {
        return byDimension.getOrDefault(dimension, List.of());
    }

    /** The question on how much {@code dimension} matters, which sets its weight. */
    public Optional<Question> importanceQuestion(DimensionId dimension) {
        return Optional.ofNullable(importanceByDimension.get(dimension));
    }

    public Optional<Question> skillQuestion(SkillId skill) {
        return Optional.ofNullable(bySkill.get(skill));
    }

    /** The question of this kind (the bank has at most one on education held, study years and experience). */
    public Optional<Question> firstOf(QuestionKind kind) {
        return questions.stream().filter(q -> q.kind() == kind).findFirst();
    }

    /**
     * The five-point scale questions of {@code kind} are answered on: liking for {@link QuestionKind#INTEREST},
     * preference for {@link QuestionKind#VALUE_CHOICE} (1 much more the first .. 5 much more the second),
     * agreement for {@link QuestionKind#AGREEMENT} and importance for {@link QuestionKind#IMPORTANCE}; empty for
     * kinds whose questions carry their own options.
     */
    public List<ResponseOption> scale(QuestionKind kind) {
        return parts.scales.getOrDefault(kind, List.of());
    }

    /** The words for the "not sure" answer. */
    public String notSureLabel() {
        return parts.notSure;
    }

    /** The words for skipping a question. */
    public String skipLabel() {
        return parts.skip;
    }

    /** The self-rating question's wording, with {@code {skill}} where the skill's name goes. */
    public String skillQuestionTemplate() {
        return parts.skillTemplate;
    }

    /**
     * This bank with a self-rating question for each of {@code skills} that has none yet (ids
     * {@code skill.<skill id>}, the {@link Proficiency} levels and their anchors as options).
     */
    public QuestionBank withSkills(Collection<Skill> skills) {
        Builder b = toBuilder();
        boolean added = false;
        for (Skill skill : skills) {
            QuestionId id = QuestionId.of(SKILL_PREFIX + skill.id());
            if (!bySkill.containsKey(skill.id()) && !byId.containsKey(id)) {
                b.questions.add(skillQuestion(id, skill));
                added = true;
            }
        }
        return added ? new QuestionBank(b) : this;
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
        Builder b = toBuilder();
        Set<String> leftOut = new LinkedHashSet<>();
        for (Dimension d : dimensions) {
            if (!isFactor(d)) {
                continue;
            }
            FactorId factor = WorkFactorFamily.factor(d);
            if (!known.containsKey(factor) && WorkFactors.standard(factor).isEmpty() && !d.document().equals(id())) {
                leftOut.add(d.document());
                b.warnings.add(new Problem(parts.origins.getOrDefault(d.id(), "dimension '" + d.id() + "'"),
                        "unknown work factor '" + factor + "': neither standard nor declared by a provider (a typo?); "
                        + "the questions of document '" + d.document() + "' are left out"));
            }
        }
        boolean changed = !leftOut.isEmpty();
        b.dimensions.clear();
        Set<FactorId> measured = new HashSet<>();
        for (Dimension d : dimensions) {
            if (leftOut.contains(d.document())) {
                continue;
            }
            WorkFactor f = !isFactor(d) || !d.name().equals(d.id().value()) ? null : known.get(WorkFactorFamily.factor(d));
            b.dimensions.put(d.id(), f == null ? d : new Dimension(d.id(), d.family(), f.name(), f.description(),
                    d.level(), d.document()));
            if (isFactor(d) && !questions(d.id()).isEmpty()) {
                measured.add(WorkFactorFamily.factor(d));
            }
            changed |= f != null;
        }
        for (WorkFactor f : known.values()) {
            if (WorkFactors.standard(f.id()).isEmpty() && !measured.contains(f.id())) {
                b.warnings.add(new Problem("factor '" + f.id() + "'", "a provider declares it but no question measures "
                        + "it, so it never counts in the fit; ship a question bank document on it, listed in "
                        + QuestionBanks.LISTING));
                changed = true;
            }
        }
        if (!changed) {
            return this;
        }
        b.questions.removeIf(q -> leftOut.contains(q.document()));
        b.parts.removeIf(p -> leftOut.contains(p.id()));
        List<Problem> distinct = List.copyOf(new LinkedHashSet<>(b.warnings));
        b.warnings.clear();
        b.warnings.addAll(distinct);
        return new QuestionBank(b);
    }

    private static boolean isFactor(Dimension d) {
        return d.family().equals(DimensionFamilies.WORK_FACTOR);
    }

    /**
     * Documents left out of the bank and why, each with its file (and the jar that lists it) and every
     * problem; after {@link #withFactors}, also documents naming a work factor no provider declares, and
     * the factors providers declare that no question measures. Empty when all is well.
     *
     * @since 0.3
     */
    public List<Problem> warnings() {
        return List.copyOf(parts.warnings);
    }

    /** The whole bank as one document (format {@value BankListing#FORMAT}). */
    public BankListing listing() {
        return new BankListing(BankListing.FORMAT, id(), version(), reads(), notSureLabel(), skipLabel(), dimensions,
                questions);
    }

    private Question skillQuestion(QuestionId id, Skill skill) {
        List<ResponseOption> levels = new ArrayList<>();
        for (Proficiency p : Proficiency.values()) {
            String name = p.name().charAt(0) + p.name().substring(1).toLowerCase(Locale.ROOT);
            levels.add(new ResponseOption(p.level(), name + ": " + p.anchor()));
        }
        return new Question(id, QuestionKind.SKILL_RATING, parts.skillTemplate.replace("{skill}", skill.name()), null,
                null, skill.id(), null, levels, GENERATED);
    }

    @Override
    public String toString() {
        return "QuestionBank[" + id() + " " + version() + ", " + dimensions.size() + " dimensions, " + questions.size()
                + " questions]";
    }

    /**
     * Builds a {@link QuestionBank}: its main document's id, version, scales and wording, then dimensions and
     * questions, from any number of documents. {@link #build()} checks the whole and throws one
     * {@link InvalidDataException} listing every problem; readers of documents call {@link #check(Dimension)} and
     * {@link #check(Question)} first to place each problem in their document. Not thread-safe.
     */
    @Api(Api.Status.STABLE)
    public static final class Builder {
        private final String id;
        private final String version;
        private List<String> reads = List.of();
        private final Map<QuestionKind, List<ResponseOption>> scales = new EnumMap<>(QuestionKind.class);
        private String notSure;
        private String skip;
        private String skillTemplate;
        private final List<BankPart> parts = new ArrayList<>();
        private final Map<DimensionId, Dimension> dimensions = new LinkedHashMap<>();
        private final List<Question> questions = new ArrayList<>();
        private final List<Problem> warnings = new ArrayList<>();
        /** Where each dimension was declared (a file and path), for warnings about it. */
        private final Map<DimensionId, String> origins = new LinkedHashMap<>();

        private Builder(String id, String version) {
            this.id = Objects.requireNonNull(id, "id");
            this.version = Objects.requireNonNull(version, "version");
        }

        /** A builder holding everything this one holds: to try a document on before adding it here. */
        public Builder copy() {
            Builder b = new Builder(id, version);
            b.reads = reads;
            b.scales.putAll(scales);
            b.notSure = notSure;
            b.skip = skip;
            b.skillTemplate = skillTemplate;
            b.parts.addAll(parts);
            b.dimensions.putAll(dimensions);
            b.questions.addAll(questions);
            b.warnings.addAll(warnings);
            b.origins.putAll(origins);
            return b;
        }

        /** Earlier versions whose answers this bank still reads. */
        public Builder reads(List<String> versions) {
            this.reads = List.copyOf(versions);
            return this;
        }

        /** The five options (values 1 to 5) questions of {@code kind} are answered on; see {@link #scale}. */
        public Builder scale(QuestionKind kind, List<ResponseOption> options) {
            scales.put(Objects.requireNonNull(kind, "kind"), List.copyOf(options));
            return this;
        }

        /** The scale set for {@code kind}; empty when none is. */
        public List<ResponseOption> scale(QuestionKind kind) {
            return scales.getOrDefault(kind, List.of());
        }

        /** The words for the "not sure" answer. */
        public Builder notSure(String words) {
            this.notSure = Objects.requireNonNull(words, "words").strip();
            return this;
        }

        /** The words for skipping a question. */
        public Builder skip(String words) {
            this.skip = Objects.requireNonNull(words, "words").strip();
            return this;
        }

        /** The self-rating question, with {@code {skill}} where the skill's name goes. */
        public Builder skillQuestion(String template) {
            this.skillTemplate = Objects.requireNonNull(template, "template");
            return this;
        }

        /** A document the bank is made from (its dimensions and questions name it as theirs). */
        public Builder part(BankPart part) {
            parts.add(Objects.requireNonNull(part, "part"));
            return this;
        }

        public Builder dimension(Dimension dimension) {
            dimensions.putIfAbsent(dimension.id(), dimension);
            return this;
        }

        /** A dimension, with where it was declared (a file and JSON path) for warnings about it. */
        public Builder dimension(Dimension dimension, String declaredAt) {
            origins.putIfAbsent(dimension.id(), Objects.requireNonNull(declaredAt, "declaredAt"));
            return dimension(dimension);
        }

        public Builder question(Question question) {
            questions.add(Objects.requireNonNull(question, "question"));
            return this;
        }

        /**
         * A question answered on the bank's scale for its kind ({@link #scale}): an interest item, a value choice
         * ({@code versus} the second value), an agreement statement (with its {@code keying}) or an importance
         * question.
         *
         * @throws IllegalStateException when the scale for {@code kind} is not set yet
         */
        public Builder question(QuestionId id, QuestionKind kind, String text, DimensionId dimension,
                                DimensionId versus, Keying keying, String document) {
            List<ResponseOption> scale = scales.get(kind);
            if (scale == null) {
                throw new IllegalStateException("set the " + kind + " scale before adding '" + id + "'");
            }
            return question(new Question(id, kind, text, dimension, versus, null, keying, scale, document));
        }

        /** A document left out, and why: kept for {@link QuestionBank#warnings()}. */
        public Builder warning(Problem problem) {
            warnings.add(Objects.requireNonNull(problem, "problem"));
            return this;
        }

        /** The dimension with this id added so far. */
        public Optional<Dimension> dimension(DimensionId id) {
            return Optional.ofNullable(dimensions.get(id));
        }

        /** The question with this id added so far. */
        public Optional<Question> question(QuestionId id) {
            return questions.stream().filter(q -> q.id().equals(id)).findFirst();
        }

        /** The id of the main document. */
        public String id() {
            return id;
        }

        /**
         * What is wrong with adding {@code d} now, each problem's place a field of the dimension ({@code id},
         * {@code family}, {@code level}); empty when it fits.
         */
        public List<Problem> check(Dimension d) {
            List<Problem> out = new ArrayList<>();
            Dimension earlier = dimensions.get(d.id());
            if (earlier != null && earlier != d) {
                out.add(new Problem("id", "dimension '" + d.id() + "' is already declared in " + earlier.document()));
            }
            return out;
        }

        /**
         * What is wrong with adding {@code q} now, against the dimensions added so far, each problem's place a
         * field of the question ({@code id}, {@code kind}, {@code dimension}, {@code versus}, {@code keying},
         * {@code options}); empty when it fits.
         */
        public List<Problem> check(Question q) {
            return check(q, questions);
        }

        /** {@link #check(Question)} against the questions {@code before} it. */
        private List<Problem> check(Question q, List<Question> before) {
            List<Problem> out = new ArrayList<>();
            if (q.kind() != QuestionKind.SKILL_RATING && q.id().value().startsWith(SKILL_PREFIX)) {
                out.add(new Problem("id", "ids starting '" + SKILL_PREFIX + "' are kept for the generated skill "
                        + "questions"));
            }
            before.stream().filter(x -> x.id().equals(q.id())).findFirst().ifPresent(x -> out.add(new Problem("id",
                    "question id '" + q.id() + "' is already used in " + x.document())));
            switch (q.kind()) {
                case INTEREST, VALUE_CHOICE, AGREEMENT, IMPORTANCE -> measuring(q, before, out);
                case EDUCATION_HELD, STUDY_YEARS, EXPERIENCE_YEARS -> choice(q, before, out);
                case SKILL_RATING -> {
                    if (q.skill() == null) {
                        out.add(new Problem("skill", "a skill question names its skill"));
                    }
                }
            }
            return out;
        }

        private void measuring(Question q, List<Question> before, List<Problem> out) {
            Dimension d = dimensions.get(q.dimension());
            if (d == null) {
                out.add(new Problem("dimension", "unknown dimension '" + q.dimension() + "'; declare it under "
                        + "$.dimensions or use one of " + known()));
            } else if (q.kind() == QuestionKind.IMPORTANCE ? d.family().matching() != Matching.STANDING
                    : d.family().measuredBy() != q.kind()) {
                out.add(new Problem("dimension", q.kind() + " questions measure "
                        + (q.kind() == QuestionKind.IMPORTANCE ? "dimensions weighed by importance"
                        : familiesMeasuredBy(q.kind())) + "; '" + q.dimension() + "' is one of the " + d.family().label()));
            }
            if (q.kind() == QuestionKind.VALUE_CHOICE) {
                Dimension other = q.versus() == null ? null : dimensions.get(q.versus());
                if (other == null || d != null && !other.family().equals(d.family())) {
                    out.add(new Problem("versus", "must name a second " + (d == null ? "dimension"
                            : "dimension of the " + d.family().label()) + ", other than '" + q.dimension() + "'"));
                }
            } else if (q.versus() != null) {
                out.add(new Problem("versus", "only VALUE_CHOICE questions name a second dimension"));
            }
            if (q.kind() != QuestionKind.AGREEMENT && q.keying() != null) {
                out.add(new Problem("keying", "only agreement statements have a keying"));
            }
            if (q.kind() == QuestionKind.IMPORTANCE && before.stream().anyMatch(x -> x.kind() == QuestionKind.IMPORTANCE && x.dimension().equals(q.dimension()))) {
                out.add(new Problem("dimension", "dimension '" + q.dimension() + "' already has an importance question"));
            }
            List<ResponseOption> scale = scales.get(q.kind());
            if (scale != null && !q.options().equals(scale)) {
                out.add(new Problem("options", q.kind() + " questions use the bank's scale; remove options"));
            }
        }

        private String familiesMeasuredBy(QuestionKind kind) {
            Set<String> labels = new LinkedHashSet<>();
            dimensions.values().stream().map(Dimension::family).filter(f -> f.measuredBy() == kind)
                    .forEach(f -> labels.add(f.label()));
            return labels.isEmpty() ? "no family of this bank" : String.join(" or ", labels);
        }

        private String known() {
            List<String> ids = dimensions.keySet().stream().map(DimensionId::value).toList();
            return String.join(", ", ids.size() > 12 ? ids.subList(0, 12) : ids);
        }

        private void choice(Question q, List<Question> before, List<Problem> out) {
            if (before.stream().anyMatch(x -> x.kind() == q.kind())) {
                out.add(new Problem("kind", "the bank already has a " + q.kind() + " question"));
            }
            if (q.dimension() != null || q.keying() != null) {
                out.add(new Problem("kind", q.kind() + " questions have no dimension or keying"));
            }
            Set<Integer> seen = new HashSet<>();
            List<ResponseOption> options = q.options();
            for (int i = 0; i < options.size(); i++) {
                int value = options.get(i).value();
                String at = "options[" + i + "].value";
                if (!seen.add(value)) {
                    out.add(new Problem(at, "value " + value + " is listed twice"));
                }
                if (i > 0 && value < options.get(i - 1).value()) {
                    out.add(new Problem(at, "options must be in increasing order of value"));
                }
                if (q.kind() == QuestionKind.EDUCATION_HELD) {
                    try {
                        EducationLevel.ofOnetCategory(value);
                    } catch (IllegalArgumentException e) {
                        out.add(new Problem(at, e.getMessage()));
                    }
                } else if (value < 0 || value > 50) {
                    out.add(new Problem(at, "years must be between 0 and 50, was " + value));
                }
            }
        }

        /** What is wrong with the main document's own parts: id, version, scales, wording. */
        private List<Problem> checkMain() {
            List<Problem> out = new ArrayList<>();
            if (!ID.matcher(id).matches()) {
                out.add(new Problem("id", "must be lower-case letters and digits separated by '-' or '.'"));
            }
            if (version.isBlank()) {
                out.add(new Problem("version", "is missing; give the bank a version, e.g. \"1.0\""));
            }
            for (QuestionKind kind : SCALED) {
                List<ResponseOption> scale = scales.get(kind);
                if (scale == null || scale.size() != 5) {
                    out.add(new Problem("scale " + kind, "must have five options, values 1 to 5"));
                    continue;
                }
                for (int i = 0; i < 5; i++) {
                    if (scale.get(i).value() != i + 1) {
                        out.add(new Problem("scale " + kind + " [" + i + "].value", "must be " + (i + 1)
                                + ": the scale runs 1 to 5 in order"));
                    }
                }
            }
            if (notSure == null || notSure.isBlank()) {
                out.add(new Problem("notSure", "give the words for the \"not sure\" answer"));
            }
            if (skip == null || skip.isBlank()) {
                out.add(new Problem("skip", "give the words for skipping a question"));
            }
            if (skillTemplate == null || !skillTemplate.contains("{skill}")) {
                out.add(new Problem("skillQuestion", "must be a question containing {skill}, e.g. "
                        + "\"How well can you use {skill}?\""));
            }
            if (dimensions.isEmpty()) {
                out.add(new Problem("dimensions", "a bank must declare the dimensions it measures"));
            }
            return out;
        }

        /** The bank without checking it: for a compiled bank, checked when it was compiled. */
        QuestionBank buildUnchecked() {
            return new QuestionBank(this);
        }

        /**
         * The bank.
         *
         * @throws InvalidDataException listing every problem, each placed at the bank, a dimension or a question
         */
        public QuestionBank build() {
            List<Problem> problems = new ArrayList<>();
            checkMain().forEach(p -> problems.add(new Problem("question bank " + id + " " + p.where(), p.message())));
            for (Dimension d : dimensions.values()) {
                check(d).forEach(p -> problems.add(new Problem("dimension '" + d.id() + "' " + p.where(), p.message())));
            }
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                check(q, questions.subList(0, i)).forEach(p -> problems.add(new Problem("question '" + q.id() + "' "
                        + p.where(), p.message())));
            }
            if (!problems.isEmpty()) {
                throw new InvalidDataException("question bank", problems);
            }
            return new QuestionBank(this);
        }
    }
}
