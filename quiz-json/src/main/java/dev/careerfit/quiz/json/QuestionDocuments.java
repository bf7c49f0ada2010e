package dev.careerfit.quiz.json;

import dev.careerfit.Api;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionBanks;
import dev.careerfit.quiz.bank.QuestionDocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads question bank documents, JSON or YAML (format {@value QuestionBank#FORMAT}, docs/formats.md), every problem
 * placed at its file and JSON path. Registered for {@link java.util.ServiceLoader} as the quiz engine's
 * {@link QuestionDocumentReader}, so that the documents provider jars list in {@value QuestionBanks#LISTING} join
 * {@link QuestionBanks#standard()} whenever this jar is on the class path.
 *
 * <pre>{@code
 * QuestionBank mine = QuestionDocuments.read(Path.of("my-bank.yaml"));          // a whole bank of your own
 * QuestionBank more = QuestionDocuments.builtInWith(Path.of("night-shifts.yaml"));   // the built-in one, and more
 * }</pre>
 *
 * <p>The built-in bank's document ({@value #BUILT_IN_DOCUMENT} in this jar) is what the quiz engine's compiled
 * bank is made from: {@link #main(String[])} compiles it, and a test checks that the two agree.
 *
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public final class QuestionDocuments implements QuestionDocumentReader {
    /** The built-in bank's document, as a class path resource of this jar. */
    public static final String BUILT_IN_DOCUMENT = "dev/careerfit/quiz/json/careerfit-questions.json";

    /** For {@link java.util.ServiceLoader}. */
    public QuestionDocuments() {}

    @Override
    public boolean reads(String location) {
        String name = location.toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    @Override
    public List<Problem> addTo(QuestionBank.Builder bank, String location, InputStream in) {
        return BankReader.addTo(Objects.requireNonNull(bank, "bank"), location, in, loader());
    }

    /**
     * A bank read from files: the first the main document, which carries the scales, the others adding to it.
     *
     * @throws InvalidDataException listing every problem in every document
     */
    public static QuestionBank read(Path main, Path... extra) {
        List<Problem> problems = new ArrayList<>();
        QuestionBank.Builder bank = null;
        try (InputStream in = Files.newInputStream(Objects.requireNonNull(main, "main"))) {
            bank = BankReader.main(main.toString(), in, loader(), problems);
        } catch (IOException e) {
            problems.add(new Problem(main.toString(), "cannot be read: " + e.getMessage()));
        }
        return finish(bank, extra, problems);
    }

    /**
     * The built-in bank followed by documents from files.
     *
     * @throws InvalidDataException listing every problem in every document
     */
    public static QuestionBank builtInWith(Path... extra) {
        return finish(QuestionBanks.builtIn().toBuilder(), extra, new ArrayList<>());
    }

    /** The built-in bank read from its document in this jar, rather than from the engine's compiled form. */
    public static QuestionBank builtInDocument() {
        InputStream in = QuestionDocuments.class.getResourceAsStream("/" + BUILT_IN_DOCUMENT);
        if (in == null) {
            throw new InvalidDataException(BUILT_IN_DOCUMENT, List.of(new Problem(BUILT_IN_DOCUMENT,
                    "the built-in bank document is missing from the careerfit-quiz-json jar")));
        }
        List<Problem> problems = new ArrayList<>();
        QuestionBank.Builder bank = BankReader.main(BUILT_IN_DOCUMENT, in, loader(), problems);
        return finish(bank, new Path[0], problems);
    }

    /** {@code bank} compiled, as the quiz engine ships it. */
    public static void compile(QuestionBank bank, OutputStream out) throws IOException {
        QuestionBanks.compile(bank, out);
    }

    /**
     * Compiles the built-in document into the quiz engine's sources: run after changing it (from the repository
     * root, {@code ./mvnw -q -pl quiz-json exec:java}), then commit both.
     *
     * @param args the compiled bank's path; by default the quiz engine's resource
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "quiz-engine/src/main/resources/" + QuestionBanks.BUILT_IN);
        try (OutputStream out = Files.newOutputStream(target)) {
            compile(builtInDocument(), out);
        }
        System.out.println("compiled " + BUILT_IN_DOCUMENT + " into " + target + " (" + Files.size(target) + " bytes)");
    }

    private static QuestionBank finish(QuestionBank.Builder bank, Path[] extra, List<Problem> problems) {
        for (Path file : extra) {
            try (InputStream in = Files.newInputStream(file)) {
                if (bank != null) {
                    problems.addAll(BankReader.addTo(bank, file.toString(), in, loader()));
                }
            } catch (IOException e) {
                problems.add(new Problem(file.toString(), "cannot be read: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty() || bank == null) {
            throw new InvalidDataException("question bank", problems.isEmpty()
                    ? List.of(new Problem("question bank", "no main document was read")) : problems);
        }
        return bank.build();
    }

    private static ClassLoader loader() {
        return Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(QuestionDocuments.class.getClassLoader());
    }
}
