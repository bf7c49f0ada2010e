package dev.careerfit.quiz.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.json.CareerfitJson;
import dev.careerfit.json.JsonProblems;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads bank documents and checks them as a whole: every problem in every document is collected
 * before one {@link InvalidDataException} is thrown.
 */
final class BankReader {
    private static final Pattern QUESTION_ID = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");
    private static final String SUBJECT = "question bank";

    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    /** Where each work factor that is not standard was first named, for a problem with it: file and path. */
    private final Map<String, String> factorOrigins = new LinkedHashMap<>();
    private final List<BankPart> parts = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final Map<String, String> questionDocuments = new HashMap<>();
    private final Set<String> importanceFactors = new HashSet<>();
    private final Map<String, Dimension> dimensions = new LinkedHashMap<>();
    private final Set<QuestionKind> singletons = new HashSet<>();
    private BankDocument.Scales scales;
    private String skillTemplate;
    private String mainId;
    private String mainVersion;
    private List<String> reads = List.of();

    /** One mapper per format for every bank document: each new mapper repeats Jackson's costly warm-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = CareerfitJson.objectMapper();
    }

    /** Built on first use: most banks are JSON. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = CareerfitJson.yamlMapper();
    }

    /** Reads one document; the first one read is the main document and must carry the scales. */
    void read(String location, InputStream in) {
        BankDocument doc;
        try (in) {
            ObjectMapper mapper = CareerfitJson.formatOf(location) == CareerfitJson.Format.JSON ? Json.MAPPER : Yaml.MAPPER;
            doc = mapper.readValue(in, BankDocument.class);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(location, e.getMessage()));
            return;
        } catch (JsonProcessingException e) {
            problems.add(JsonProblems.of(location, e));
            return;
        } catch (IOException e) {
            problems.add(new Problem(location, "cannot be read: " + e.getMessage()));
            return;
        }
        if (doc == null) {
            problems.add(new Problem(location, "is empty"));
            return;
        }
        check(location, doc);
    }

    /**
     * Reads a document a provider jar lists: when it has problems, it is left out with a warning naming
     * it and every problem, and the bank is read without it, so one broken provider cannot break the quiz.
     *
     * @param where the document and the jar or folder that lists it, e.g. {@code acme/questions.json in acme.jar}
     */
    void readListed(String where, String location, URL url) {
        int before = problems.size();
        Map<String, String> documents = new HashMap<>(questionDocuments);
        Set<String> importance = new HashSet<>(importanceFactors);
        Set<QuestionKind> kinds = new HashSet<>(singletons);
        Map<String, String> origins = new LinkedHashMap<>(factorOrigins);
        read(location, url);
        if (problems.size() > before) {
            List<Problem> found = List.copyOf(problems.subList(before, problems.size()));
            problems.subList(before, problems.size()).clear();
            questionDocuments.clear();
            questionDocuments.putAll(documents);
            importanceFactors.retainAll(importance);
            singletons.retainAll(kinds);
            factorOrigins.clear();
            factorOrigins.putAll(origins);
            warnings.add(new Problem(where, "its questions are left out, the rest of the quiz works: " + found.size()
                    + (found.size() == 1 ? " problem: " : " problems: ")
                    + String.join("; ", found.stream().map(Problem::toString).toList())));
        }
    }

    /** Reads {@code url} as a document named {@code location}. */
    void read(String location, URL url) {
        try {
            read(location, url.openStream());
        } catch (IOException e) {
            problems.add(new Problem(location, "cannot be read: " + e.getMessage()));
        }
    }

    /** Reads the document list in a {@code META-INF/careerfit/questions} resource: one resource path a line. */
    static List<String> listedDocuments(URL listing) throws IOException {
        List<String> paths = new ArrayList<>();
        try (InputStream in = listing.openStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String path = line.strip();
                if (!path.isEmpty() && !path.startsWith("#")) {
                    paths.add(path.startsWith("/") ? path.substring(1) : path);
                }
            }
        }
        return paths;
    }

    void problem(String where, String message) {
        problems.add(new Problem(where, message));
    }

    void warning(String where, String message) {
        warnings.add(new Problem(where, message));
    }

    QuestionBank build() {
        if (scales == null && problems.isEmpty()) {
            problems.add(new Problem(SUBJECT, "no document with scales was read"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(SUBJECT, problems);
        }
        return new QuestionBank(mainId, mainVersion, reads, parts, scales, skillTemplate, List.copyOf(dimensions.values()),
                questions, new QuestionBank.Checks(warnings, factorOrigins));
    }

    private void check(String location, BankDocument doc) {
        int before = problems.size();
        boolean main = parts.isEmpty() && mainId == null;
        boolean first = QuestionBank.FORMAT_1.equals(doc.format());
        if (!QuestionBank.FORMAT.equals(doc.format()) && !(first && !main)) {
            problem(location + " $.format", "must be '" + QuestionBank.FORMAT + "'"
                    + (main ? "" : " (or '" + QuestionBank.FORMAT_1 + "' for a document that adds questions)") + ", was "
                    + (doc.format() == null ? "missing" : "'" + doc.format() + "'"));
        }
        if (doc.id() == null || !QUESTION_ID.matcher(doc.id()).matches()) {
            problem(location + " $.id", "must be lower-case letters and digits separated by '-' or '.'");
        }
        if (doc.version() == null || doc.version().isBlank()) {
            problem(location + " $.version", "is missing; give the document a version, e.g. \"1.0\"");
        }
        if (main) {
            checkScales(location, doc);
        } else if (doc.scales() != null || doc.skillQuestion() != null) {
            problem(location + " $.scales", "only the built-in bank sets the scales and the skill question; "
                    + "remove them from this document");
        }
        Map<String, Dimension> declared = new LinkedHashMap<>();
        List<BankDocument.DimensionEntry> dims = doc.dimensions() == null ? List.of() : doc.dimensions();
        if (first && !dims.isEmpty()) {
            problem(location + " $.dimensions", "dimensions are declared in format '" + QuestionBank.FORMAT + "'");
        }
        for (int i = 0; i < dims.size(); i++) {
            Dimension d = dimension(location, "$.dimensions[" + i + "]", doc.id(), dims.get(i));
            if (d != null) {
                declared.put(d.id(), d);
                if (d.level().factor() != null) {
                    factorOrigins.putIfAbsent(d.level().factor().value(), location + " $.dimensions[" + i + "].level.factor");
                }
            }
        }
        if (main && declared.isEmpty()) {
            problem(location + " $.dimensions", "the built-in bank must declare the dimensions it measures");
        }
        List<BankDocument.Entry> entries = doc.questions() == null ? List.of() : doc.questions();
        if (first) {
            // The earlier format named work factors directly: each is a work-factor dimension.
            for (int i = 0; i < entries.size(); i++) {
                String f = entries.get(i).dimensionId();
                if (f != null && !dimensions.containsKey(f) && !declared.containsKey(f) && FactorId.isValid(f)) {
                    declared.put(f, workFactor(f, doc.id()));
                    factorOrigins.putIfAbsent(f, location + " $.questions[" + i + "].dimension");
                }
            }
        }
        if (entries.isEmpty()) {
            problem(location + " $.questions", "has no questions");
        }
        List<Question> read = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Question q = entry(location, "$.questions[" + i + "]", doc, entries.get(i), declared);
            if (q != null) {
                read.add(q);
            }
        }
        if (problems.size() == before) {
            dimensions.putAll(declared);
            questions.addAll(read);
            parts.add(new BankPart(doc.id(), doc.version(), location));
            if (main) {
                mainId = doc.id();
                mainVersion = doc.version();
                scales = doc.scales();
                skillTemplate = doc.skillQuestion();
                reads = doc.reads() == null ? List.of() : List.copyOf(doc.reads());
            }
        }
    }

    private void checkScales(String location, BankDocument doc) {
        BankDocument.Scales s = doc.scales();
        if (s == null) {
            problem(location + " $.scales", "the built-in bank must define the agreement and importance scales");
            return;
        }
        checkFivePoint(location + " $.scales.agreement", s.agreement());
        checkFivePoint(location + " $.scales.importance", s.importance());
        checkFivePoint(location + " $.scales.liking", s.liking());
        checkFivePoint(location + " $.scales.preference", s.preference());
        if (s.notSure() == null || s.notSure().isBlank()) {
            problem(location + " $.scales.notSure", "give the words for the \"not sure\" answer");
        }
        if (s.skip() == null || s.skip().isBlank()) {
            problem(location + " $.scales.skip", "give the words for skipping a question");
        }
        if (doc.skillQuestion() == null || !doc.skillQuestion().contains("{skill}")) {
            problem(location + " $.skillQuestion", "must be a question containing {skill}, e.g. "
                    + "\"How well can you use {skill}?\"");
        }
    }

    private void checkFivePoint(String where, List<ResponseOption> scale) {
        if (scale == null || scale.size() != 5) {
            problem(where, "must have five options, values 1 to 5");
            return;
        }
        for (int i = 0; i < 5; i++) {
            if (scale.get(i).value() != i + 1) {
                problem(where + "[" + i + "].value", "must be " + (i + 1) + ": the scale runs 1 to 5 in order");
            }
        }
    }

    private Dimension dimension(String location, String path, String document, BankDocument.DimensionEntry e) {
        String where = location + " " + path;
        int before = problems.size();
        if (e.id() == null || !FactorId.isValid(e.id())) {
            problem(where + ".id", "must be lower-case letters and digits separated by '-' or '.', e.g. 'night-shifts'");
        } else if (dimensions.containsKey(e.id())) {
            problem(where + ".id", "dimension '" + e.id() + "' is already declared in "
                    + dimensions.get(e.id()).document());
        }
        if (e.family() == null) {
            problem(where + ".family", "is missing; one of INTEREST, WORK_VALUE, WORK_FACTOR");
        }
        LevelRule rule = e.level();
        if (rule == null || rule.sources() != 1) {
            problem(where + ".level", "must name exactly one of interest, workValue or factor");
        } else if (e.family() != null) {
            DimensionFamily implied = rule.interest() != null ? DimensionFamily.INTEREST
                    : rule.workValue() != null ? DimensionFamily.WORK_VALUE : DimensionFamily.WORK_FACTOR;
            if (implied != e.family()) {
                problem(where + ".level", "a " + e.family() + " dimension's level must come from "
                        + switch (e.family()) {
                            case INTEREST -> "an interest area";
                            case WORK_VALUE -> "a work value";
                            case WORK_FACTOR -> "a work factor";
                        });
            }
            if (rule.derivation() != null && rule.factor() == null) {
                problem(where + ".level.derivation", "only work factors are derived");
            }
            if (rule.derivation() != null && rule.derivation().formula() == Derivation.Formula.ELEMENT_MEAN
                    && rule.derivation().elements().isEmpty()) {
                problem(where + ".level.derivation.elements", "ELEMENT_MEAN needs at least one element");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        if (e.family() == DimensionFamily.WORK_FACTOR && (e.name() == null || e.description() == null)) {
            Dimension standard = workFactor(rule.factor().value(), document);
            return new Dimension(e.id(), e.family(), e.name() != null ? e.name() : standard.name(),
                    e.description() != null ? e.description() : standard.description(), rule, document);
        }
        if (e.name() == null || e.name().isBlank() || e.description() == null || e.description().isBlank()) {
            problem(where, "give the dimension a name and a description");
            return null;
        }
        return new Dimension(e.id(), e.family(), e.name().strip(), e.description().strip(), rule, document);
    }

    /** A work-factor dimension named and described as the standard factor, or by its id when not standard. */
    private static Dimension workFactor(String id, String document) {
        FactorId factor = FactorId.of(id);
        return WorkFactors.standard(factor)
                .map(f -> new Dimension(id, DimensionFamily.WORK_FACTOR, f.name(), f.description(),
                        new LevelRule(null, null, factor, null), document))
                .orElseGet(() -> new Dimension(id, DimensionFamily.WORK_FACTOR, id, "work factor '" + id + "'",
                        new LevelRule(null, null, factor, null), document));
    }

    private Question entry(String location, String path, BankDocument doc, BankDocument.Entry e,
                           Map<String, Dimension> declared) {
        String where = location + " " + path;
        int before = problems.size();
        if (e.id() == null || !QUESTION_ID.matcher(e.id()).matches()) {
            problem(where + ".id", "must be lower-case letters and digits separated by '-' or '.', e.g. 'pay.1'");
        } else {
            if (e.id().startsWith(QuestionBank.SKILL_PREFIX)) {
                problem(where + ".id", "ids starting '" + QuestionBank.SKILL_PREFIX + "' are kept for the generated "
                        + "skill questions");
            }
            String earlier = questionDocuments.putIfAbsent(e.id(), location);
            if (earlier != null) {
                problem(where + ".id", "question id '" + e.id() + "' is already used in " + earlier);
            }
        }
        if (e.text() == null || e.text().isBlank()) {
            problem(where + ".text", "is missing");
        }
        if (e.kind() == null) {
            problem(where + ".kind", "is missing; one of INTEREST, VALUE_CHOICE, AGREEMENT, IMPORTANCE, "
                    + "EDUCATION_HELD, STUDY_YEARS, EXPERIENCE_YEARS");
            return null;
        }
        List<ResponseOption> options = switch (e.kind()) {
            case INTEREST, VALUE_CHOICE, AGREEMENT, IMPORTANCE -> dimensionQuestion(where, e, declared);
            case EDUCATION_HELD, STUDY_YEARS, EXPERIENCE_YEARS -> choiceQuestion(where, e);
            case SKILL_RATING -> {
                problem(where + ".kind", "skill questions are generated from the catalog; do not write them");
                yield null;
            }
        };
        if (problems.size() > before || options == null) {
            return null;
        }
        List<ResponseOption> scale = options.isEmpty() ? scaleFor(e.kind(), doc) : options;
        if (scale == null || scale.isEmpty()) {
            return null;
        }
        return new Question(e.id(), e.kind(), e.text().strip(), e.dimensionId(), e.versus(), null, e.keying(), scale,
                doc.id());
    }

    private List<ResponseOption> dimensionQuestion(String where, BankDocument.Entry e, Map<String, Dimension> declared) {
        String id = e.dimensionId();
        Dimension d = id == null ? null : declared.getOrDefault(id, dimensions.get(id));
        if (id == null) {
            problem(where + ".dimension", "is missing; name the dimension the question measures");
        } else if (d == null) {
            problem(where + ".dimension", "unknown dimension '" + id + "'; declare it under $.dimensions or use one of "
                    + String.join(", ", known(declared)));
        }
        DimensionFamily wanted = switch (e.kind()) {
            case INTEREST -> DimensionFamily.INTEREST;
            case VALUE_CHOICE -> DimensionFamily.WORK_VALUE;
            default -> DimensionFamily.WORK_FACTOR;
        };
        if (d != null && d.family() != wanted) {
            problem(where + ".dimension", e.kind() + " questions measure " + wanted.label() + "; '" + id + "' is one of the "
                    + d.family().label());
        }
        if (e.kind() == QuestionKind.VALUE_CHOICE) {
            Dimension other = e.versus() == null ? null : declared.getOrDefault(e.versus(), dimensions.get(e.versus()));
            if (other == null || other.family() != DimensionFamily.WORK_VALUE || e.versus().equals(id)) {
                problem(where + ".versus", "must name a second work value, other than '" + id + "'");
            }
        } else if (e.versus() != null) {
            problem(where + ".versus", "only VALUE_CHOICE questions name a second value");
        }
        if (e.kind() == QuestionKind.AGREEMENT && e.keying() == null) {
            problem(where + ".keying", "is missing; POSITIVE when agreeing means liking the factor, else REVERSE");
        }
        if (e.kind() != QuestionKind.AGREEMENT && e.keying() != null) {
            problem(where + ".keying", "only agreement statements have a keying");
        }
        if (e.kind() == QuestionKind.IMPORTANCE && id != null && !importanceFactors.add(id)) {
            problem(where + ".dimension", "dimension '" + id + "' already has an importance question");
        }
        if (e.options() != null) {
            problem(where + ".options", e.kind() + " questions use the bank's scales; remove options");
        }
        return List.of();
    }

    private List<String> known(Map<String, Dimension> declared) {
        List<String> ids = new ArrayList<>(dimensions.keySet());
        ids.addAll(declared.keySet());
        return ids.size() > 12 ? ids.subList(0, 12) : ids;
    }

    private List<ResponseOption> choiceQuestion(String where, BankDocument.Entry e) {
        if (!singletons.add(e.kind())) {
            problem(where + ".kind", "the bank already has a " + e.kind() + " question");
        }
        if (e.factor() != null || e.keying() != null) {
            problem(where, e.kind() + " questions have no factor or keying");
        }
        if (e.options() == null || e.options().isEmpty()) {
            problem(where + ".options", "is missing; list the answers one can pick");
            return null;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < e.options().size(); i++) {
            int value = e.options().get(i).value();
            String at = where + ".options[" + i + "].value";
            if (!seen.add(value)) {
                problem(at, "value " + value + " is listed twice");
            }
            if (i > 0 && value < e.options().get(i - 1).value()) {
                problem(at, "options must be in increasing order of value");
            }
            if (e.kind() == QuestionKind.EDUCATION_HELD) {
                try {
                    EducationLevel.ofOnetCategory(value);
                } catch (IllegalArgumentException ex) {
                    problem(at, ex.getMessage());
                }
            } else if (value < 0 || value > 50) {
                problem(at, "years must be between 0 and 50, was " + value);
            }
        }
        return e.options();
    }

    private List<ResponseOption> scaleFor(QuestionKind kind, BankDocument doc) {
        BankDocument.Scales s = scales != null ? scales : doc.scales();
        if (s == null) {
            return null;
        }
        return switch (kind) {
            case INTEREST -> s.liking();
            case VALUE_CHOICE -> s.preference();
            case AGREEMENT -> s.agreement();
            default -> s.importance();
        };
    }
}
