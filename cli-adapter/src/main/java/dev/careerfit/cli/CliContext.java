package dev.careerfit.cli;

import dev.careerfit.CareerfitException;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.bank.QuestionBanks;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * What the commands get from the world outside them: environment variables, standard input, whether
 * output goes to a terminal, and the home folder; plus what the global options set and the catalog
 * built from them. The catalog is built on first use, so {@code --help} and {@code --version} never
 * load a provider.
 */
final class CliContext {
    static final String PROVIDERS_ENV = "CAREERFIT_PROVIDERS";
    static final String HOME_ENV = "CAREERFIT_HOME";
    static final String NO_COLOR_ENV = "NO_COLOR";
    /** The commands that read the catalog; the others (help, version, completion) never load a provider. */
    private static final Set<String> CATALOG_COMMANDS = Set.of("quiz", "score", "roles", "role", "salary", "sources");

    private final Map<String, String> env;
    private final InputStream in;
    private final boolean terminal;
    private final boolean unicode;
    private final Path userHome;

    private String providersOption;
    private boolean verbose;
    private ClassLoader providerLoader;
    private CareerCatalog catalog;
    private FutureTask<CareerCatalog> preloaded;
    private FitScorer scorer;

    CliContext(Map<String, String> env, InputStream in, boolean terminal, boolean unicode, Path userHome) {
        this.env = Map.copyOf(env);
        this.in = Objects.requireNonNull(in, "in");
        this.terminal = terminal;
        this.unicode = unicode;
        this.userHome = Objects.requireNonNull(userHome, "userHome");
    }

    /** The real process: its environment, standard input and terminal. */
    static CliContext system() {
        return new CliContext(System.getenv(), System.in, System.console() != null,
                outputCharset().newEncoder().canEncode("█▏"), Path.of(System.getProperty("user.home")));
    }

    /** The charset standard output is written in: the terminal's, else the platform's. */
    static Charset outputCharset() {
        String name = System.getProperty("sun.stdout.encoding", System.getProperty("native.encoding"));
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    static PrintWriter writer(java.io.OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, outputCharset()), true);
    }

    String env(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    InputStream in() {
        return in;
    }

    boolean terminal() {
        return terminal;
    }

    /** Colours only on a terminal, and never when {@code NO_COLOR} is set (https://no-color.org). */
    boolean colour() {
        return terminal && env(NO_COLOR_ENV) == null;
    }

    Style style() {
        return new Style(colour(), unicode);
    }

    /** careerfit's own folder: {@code $CAREERFIT_HOME}, else {@code ~/.careerfit}. */
    Path home() {
        String home = env(HOME_ENV);
        return home != null ? Path.of(home) : userHome.resolve(".careerfit");
    }

    boolean verbose() {
        return verbose;
    }

    void verbose(boolean enabled) {
        this.verbose = enabled;
    }

    void providers(String spec) {
        this.providersOption = spec;
    }

    /**
     * The class loader that sees the user's provider jars ({@code --providers}, else
     * {@code $CAREERFIT_PROVIDERS}) on top of the built-in ones; the program's own loader when none are given.
     */
    synchronized ClassLoader providerLoader() {
        if (providerLoader == null) {
            ClassLoader parent = Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(),
                    CliContext.class.getClassLoader());
            if (providersOption != null) {
                providerLoader = ProviderJars.loader(providersOption, "--providers", parent);
            } else if (env(PROVIDERS_ENV) != null) {
                providerLoader = ProviderJars.loader(env(PROVIDERS_ENV), PROVIDERS_ENV, parent);
            } else {
                providerLoader = parent;
            }
        }
        return providerLoader;
    }

    /** Every role the built-in and the user's providers know; built once, on first use. */
    CareerCatalog catalog() {
        if (catalog == null) {
            catalog = preloaded != null && providersOption == null ? await(preloaded) : buildCatalog();
        }
        return catalog;
    }

    /**
     * Starts building the catalog on another thread while picocli sets itself up, since both take a
     * good part of start-up; only for commands that use the catalog, and only when the command line
     * cannot change how it is built ({@code --providers}). Errors surface in {@link #catalog()}.
     */
    void preloadCatalog(String... args) {
        boolean help = false;
        String command = null;
        for (String arg : args) {
            help |= arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version");
            if (arg.startsWith("--providers")) {
                return;
            }
            if (command == null && !arg.startsWith("-")) {
                command = arg;
            }
        }
        if (help || command == null || !CATALOG_COMMANDS.contains(command)) {
            return;
        }
        preloaded = new FutureTask<>(this::buildCatalog);
        Thread loader = new Thread(preloaded, "careerfit-catalog");
        loader.setDaemon(true);
        loader.start();
    }

    private CareerCatalog buildCatalog() {
        return CareerCatalog.builder().classLoader(providerLoader()).build();
    }

    private static CareerCatalog await(FutureTask<CareerCatalog> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CareerfitException("interrupted while loading the providers", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new CareerfitException("could not load the providers: " + e.getCause(), e.getCause());
        }
    }

    /** The scorer over the catalog, with the built-in questions and those the user's provider jars add. */
    FitScorer scorer() {
        if (scorer == null) {
            scorer = FitScorers.builder().catalog(catalog()).bank(QuestionBanks.standard(providerLoader())).build();
        }
        return scorer;
    }
}
