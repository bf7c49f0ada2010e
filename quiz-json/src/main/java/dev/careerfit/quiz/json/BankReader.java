package dev.careerfit.quiz.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careerfit.Problem;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.json.CareerfitJson;
import dev.careerfit.json.JsonProblems;
import dev.careerfit.quiz.bank.BankPart;
import dev.careerfit.quiz.bank.Dimension;
import dev.careerfit.quiz.bank.DimensionFamilies;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.bank.LevelRule;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.bank.ResponseOption;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one bank document and checks it as a whole, every problem placed at its file and JSON path: the main
 * document into a new bank ({@link #main}), any other into a bank being made ({@link #addTo}), which it joins only
 * when it has no problem. What a bank may hold is the bank builder's rule ({@link QuestionBank.Builder#check}); this
 * reader places those problems in the document and adds what only a document can get wrong.
 */
final class BankReader {
    private static final Pattern DOCUMENT_ID = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");

    private final String location;
    private final ClassLoader loader;
    private final List<Problem> problems = new ArrayList<>();

    /** One mapper per format for every bank document: each new mapper repeats Jackson's costly warm-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = CareerfitJson.objectMapper();
    }

    /** Built on first use: most banks are JSON. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = CareerfitJson.yamlMapper();
    }

    private BankReader(String location, ClassLoader loader) {
        this.location = location;
        this.loader = loader;
    }

    /**
     * A new bank from its main document, which sets the scales and wording; or {@code null} with {@code problems}
     * filled.
     */
    static QuestionBank.Builder main(String location, InputStream in, ClassLoader loader, List<Problem> problems) {
        BankReader reader = new BankReader(location, loader);
        BankDocument doc = reader.parse(in);
        QuestionBank.Builder bank = null;
        if (doc != null) {
            bank = reader.scales(doc);
            if (bank != null) {
                reader.document(bank, doc, true);
            }
        }
        problems.addAll(reader.problems);
        return problems.isEmpty() ? bank : null;
    }

    /** Adds another document's dimensions and questions to {@code bank}, or returns its problems and adds nothing. */
    static List<Problem> addTo(QuestionBank.Builder bank, String location, InputStream in, ClassLoader loader) {
        BankReader reader = new BankReader(location, loader);
        BankDocument doc = reader.parse(in);
        if (doc != null) {
            reader.document(bank, doc, false);
        }
        return reader.problems;
    }

    private BankDocument parse(InputStream content) {
        try (InputStream in = content) {
            ObjectMapper mapper = CareerfitJson.formatOf(location) == CareerfitJson.Format.JSON ? Json.MAPPER : Yaml.MAPPER;
            BankDocument doc = mapper.readValue(in, BankDocument.class);
            if (doc == null) {
                problem("", "is empty");
            }
            return doc;
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(location, e.getMessage()));
        } catch (JsonProcessingException e) {
            problems.add(JsonProblems.of(location, e));
        } catch (IOException e) {
            problems.add(new Problem(location, "cannot be read: " + e.getMessage()));
        }
        return null;
    }

    private void problem(String path, String message) {
        problems.add(new Problem(path.isEmpty() ? location : location + " " + path, message));
    }

    /** The main document's id, version, scales and wording as a new bank; {@code null} when they have problems. */
    private QuestionBank.Builder scales(BankDocument doc) {
        if (!QuestionBank.FORMAT.equals(doc.format())) {
            problem("$.format", "must be '" + QuestionBank.FORMAT + "', was " + quoted(doc.format()));
        }
        header(doc);
        BankDocument.Scales s = doc.scales();
        if (s == null) {
            problem("$.scales", "the main bank must define the agreement, importance, liking and preference scales");
            return null;
        }
        fivePoint("$.scales.agreement", s.agreement());
        fivePoint("$.scales.importance", s.importance());
        fivePoint("$.scales.liking", s.liking());
        fivePoint("$.scales.preference", s.preference());
        if (s.notSure() == null || s.notSure().isBlank()) {
            problem("$.scales.notSure", "give the words for the \"not sure\" answer");
        }
        if (s.skip() == null || s.skip().isBlank()) {
            problem("$.scales.skip", "give the words for skipping a question");
        }
        if (doc.skillQuestion() == null || !doc.skillQuestion().contains("{skill}")) {
            problem("$.skillQuestion", "must be a question containing {skill}, e.g. \"How well can you use {skill}?\"");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return QuestionBank.builder(doc.id(), doc.version()).reads(doc.reads() == null ? List.of() : doc.reads())
                .scale(QuestionKind.AGREEMENT, s.agreement()).scale(QuestionKind.IMPORTANCE, s.importance())
                .scale(QuestionKind.INTEREST, s.liking()).scale(QuestionKind.VALUE_CHOICE, s.preference())
                .notSure(s.notSure()).skip(s.skip()).skillQuestion(doc.skillQuestion());
    }

    private void header(BankDocument doc) {
        if (doc.id() == null || !DOCUMENT_ID.matcher(doc.id()).matches()) {
            problem("$.id", "must be lower-case letters and digits separated by '-' or '.'");
        }
        if (doc.version() == null || doc.version().isBlank()) {
            problem("$.version", "is missing; give the document a version, e.g. \"1.0\"");
        }
    }

    private void fivePoint(String where, List<ResponseOption> scale) {
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

    /** The document's dimensions and questions, tried on a copy of {@code bank} and added when all is well. */
    private void document(QuestionBank.Builder bank, BankDocument doc, boolean main) {
        int before = problems.size();
        boolean first = QuestionBank.FORMAT_1.equals(doc.format());
        if (!main) {
            if (!QuestionBank.FORMAT.equals(doc.format()) && !first) {
                problem("$.format", "must be '" + QuestionBank.FORMAT + "' (or '" + QuestionBank.FORMAT_1 + "' for a "
                        + "document that adds questions), was " + quoted(doc.format()));
            }
            header(doc);
            if (doc.scales() != null || doc.skillQuestion() != null) {
                problem("$.scales", "only the main bank sets the scales and the skill question; remove them from this "
                        + "document");
            }
        }
        QuestionBank.Builder trial = bank.copy();
        List<Dimension> dimensions = new ArrayList<>();
        Map<Dimension, String> origins = new LinkedHashMap<>();
        List<BankDocument.DimensionEntry> dims = doc.dimensions() == null ? List.of() : doc.dimensions();
        if (first && !dims.isEmpty()) {
            problem("$.dimensions", "dimensions are declared in format '" + QuestionBank.FORMAT + "'");
        }
        for (int i = 0; i < dims.size(); i++) {
            String path = "$.dimensions[" + i + "]";
            Dimension d = dimension(path, doc.id(), dims.get(i));
            if (d != null && placed(path + ".", trial.check(d))) {
                trial.dimension(d);
                dimensions.add(d);
                origins.put(d, location + " " + path + ".level");
            }
        }
        if (main && dims.isEmpty()) {
            problem("$.dimensions", "the main bank must declare the dimensions it measures");
        }
        List<BankDocument.Entry> entries = doc.questions() == null ? List.of() : doc.questions();
        if (first) {
            // The earlier format named work factors directly: each is a work-factor dimension.
            for (int i = 0; i < entries.size(); i++) {
                String f = entries.get(i).dimensionId();
                if (f != null && DimensionId.isValid(f) && trial.dimension(DimensionId.of(f)).isEmpty()) {
                    Dimension d = workFactor(f, null, null, LevelRule.of(f), doc.id());
                    trial.dimension(d);
                    dimensions.add(d);
                    origins.put(d, location + " $.questions[" + i + "].dimension");
                }
            }
        }
        if (entries.isEmpty()) {
            problem("$.questions", "has no questions");
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = "$.questions[" + i + "]";
            Question q = question(path, trial, doc.id(), entries.get(i));
            if (q != null && placed(path + ".", trial.check(q))) {
                trial.question(q);
                questions.add(q);
            }
        }
        if (problems.size() == before) {
            bank.part(new BankPart(doc.id(), doc.version(), location));
            dimensions.forEach(d -> bank.dimension(d, origins.get(d)));
            questions.forEach(bank::question);
        }
    }

    /**
     * Adds the builder's problems with a field, at {@code path} in the document, but for those this reader has
     * placed already; whether there were none.
     */
    private boolean placed(String path, List<Problem> found) {
        for (Problem p : found) {
            Problem placed = new Problem(location + " " + path + p.where(), p.message());
            if (!problems.contains(placed)) {
                problems.add(placed);
            }
        }
        return found.isEmpty();
    }

    private Dimension dimension(String path, String document, BankDocument.DimensionEntry e) {
        int before = problems.size();
        if (e.id() == null || !DimensionId.isValid(e.id())) {
            problem(path + ".id", "must be lower-case letters and digits separated by '-' or '.', e.g. 'night-shifts'");
        }
        DimensionFamily family = null;
        if (e.family() == null) {
            problem(path + ".family", "is missing; one of " + families());
        } else {
            family = DimensionFamilies.byId(e.family(), loader).orElse(null);
            if (family == null) {
                problem(path + ".family", "unknown family '" + e.family() + "'; one of " + families()
                        + " (or one a jar registers in META-INF/services/" + DimensionFamily.class.getName() + ")");
            }
        }
        BankDocument.Level level = e.level();
        LevelRule rule = null;
        if (level == null || level.sources() != 1) {
            problem(path + ".level", "must name exactly one source: interest, workValue, factor or source");
        } else {
            rule = new LevelRule(level.value(), level.derivation());
            String wrong = family == null ? null : family.checkLevel(rule).orElse(null);
            if (wrong != null) {
                problem(path + ".level", "a " + family.id() + " dimension's level " + wrong);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        DimensionId id = DimensionId.of(e.id());
        if (family.equals(DimensionFamilies.WORK_FACTOR) && (e.name() == null || e.description() == null)) {
            return workFactor(e.id(), e.name(), e.description(), rule, document);
        }
        if (e.name() == null || e.name().isBlank() || e.description() == null || e.description().isBlank()) {
            problem(path, "give the dimension a name and a description");
            return null;
        }
        return new Dimension(id, family, e.name().strip(), e.description().strip(), rule, document);
    }

    private String families() {
        return String.join(", ", DimensionFamilies.all(loader).keySet());
    }

    /** A work-factor dimension named and described as the standard factor, or by its id when not standard. */
    private static Dimension workFactor(String id, String name, String description, LevelRule rule, String document) {
        var standard = FactorId.isValid(rule.source()) ? WorkFactors.standard(FactorId.of(rule.source()))
                : java.util.Optional.<dev.careerfit.factor.WorkFactor>empty();
        String n = name != null ? name.strip() : standard.map(f -> f.name()).orElse(id);
        String d = description != null ? description.strip() : standard.map(f -> f.description())
                .orElse("work factor '" + id + "'");
        return new Dimension(DimensionId.of(id), DimensionFamilies.WORK_FACTOR, n, d, rule, document);
    }

    private Question question(String path, QuestionBank.Builder trial, String document, BankDocument.Entry e) {
        int before = problems.size();
        if (e.id() == null || !QuestionId.isValid(e.id())) {
            problem(path + ".id", "must be lower-case letters and digits separated by '-' or '.', e.g. 'pay.1'");
        } else {
            // Placed here as the bank's own check words it, so that a question with other problems still says so.
            trial.question(QuestionId.of(e.id())).ifPresent(q -> problem(path + ".id", "question id '" + e.id()
                    + "' is already used in " + q.document()));
        }
        if (e.text() == null || e.text().isBlank()) {
            problem(path + ".text", "is missing");
        }
        if (e.kind() == null) {
            problem(path + ".kind", "is missing; one of INTEREST, VALUE_CHOICE, AGREEMENT, IMPORTANCE, "
                    + "EDUCATION_HELD, STUDY_YEARS, EXPERIENCE_YEARS");
            return null;
        }
        List<ResponseOption> options = switch (e.kind()) {
            case INTEREST, VALUE_CHOICE, AGREEMENT, IMPORTANCE -> measuring(path, trial, e);
            case EDUCATION_HELD, STUDY_YEARS, EXPERIENCE_YEARS -> choices(path, e);
            case SKILL_RATING -> {
                problem(path + ".kind", "skill questions are generated from the catalog; do not write them");
                yield null;
            }
        };
        if (problems.size() > before || options == null) {
            return null;
        }
        String dimension = e.dimensionId();
        return new Question(QuestionId.of(e.id()), e.kind(), e.text().strip(),
                dimension == null ? null : DimensionId.of(dimension), e.versus() == null ? null : DimensionId.of(e.versus()),
                null, e.keying(), options, document);
    }

    /** A question on a dimension: the bank's scale for its kind, once its fields are there. */
    private List<ResponseOption> measuring(String path, QuestionBank.Builder trial, BankDocument.Entry e) {
        String id = e.dimensionId();
        if (id == null) {
            problem(path + ".dimension", "is missing; name the dimension the question measures");
        } else if (!DimensionId.isValid(id)) {
            problem(path + ".dimension", "unknown dimension '" + id + "'; dimension ids are lower-case letters and "
                    + "digits separated by '-' or '.'");
        }
        if (e.kind() == QuestionKind.VALUE_CHOICE && (e.versus() == null || !DimensionId.isValid(e.versus())
                || e.versus().equals(id))) {
            problem(path + ".versus", "must name a second dimension of the same family, other than '" + id + "'");
        }
        if (e.kind() == QuestionKind.AGREEMENT && e.keying() == null) {
            problem(path + ".keying", "is missing; POSITIVE when agreeing means liking the factor, else REVERSE");
        }
        if (e.options() != null) {
            problem(path + ".options", e.kind() + " questions use the bank's scales; remove options");
        }
        return scaleOf(trial, e.kind());
    }

    private List<ResponseOption> scaleOf(QuestionBank.Builder trial, QuestionKind kind) {
        List<ResponseOption> scale = trial.scale(kind);
        if (scale.isEmpty()) {
            problem("$", "the main bank has no " + kind + " scale");
            return null;
        }
        return scale;
    }

    private List<ResponseOption> choices(String path, BankDocument.Entry e) {
        if (e.dimensionId() != null || e.keying() != null || e.versus() != null) {
            problem(path, e.kind() + " questions have no dimension, factor or keying");
        }
        if (e.options() == null || e.options().isEmpty()) {
            problem(path + ".options", "is missing; list the answers one can pick");
            return null;
        }
        return e.options();
    }

    private static String quoted(String value) {
        return value == null ? "missing" : "'" + Problem.quote(value) + "'";
    }
}
