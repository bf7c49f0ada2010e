package dev.careerfit.quiz.bank;

import dev.careerfit.InvalidDataException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where question banks come from.
 *
 * <pre>{@code
 * QuestionBank bank = QuestionBanks.standard();           // built-in questions + those providers ship
 * QuestionBank mine = QuestionBanks.read(Path.of("my-bank.yaml"));
 * }</pre>
 *
 * <p>A provider jar that adds a work factor ships the questions on it: it lists its bank documents,
 * one resource path a line, in a resource named {@value #LISTING}. Every listed document is read; one
 * with problems is left out, with a {@linkplain QuestionBank#warnings() warning} naming it, its jar and
 * every problem, and the quiz goes on without its questions. A problem in the built-in bank, or in
 * documents {@linkplain #read(Path, Path...) read from files}, is reported in one
 * {@link InvalidDataException} with every problem.
 *
 * @since 0.1
 */
public final class QuestionBanks {
    /** The resource in which jars list their extra bank documents, one resource path a line. */
    public static final String LISTING = "META-INF/careerfit/questions";
    /** The built-in bank document, as a class path resource. */
    public static final String BUILT_IN = "dev/careerfit/quiz/bank/careerfit-questions.json";

    private QuestionBanks() {}

    /** The built-in bank and the documents listed on the thread's context class path. */
    public static QuestionBank standard() {
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(QuestionBanks.class.getClassLoader());
        return standard(loader);
    }

    /** The built-in bank and the documents listed on {@code loader}'s class path. */
    public static QuestionBank standard(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        BankReader reader = new BankReader();
        readBuiltIn(reader);
        Set<String> seen = new LinkedHashSet<>();
        try {
            Enumeration<URL> listings = loader.getResources(LISTING);
            while (listings.hasMoreElements()) {
                URL listing = listings.nextElement();
                for (String path : BankReader.listedDocuments(listing)) {
                    if (!seen.add(path)) {
                        continue;
                    }
                    URL doc = loader.getResource(path);
                    String where = path + " in " + jarOrFolder(listing);
                    if (doc == null) {
                        reader.warning(where, "is listed in " + LISTING + " but no such resource is on the class path"
                                + " (on the module path, its package must be opened: 'opens "
                                + (path.contains("/") ? path.substring(0, path.lastIndexOf('/')).replace('/', '.')
                                : "PACKAGE") + ";'); its questions are left out");
                    } else {
                        reader.readListed(where, path, doc);
                    }
                }
            }
        } catch (IOException e) {
            reader.problem(LISTING, "cannot be read: " + e.getMessage());
        }
        return reader.build();
    }

    /** Only the built-in bank, ignoring what other jars list. */
    public static QuestionBank builtIn() {
        BankReader reader = new BankReader();
        readBuiltIn(reader);
        return reader.build();
    }

    /**
     * Reads bank documents from files (JSON or YAML, by extension). The first is the main document and
     * carries the scales; the others add questions.
     */
    public static QuestionBank read(Path main, Path... extra) {
        BankReader reader = new BankReader();
        readFiles(reader, List.of(Objects.requireNonNull(main, "main")));
        readFiles(reader, List.of(extra));
        return reader.build();
    }

    /** The built-in bank followed by extra documents from files. */
    public static QuestionBank builtInWith(Path... extra) {
        BankReader reader = new BankReader();
        readBuiltIn(reader);
        readFiles(reader, List.of(extra));
        return reader.build();
    }

    /** The jar's file name, or the folder's path, that a listing resource is in. */
    private static String jarOrFolder(URL listing) {
        String text = listing.toString();
        String root = text.substring(0, text.length() - LISTING.length());
        String path = root.startsWith("jar:") && root.endsWith("!/") ? root.substring(4, root.length() - 2) : root;
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        return path.endsWith("/") ? path : path.substring(path.lastIndexOf('/') + 1);
    }

    private static void readFiles(BankReader reader, List<Path> files) {
        for (Path file : files) {
            try {
                reader.read(file.toString(), Files.newInputStream(file));
            } catch (IOException e) {
                reader.problem(file.toString(), "cannot be read: " + e.getMessage());
            }
        }
    }

    private static void readBuiltIn(BankReader reader) {
        // Through the class, not its loader: on the module path a class loader cannot see a resource in
        // another module's package, while a class can always read its own module's resources.
        InputStream in = QuestionBanks.class.getResourceAsStream("/" + BUILT_IN);
        if (in == null) {
            reader.problem(BUILT_IN, "the built-in question bank is missing from the quiz engine jar");
            return;
        }
        reader.read(BUILT_IN, in);
    }
}
