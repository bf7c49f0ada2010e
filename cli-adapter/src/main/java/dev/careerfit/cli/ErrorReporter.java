package dev.careerfit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.careerfit.CareerfitException;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.Suggestions;
import dev.careerfit.json.JsonProblems;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * Turns every failure into one line on standard error and a documented exit code: 2 for a wrong
 * command line, 1 for everything else. The stack trace follows only with {@code --verbose}. What the
 * line repeats of the user's input cannot steer the terminal: control characters are shown escaped.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    /** Problems listed in one line; the rest are counted. */
    static final int LISTED = 5;

    private final CliContext context;

    ErrorReporter(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println(cl.getColorScheme().errorText("careerfit: " + describe(e)));
        if (context.verbose()) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.ERROR;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String message = printable(oneLine(e.getMessage()).replaceFirst("^Error: ", ""));
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            message = unmatched(cl.getCommandSpec(), u.getUnmatched().get(0)).orElse(message);
        }
        PrintWriter err = cl.getErr();
        err.println(cl.getColorScheme().errorText("careerfit: " + message + " (see '"
                + cl.getCommandSpec().qualifiedName() + " --help')"));
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * An unknown command or option in words, with the known ones nearest to it: {@code unknown command 'qiuz'; did
     * you mean quiz?}. Empty for an argument the command does not take at all.
     */
    static Optional<String> unmatched(CommandLine.Model.CommandSpec spec, String arg) {
        boolean option = arg.startsWith("-") && arg.length() > 1;
        if (!option && spec.subcommands().isEmpty()) {
            return Optional.empty();
        }
        String typed = option ? arg.replaceFirst("=.*", "") : arg;
        Set<String> known = option ? spec.optionsMap().keySet() : spec.subcommands().keySet();
        // A mistyped one-letter option (-x) is as near to every other as to any: no guess.
        String near = option && !typed.startsWith("--") ? "" : Suggestions.didYouMean(typed, known);
        return Optional.of(printable((option ? "unknown option '" : "unknown command '") + typed + "'" + near));
    }

    /**
     * What went wrong, in one line naming the file, line or field where the exception says, with control
     * characters escaped ({@link #printable}).
     */
    static String describe(Throwable e) {
        return printable(describeRaw(e));
    }

    private static String describeRaw(Throwable e) {
        if (e instanceof InvalidDataException ide) {
            return (located(ide) ? "" : ide.subject() + ": ") + problems(ide.problems());
        }
        if (e instanceof CareerfitException) {
            return oneLine(e.getMessage());
        }
        if (e instanceof UncheckedIOException u) {
            return (u.getMessage() != null && !u.getMessage().equals(String.valueOf(u.getCause()))
                    ? oneLine(u.getMessage()) + ": " : "") + describeRaw(u.getCause());
        }
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + ": already exists";
        }
        if (e instanceof JsonProcessingException j) {
            return JsonProblems.of(null, j).toString();
        }
        if (e instanceof IOException) {
            return oneLine(String.valueOf(e.getMessage()));
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()))
                + " (run with --verbose for details)";
    }

    /** One problem, or how many and the first {@value #LISTED}. */
    private static String problems(List<Problem> problems) {
        if (problems.size() == 1) {
            return oneLine(problems.get(0).toString());
        }
        return problems.size() + " problems: " + String.join("; ", problems.stream().limit(LISTED)
                .map(p -> oneLine(p.toString())).toList())
                + (problems.size() > LISTED ? "; and " + (problems.size() - LISTED) + " more" : "");
    }

    /**
     * {@code text} with every control character (and bidirectional override) written as a Java escape,
     * <code>&#92;u001b</code> for escape: an error line repeats what the user typed or a file held, and
     * that must not change colours, move the cursor or retitle the terminal.
     */
    static String printable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069');
            if (escape && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escape) {
                sb.append(String.format("\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Whether every problem already names the file it is in, so the subject need not be repeated. */
    private static boolean located(InvalidDataException e) {
        return e.subject() != null && e.problems().stream().allMatch(p -> p.where().startsWith(e.subject()));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
