package dev.careerfit.cli;

import dev.careerfit.CareerfitException;
import dev.careerfit.Suggestions;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.ProviderFailure;
import dev.careerfit.catalog.ProviderInfo;
import dev.careerfit.catalog.UnknownRoleException;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.bank.QuestionBanks;
import dev.careerfit.report.ReportFormats;
import dev.careerfit.report.ReportSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    static final String RELEASES_ENV = "CAREERFIT_RELEASES";
    static final String HOME_ENV = "CAREERFIT_HOME";
    static final String NO_COLOR_ENV = "NO_COLOR";
    /** How the user runs the program, e.g. {@code ./careerfit}: the launcher sets it to the path it was run by. */
    static final String COMMAND_ENV = "CAREERFIT_COMMAND";
    /** The commands that read the catalog; the others (help, version, completion) never load a provider. */
    private static final Set<String> CATALOG_COMMANDS = Set.of("quiz", "score", "roles", "role", "salary", "sources",
            "serve");

    private final Map<String, String> env;
    private final InputStream in;
    private final boolean terminal;
    private final boolean unicode;
    private final Path userHome;

    private String providersOption;
    /** Where the saved scoring index lives, under the home folder. */
    static final String INDEX_FILE = "cache/scoring-index.bin";
    private final Map<String, Release> releases = new java.util.LinkedHashMap<>();
    /** The user's provider jars, once the loader is made. */
    private List<Path> userJars = List.of();
    private boolean verbose;
    private ClassLoader providerLoader;
    private CareerCatalog catalog;
    private boolean noticesShown;
    private FutureTask<CareerCatalog> preloaded;
    /** The scorer, made on the catalog's thread after the catalog for {@code score}; else null. */
    private FutureTask<FitScorer> preloadedScorer;
    /**
     * The command may need no role's facts (listing the roles, scoring against the shipped scoring index): the
     * catalog answers from the shipped role index and opens the providers only if the command asks for more.
     */
    private boolean fromShippedIndex;
    private FitScorer scorer;

    /** Standard input as a file, when the system shows it as one: an output must not be it. */
    private Path standardInput;

    CliContext(Map<String, String> env, InputStream in, boolean terminal, boolean unicode, Path userHome) {
        this.env = Map.copyOf(env);
        this.in = Objects.requireNonNull(in, "in");
        this.terminal = terminal;
        this.unicode = unicode;
        this.userHome = Objects.requireNonNull(userHome, "userHome");
    }

    /** The real process: its environment, standard input and terminal. */
    static CliContext system() {
        // Bars are drawn with blocks only where the terminal's own charset has them; otherwise with '#'.
        CliContext context = new CliContext(System.getenv(), System.in, System.console() != null,
                outputCharset().newEncoder().canEncode("█▏"), Path.of(System.getProperty("user.home")));
        context.standardInput = dev.careerfit.json.OutputTarget.standardInputFile().orElse(null);
        return context;
    }

    /** Standard input as a file, where the system shows it as one ({@code /proc/self/fd/0}): no output may be it. */
    Optional<Path> standardInput() {
        return Optional.ofNullable(standardInput);
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

    /** A writer to {@code stream} in {@code charset}, as {@link #encoder} writes. */
    static PrintWriter writer(java.io.OutputStream stream, Charset charset) {
        return new PrintWriter(encoder(stream, charset), true);
    }

    /**
     * Text to {@code stream} in {@code charset}. Where that charset cannot show a character (a pound sign under
     * {@code LC_ALL=C}), it writes the same thing in ASCII, the same way every time: "GBP 60,000", never "?60,000".
     */
    static java.io.Writer encoder(java.io.OutputStream stream, Charset charset) {
        java.io.Writer w = new OutputStreamWriter(stream, charset);
        return charset.newEncoder().canEncode("\u00a3\u20ac\u2588\u201c") ? w : new AsciiFallbackWriter(w, charset);
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

    /**
     * How pages are written here: wrapped at the terminal's width ({@code COLUMNS}, else what the terminal says), or
     * at {@value ReportSettings#DEFAULT_WIDTH} columns when the output is a file or a pipe; colours and block
     * characters as {@link #style()} allows.
     */
    ReportSettings settings(boolean details) {
        return ReportSettings.defaults().withWidth(width()).withDetails(details).withColour(colour())
                .withUnicode(unicode).withVersion(VersionProvider.version());
    }

    /** The formats pages can be written in: careerfit's own and those the provider jars register. */
    ReportFormats formats() {
        return ReportFormats.discover(providerLoader());
    }

    /** Columns of the terminal, or {@value ReportSettings#DEFAULT_WIDTH} when the output is not one. */
    int width() {
        String columns = env("COLUMNS");
        if (columns != null && columns.strip().matches("[0-9]{1,4}")) {
            return Integer.parseInt(columns.strip());
        }
        return terminal ? TerminalWidth.ask().orElse(ReportSettings.DEFAULT_WIDTH) : ReportSettings.DEFAULT_WIDTH;
    }

    /**
     * The program as the user types it, for messages that tell them what to run next: {@code $CAREERFIT_COMMAND}
     * (the {@code ./careerfit} launcher sets it to the path it was run by), else {@code careerfit}.
     */
    String command() {
        String command = env(COMMAND_ENV);
        return command != null ? command.strip() : "careerfit";
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
     * Releases given with {@code --release}: picocli passes the values given so far (before the command word, or
     * after it), so a value seen before is seen again. One provider with two paths is a usage error.
     */
    void releases(List<String> specs) {
        for (String spec : specs) {
            Release r = Release.parse(spec, "--release");
            Release before = releases.putIfAbsent(r.provider(), r);
            if (before != null && !before.path().equals(r.path())) {
                throw new CareerfitException("--release " + r.provider() + " is given twice (" + before.path() + " and "
                        + r.path() + "); give one release for each provider");
            }
        }
    }

    /**
     * The releases given on the command line, else in {@code $CAREERFIT_RELEASES} ({@code id=path},
     * several separated by commas), by provider id.
     */
    Map<String, Release> releases() {
        if (!releases.isEmpty()) {
            return releases;
        }
        String env = env(RELEASES_ENV);
        Map<String, Release> fromEnv = new java.util.LinkedHashMap<>();
        if (env != null) {
            for (String part : env.split(",")) {
                if (!part.isBlank()) {
                    Release r = Release.parse(part.strip(), RELEASES_ENV);
                    fromEnv.put(r.provider(), r);
                }
            }
        }
        return fromEnv;
    }

    /**
     * A release to read instead of a provider's built-in snapshot, as the user gave it.
     *
     * @param provider the provider's id, {@code onet}
     * @param path     the folder or file, as given
     * @param origin   where it was given: {@code --release} or the variable's name, for messages
     */
    record Release(String provider, String path, String origin) {
        static Release parse(String spec, String origin) {
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw new CareerfitException(origin + " '" + spec + "' must be PROVIDER=PATH, e.g. onet=./db_30_2_text "
                        + "or bls-oews=./national_M2025_dl.xlsx");
            }
            return new Release(spec.substring(0, eq).strip(), spec.substring(eq + 1).strip(), origin);
        }

        /** How the user wrote it: {@code --release onet=./db}. */
        @Override
        public String toString() {
            return origin.startsWith("-") ? origin + " " + provider + "=" + path
                    : provider + "=" + path + " in " + origin;
        }
    }

    /**
     * The class loader that sees the user's provider jars ({@code --providers}, else
     * {@code $CAREERFIT_PROVIDERS}) on top of the built-in ones; the program's own loader when none are given.
     */
    synchronized ClassLoader providerLoader() {
        if (providerLoader == null) {
            ClassLoader parent = Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(),
                    CliContext.class.getClassLoader());
            String spec = providersOption != null ? providersOption : env(PROVIDERS_ENV);
            String origin = providersOption != null ? "--providers" : PROVIDERS_ENV;
            userJars = spec == null ? List.of() : ProviderJars.jars(spec, origin);
            providerLoader = spec == null ? parent : ProviderJars.loader(userJars, origin, parent);
        }
        return providerLoader;
    }

    /**
     * Every role the built-in and the user's providers know; built once, on first use.
     *
     * @throws CareerfitException when something the user asked for by name or path did not load ({@link
     *                            #configurationProblem})
     */
    CareerCatalog catalog() {
        CareerCatalog loaded = loadedCatalog();
        configurationProblem(loaded).ifPresent(problem -> {
            // The error is the one line to read; the notices would repeat it.
            noticesShown = true;
            throw new CareerfitException(problem);
        });
        return loaded;
    }

    /** The catalog as it loaded, whatever failed: for {@code careerfit sources}, which shows every failure. */
    CareerCatalog loadedCatalog() {
        if (catalog == null) {
            catalog = preloaded != null && providersOption == null && releases.isEmpty() ? await(preloaded)
                    : buildCatalog();
        }
        return catalog;
    }

    /**
     * What the user asked for that {@code catalog} could not give, in one line naming it and why: a release for a
     * provider that does not exist, failed, or read nothing from it; a provider in the user's own jars that failed.
     * A built-in provider that fails without being asked for is a notice, not an error.
     */
    Optional<String> configurationProblem(CareerCatalog catalog) {
        if (releases().isEmpty() && userJars.isEmpty()) {
            // Nothing asked for by name or path; and the catalog need not open its providers to say so.
            return Optional.empty();
        }
        List<String> problems = new java.util.ArrayList<>();
        Set<String> known = new java.util.TreeSet<>();
        catalog.providers().forEach(p -> known.add(p.id()));
        catalog.failures().forEach(f -> known.add(f.provider()));
        for (Release r : releases().values()) {
            Optional<ProviderFailure> failed = catalog.failures().stream().filter(f -> f.provider().equals(r.provider()))
                    .findFirst();
            Optional<ProviderInfo> loaded = catalog.providers().stream().filter(p -> p.id().equals(r.provider()))
                    .findFirst();
            if (failed.isPresent()) {
                problems.add(r + ": " + brief(failed.get()));
            } else if (loaded.isEmpty()) {
                String near = Suggestions.didYouMean(r.provider(), known);
                problems.add(r + ": there is no provider '" + r.provider() + "'" + (near.isEmpty() ? "; the"
                        : near + " The") + " providers are " + String.join(", ", known));
            } else if (loaded.get().report().isEmpty()) {
                problems.add(r + ": provider '" + r.provider() + "' does not read releases; "
                        + "the national providers (onet, bls-oews, bls-ep) do");
            } else if (loaded.get().report().rowsLoaded() == 0) {
                List<dev.careerfit.Problem> why = loaded.get().report().problems();
                problems.add(r + ": nothing could be read from it: " + (why.isEmpty()
                        ? "none of its rows are in the layout provider '" + r.provider() + "' reads"
                        : why.get(0).toString()) + " [see careerfit sources]");
            }
        }
        Map<String, Path> registered = ProviderJars.registrations(userJars);
        for (ProviderFailure f : catalog.failures()) {
            registered.entrySet().stream().filter(r -> f.provider().equals(r.getKey()) || f.origin().contains(r.getKey()))
                    .findFirst().ifPresent(r -> problems.add((providersOption != null ? "--providers" : PROVIDERS_ENV)
                            + " " + r.getValue().getFileName() + ": " + brief(f)));
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(problems.get(0) + (problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more; "
                + "see careerfit sources)"));
    }

    /**
     * Starts building the catalog on another thread while picocli sets itself up, since both take a
     * good part of start-up; only for commands that use the catalog, and only when the command line
     * cannot change how it is built ({@code --providers}). Errors surface in {@link #catalog()}.
     */
    void preloadCatalog(String... args) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")
                    || arg.startsWith("--providers") || arg.startsWith("--release")) {
                return;
            }
        }
        Optional<String> command = CareerfitCommand.subcommand(args).filter(CATALOG_COMMANDS::contains);
        if (command.isEmpty()) {
            return;
        }
        // roles without a search or JSON (which counts the providers) needs the role index alone; score --all without
        // --role needs the role index, the work factors and the shipped scoring index, which the role index keys. A
        // score page on one role (--role, or the answers' role without --all) or on the best few cites their facts, so
        // there the providers are opened at once, as for the other commands.
        boolean roles = command.get().equals("roles") && java.util.Arrays.stream(args)
                .noneMatch(a -> a.startsWith("-s") || a.startsWith("--search") || a.startsWith("--json"));
        boolean score = command.get().equals("score");
        boolean onOneRole = !List.of(args).contains("--all") || java.util.Arrays.stream(args)
                .anyMatch(a -> a.startsWith("-r") || a.startsWith("--role"));
        fromShippedIndex = roles || score && !onOneRole;
        preloaded = new FutureTask<>(this::buildCatalog);
        // score's scorer (the bank and the scoring index read) is made here too, while picocli sets up.
        preloadedScorer = score ? new FutureTask<>(() -> newScorer(await(preloaded))) : null;
        Thread loader = new Thread(() -> {
            preloaded.run();
            if (preloadedScorer != null) {
                preloadedScorer.run();
            }
        }, "careerfit-catalog");
        loader.setDaemon(true);
        loader.start();
    }

    private CareerCatalog buildCatalog() {
        CareerCatalog.Builder builder = CareerCatalog.builder().classLoader(providerLoader());
        if (fromShippedIndex) {
            builder.rolesFromShippedIndex();
        }
        for (Release r : releases().values()) {
            Path release = Path.of(r.path());
            if (!Files.exists(release)) {
                throw new CareerfitException(r + ": no such file or folder");
            }
            builder.release(r.provider(), release);
        }
        return builder.build();
    }

    private static <T> T await(FutureTask<T> task) {
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

    /**
     * {@code id} when the catalog has that role.
     *
     * @throws UnknownRoleException naming the id and the nearest known ids when it has not
     */
    String requireRole(String id) {
        catalog().requireRole(id);
        return id;
    }

    /** A provider's failure in one line: the problem, or how many and the first; {@code careerfit sources} lists all. */
    static String brief(ProviderFailure f) {
        return f.problems().size() == 1 ? f.describe() : "provider '" + f.provider() + "' (" + f.origin() + ") "
                + f.stage().phrase() + ": " + f.problems().size() + " problems, the first: " + f.problems().get(0)
                + " [see careerfit sources]";
    }

    /**
     * One line each for what went wrong while the catalog loaded, for standard error after a command:
     * providers that failed, every problem in a release a provider read (the file, line and column), and
     * what is wrong with the questions providers ship.
     * Empty when the catalog was not built, had nothing to say, or the command already showed it all.
     */
    List<String> notices() {
        if (catalog == null || noticesShown) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>();
        // A catalog that listed its roles from the shipped index and opened no provider has none to report: the
        // index is used only for the providers it was made from, which loaded without failures or problems.
        if (catalog.providersOpened()) {
            providerNotices(lines);
        }
        if (scorer != null) {
            // Cheap ones only: the bank's (a provider's question document left out, a factor without questions).
            scorer.bank().warnings().forEach(w -> lines.add("questions: " + w));
        }
        return lines;
    }

    private void providerNotices(List<String> lines) {
        catalog.failures().forEach(f -> lines.add(brief(f)));
        int shown = 0;
        int problems = 0;
        for (var p : catalog.providers()) {
            for (var problem : p.report().problems()) {
                problems++;
                if (shown < 10) {
                    lines.add(p.id() + ": " + problem);
                    shown++;
                }
            }
        }
        if (problems > shown) {
            lines.add((problems - shown) + " more problems in the releases read; see careerfit sources");
        }
    }

    /** The command showed every failure and problem itself ({@code careerfit sources}). */
    void noticesShown() {
        this.noticesShown = true;
    }

    /** The scorer over the catalog, with the built-in questions and those the user's provider jars add. */
    FitScorer scorer() {
        if (scorer == null) {
            CareerCatalog checked = catalog();
            scorer = preloadedScorer != null && providersOption == null && releases.isEmpty() ? await(preloadedScorer)
                    : newScorer(checked);
        }
        return scorer;
    }

    private FitScorer newScorer(CareerCatalog over) {
        FitScorers.Builder builder = FitScorers.builder().catalog(over).bank(QuestionBanks.standard(providerLoader()));
        indexKey().ifPresent(key -> builder.indexCache(home().resolve(INDEX_FILE), key));
        return builder.build();
    }

    /**
     * The key of the saved scoring index ({@value #INDEX_FILE} under the home folder): careerfit's jar, by
     * path, size and date, since it holds every built-in provider and the bank. Only for the built-in catalog:
     * with --providers or --release the index is built each time.
     */
    private Optional<String> indexKey() {
        if (providersOption != null || env(PROVIDERS_ENV) != null || !releases().isEmpty()) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(CliContext.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            return Optional.of("careerfit " + VersionProvider.version() + "; " + jar.toAbsolutePath() + "; "
                    + Files.size(jar) + " bytes; " + Files.getLastModifiedTime(jar));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
