package dev.careerfit.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** Runs the program in-process, as a user would type it, and captures what it prints. */
final class CliRun {
    private final Map<String, String> env = new HashMap<>();
    private final Path home;
    private String stdin = "";
    private boolean keepContext;
    private CliContext kept;

    CliRun(Path home) {
        this.home = home;
    }

    CliRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    CliRun stdin(String text) {
        this.stdin = text;
        return this;
    }

    /**
     * Runs every command of this instance in one context, so that the catalog and the scorer are built once: for
     * tests that run a command many times (standard input is the one set before the first run).
     */
    CliRun keepContext() {
        this.keepContext = true;
        return this;
    }

    Result run(String... args) {
        CliContext context = kept != null ? kept : new CliContext(env,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, false, home);
        if (keepContext) {
            kept = context;
        }
        CommandLine cl = CareerfitCommand.commandLine(context, args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * Runs the program as {@link Main} does, with {@code stdout} as its standard output (a file or device the test
     * made): standard output is checked after the command as in the real program. Standard error is captured.
     */
    Result runTo(java.io.OutputStream stdout, String... args) {
        CliContext context = new CliContext(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                false, false, home);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = CareerfitCommand.run(context, stdout, err, args);
        return new Result(code, "", err.toString(CliContext.outputCharset()));
    }

    /** What a run printed and how it exited. */
    record Result(int exitCode, String out, String err) {
        /** Standard error's lines, without the trailing empty one. */
        String[] errLines() {
            return err.isEmpty() ? new String[0] : err.split("\\R");
        }
    }
}
