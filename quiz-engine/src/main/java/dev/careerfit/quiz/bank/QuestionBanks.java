package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Where question banks come from.
 *
 * <pre>{@code
 * QuestionBank bank = QuestionBanks.standard();           // the built-in questions + those providers ship
 * QuestionBank plain = QuestionBanks.builtIn();           // the built-in questions only
 * }</pre>
 *
 * <p>The built-in bank is compiled from its document at build time and shipped in the quiz engine's jar
 * ({@value #BUILT_IN}), read without a JSON library. A provider jar that adds a work factor ships the questions on
 * it: it lists its bank documents, one resource path a line, in a resource named {@value #LISTING}. Those
 * documents are JSON or YAML, read by a {@link QuestionDocumentReader} ({@code careerfit-quiz-json} registers
 * one); one with problems, or with no reader on the class path, is left out with a {@linkplain
 * QuestionBank#warnings() warning} naming it, its jar and every problem, and the quiz goes on without its
 * questions.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class QuestionBanks {
    /** The resource in which jars list their extra bank documents, one resource path a line. */
    public static final String LISTING = "META-INF/careerfit/questions";
    /** The built-in bank, compiled ({@value CompiledBank#FORMAT}), as a class path resource. */
    public static final String BUILT_IN = "dev/careerfit/quiz/bank/careerfit-questions.bank";

    private static volatile QuestionBank builtIn;

    private QuestionBanks() {}

    /** The built-in bank and the documents listed on the thread's context class path. */
    public static QuestionBank standard() {
        return standard(Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(QuestionBanks.class.getClassLoader()));
    }

    /** The built-in bank and the documents listed on {@code loader}'s class path, read by the readers it registers. */
    public static QuestionBank standard(ClassLoader loader) {
        return standard(loader, null);
    }

    /**
     * The built-in bank and the documents listed on {@code loader}'s class path, read by {@code reader} (or, when
     * {@code null}, by the {@link QuestionDocumentReader}s {@code loader} registers).
     */
    public static QuestionBank standard(ClassLoader loader, QuestionDocumentReader reader) {
        Objects.requireNonNull(loader, "loader");
        QuestionBank.Builder bank = builtIn().toBuilder();
        List<QuestionDocumentReader> readers = null;
        Set<String> seen = new LinkedHashSet<>();
        boolean listed = false;
        try {
            Enumeration<URL> listings = loader.getResources(LISTING);
            while (listings.hasMoreElements()) {
                URL listing = listings.nextElement();
                for (String path : listedDocuments(listing)) {
                    if (!seen.add(path)) {
                        continue;
                    }
                    listed = true;
                    if (readers == null) {
                        readers = reader != null ? List.of(reader) : readers(loader);
                    }
                    add(bank, path, path + " in " + jarOrFolder(listing), loader, readers);
                }
            }
        } catch (IOException e) {
            listed = true;
            bank.warning(new Problem(LISTING, "cannot be read: " + e.getMessage()));
        }
        return listed ? bank.build() : builtIn();
    }

    /** Only the built-in bank, ignoring what other jars list. */
    public static QuestionBank builtIn() {
        QuestionBank bank = builtIn;
        if (bank == null) {
            // Through the class, not its loader: on the module path a class loader cannot see a resource in
            // another module's package, while a class can always read its own module's resources.
            InputStream in = QuestionBanks.class.getResourceAsStream("/" + BUILT_IN);
            if (in == null) {
                throw new InvalidDataException(BUILT_IN, List.of(new Problem(BUILT_IN, "the built-in question bank is "
                        + "missing from the quiz engine jar")));
            }
            bank = CompiledBank.read(in, BUILT_IN, QuestionBanks.class.getClassLoader());
            builtIn = bank;
        }
        return bank;
    }

    /** Writes {@code bank} in the compact form the engine ships ({@value CompiledBank#FORMAT}). */
    public static void compile(QuestionBank bank, OutputStream out) throws IOException {
        CompiledBank.write(Objects.requireNonNull(bank, "bank"), Objects.requireNonNull(out, "out"));
    }

    /**
     * Reads a bank {@link #compile compiled} earlier; families not built in are found on {@code loader}.
     *
     * @throws InvalidDataException naming {@code location} when the content is not a compiled bank or is damaged
     */
    public static QuestionBank readCompiled(InputStream in, String location, ClassLoader loader) {
        return CompiledBank.read(Objects.requireNonNull(in, "in"), location, loader);
    }

    private static void add(QuestionBank.Builder bank, String path, String where, ClassLoader loader,
                            List<QuestionDocumentReader> readers) {
        URL doc = loader.getResource(path);
        if (doc == null) {
            bank.warning(new Problem(where, "is listed in " + LISTING + " but no such resource is on the class path (on "
                    + "the module path, its package must be opened: 'opens " + (path.contains("/")
                    ? path.substring(0, path.lastIndexOf('/')).replace('/', '.') : "PACKAGE") + ";'); its questions "
                    + "are left out"));
            return;
        }
        QuestionDocumentReader reader = readers.stream().filter(r -> r.reads(path)).findFirst().orElse(null);
        if (reader == null) {
            bank.warning(new Problem(where, "no reader for question documents is on the class path (add "
                    + "careerfit-quiz-json, which reads JSON and YAML); its questions are left out"));
            return;
        }
        List<Problem> found;
        try (InputStream in = doc.openStream()) {
            found = reader.addTo(bank, path, in);
        } catch (IOException e) {
            found = List.of(new Problem(path, "cannot be read: " + e.getMessage()));
        }
        if (!found.isEmpty()) {
            bank.warning(new Problem(where, "its questions are left out, the rest of the quiz works: " + found.size()
                    + (found.size() == 1 ? " problem: " : " problems: ")
                    + String.join("; ", found.stream().map(Problem::toString).toList())));
        }
    }

    /** The readers {@code loader} registers; one that cannot be loaded is skipped (it reads nothing). */
    private static List<QuestionDocumentReader> readers(ClassLoader loader) {
        List<QuestionDocumentReader> out = new ArrayList<>();
        var found = ServiceLoader.load(QuestionDocumentReader.class, loader).iterator();
        while (true) {
            try {
                if (!found.hasNext()) {
                    return out;
                }
                out.add(found.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                // A reader without its libraries (Jackson missing, say): the documents it would read are left out
                // with a warning that no reader is on the class path.
            }
        }
    }

    /** Reads the document list in a {@code META-INF/careerfit/questions} resource: one resource path a line. */
    private static List<String> listedDocuments(URL listing) throws IOException {
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

    /** The jar's file name, or the folder's path, that a listing resource is in. */
    private static String jarOrFolder(URL listing) {
        String text = listing.toString();
        String root = text.substring(0, text.length() - LISTING.length());
        String path = root.startsWith("jar:") && root.endsWith("!/") ? root.substring(4, root.length() - 2) : root;
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        return path.endsWith("/") ? path : path.substring(path.lastIndexOf('/') + 1);
    }
}
