package dev.careerfit.cli;

import dev.careerfit.CareerfitException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code careerfit}: the top-level command. It holds the options every subcommand shares and wires
 * picocli to careerfit's exit codes and one-line errors.
 */
@Command(name = "careerfit", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Tells you, with sources and reasons, whether a career role fits you.",
                "Start with: careerfit quiz"},
        exitCodeListHeading = "%nExit codes (every command):%n", exitCodeList = {
                "0:ok",
                "1:error: what the command names cannot be used: a missing or invalid file, an unknown role or "
                        + "provider, a release that cannot be read, a provider you asked for that fails, output that "
                        + "cannot be written (standard output too), a saved quiz in the way",
                "2:usage: the command line itself is wrong: an unknown command or option, a missing or malformed "
                        + "argument, a number out of range, options that cannot go together",
                "3:batch only: some lines could not be scored; the errors file says which and why"},
        footerHeading = "%nEnvironment:%n", footer = {
                "  CAREERFIT_PROVIDERS  extra provider jars, as for --providers",
                "  CAREERFIT_RELEASES   releases to read, as for --release: onet=PATH,bls-oews=PATH",
                "  CAREERFIT_HOME       where the quiz saves its progress (default ~/.careerfit)",
                "  NO_COLOR             set to anything to switch colours off",
                "  CAREERFIT_COMMAND    how messages name the program (the ./careerfit launcher sets it; default careerfit)",
                "  CAREERFIT_JAVA_OPTS  extra JVM options for the ./careerfit launcher"})
final class CareerfitCommand implements Callable<Integer> {
    /** This command's options that take a value: the word after them is that value, not a subcommand. */
    private static final Set<String> OPTIONS_WITH_VALUES = Set.of("--providers", "--release");

    private final CliContext context;

    @Spec
    CommandSpec spec;

    CareerfitCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--providers", paramLabel = "PATHS", scope = ScopeType.INHERIT, order = 100,
            description = {"Extra data providers: a folder of provider jars, or jars and folders separated by "
                    + "':' (';' on Windows). Their roles and questions join the built-in ones "
                    + "(default: $CAREERFIT_PROVIDERS)."})
    void providers(String spec) {
        context.providers(spec);
    }

    @Option(names = "--release", paramLabel = "PROVIDER=PATH", scope = ScopeType.INHERIT, order = 101,
            description = {"Read a release you downloaded instead of a provider's built-in snapshot, e.g. "
                    + "onet=./db_30_2_text, bls-oews=./national_M2025_dl.xlsx, bls-ep=./ep (a folder with "
                    + "occupation.xlsx and education.xlsx). Repeat for several (default: $CAREERFIT_RELEASES)."})
    void release(List<String> values) {
        try {
            context.releases(values);
        } catch (CareerfitException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT, order = 102,
            description = "Print the stack trace when something goes wrong.")
    void verbose(boolean enabled) {
        context.verbose(enabled);
    }

    /** {@code careerfit} alone shows the help. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /**
     * The command line for {@code args}, writing to the context's terminal. When {@code args} name a
     * subcommand, only that one is set up: picocli reads every registered command's annotations at
     * start, which was most of its share of start-up (docs/performance.md). Otherwise (no subcommand,
     * a mistyped one) all are, so help and suggestions list them all.
     */
    static CommandLine commandLine(CliContext context, String... args) {
        Factory factory = new Factory(context);
        CommandLine cl = new CommandLine(new CareerfitCommand(context), factory);
        // The completion script describes every command, so it needs them all.
        Optional<String> named = subcommand(args).filter(Subcommands.BY_NAME::containsKey)
                .filter(name -> !name.equals("generate-completion"));
        for (Map.Entry<String, Class<?>> sub : Subcommands.BY_NAME.entrySet()) {
            if (named.isEmpty() || named.get().equals(sub.getKey())) {
                try {
                    cl.addSubcommand(sub.getKey(), factory.create(sub.getValue()));
                } catch (Exception e) {
                    throw new CommandLine.InitializationException("cannot create the " + sub.getKey() + " command", e);
                }
            }
        }
        ErrorReporter errors = new ErrorReporter(context);
        cl.setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setExecutionStrategy(parseResult -> {
                    int code = new CommandLine.RunLast().execute(parseResult);
                    // What went wrong while the catalog loaded, whatever the command: one line each.
                    PrintWriter err = parseResult.commandSpec().commandLine().getErr();
                    Style style = context.style();
                    context.notices().forEach(n -> err.println(style.yellow("careerfit: " + n)));
                    return code;
                })
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setColorScheme(CommandLine.Help.defaultColorScheme(
                        context.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        // picocli hides its completion command by default; careerfit documents it.
        CommandLine completion = cl.getSubcommands().get("generate-completion");
        if (completion != null) {
            completion.getCommandSpec().usageMessage().hidden(false);
        }
        return cl;
    }

    /**
     * The subcommand word in {@code args} as picocli reads them: the first word that is neither one of
     * this command's options nor the value of one ({@code --providers PATHS}, {@code --release X}).
     */
    static Optional<String> subcommand(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUES.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return Optional.of(arg);
            }
        }
        return Optional.empty();
    }

    /**
     * The subcommands by name, in the order the help lists them; read from their annotations when first
     * needed, so that finding the command word ({@link CliContext#preloadCatalog}) does not wait for it.
     */
    private static final class Subcommands {
        static final Map<String, Class<?>> BY_NAME = byName(QuizCommand.class, ScoreCommand.class, BatchCommand.class,
                QuestionsCommand.class, RolesCommand.class, RoleCommand.class, SalaryCommand.class,
                SourcesCommand.class, ServeCommand.class, AutoComplete.GenerateCompletion.class);

        private static Map<String, Class<?>> byName(Class<?>... types) {
            Map<String, Class<?>> byName = new LinkedHashMap<>();
            for (Class<?> type : types) {
                byName.put(type.getAnnotation(Command.class).name(), type);
            }
            return Collections.unmodifiableMap(byName);
        }
    }

    /**
     * Runs {@code args} with {@code stdout} and {@code stderr} as standard output and error, and returns the exit
     * code. Both are checked once the command is done: output that could not be written is a message and exit
     * code 1, never success ({@code careerfit roles > /dev/full}). A reader that went away ({@code | head}) is
     * exit code 1 without a message, as there is nobody left to tell.
     */
    static int run(CliContext context, OutputStream stdout, OutputStream stderr, String... args) {
        CommandLine cl = commandLine(context, args);
        CheckedWriter out = CheckedWriter.of(stdout);
        CheckedWriter err = CheckedWriter.of(stderr);
        cl.setOut(out).setErr(err);
        int code = cl.execute(args);
        boolean succeeded = code == ExitCodes.OK || code == ExitCodes.SOME_FAILED;
        Optional<IOException> lost = out.failure();
        if (lost.isPresent() && succeeded) {
            if (!CheckedWriter.readerGone(lost.get())) {
                err.println(cl.getColorScheme().errorText("careerfit: standard output: "
                        + CheckedWriter.reason(lost.get())));
            }
            code = ExitCodes.ERROR;
        }
        if (err.failure().isPresent() && code == ExitCodes.OK) {
            code = ExitCodes.ERROR;
        }
        return code;
    }

    /** Creates commands that need the context with it, the rest the usual way. */
    private record Factory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                var constructor = type.getDeclaredConstructor(CliContext.class);
                constructor.setAccessible(true);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
