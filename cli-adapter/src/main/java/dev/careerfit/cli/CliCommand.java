package dev.careerfit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * What every careerfit subcommand has: the context, and the command line's writers (so that tests
 * capture what it prints). Subcommands only read options, call core or the quiz engine, and print.
 */
abstract class CliCommand implements Callable<Integer> {
    protected final CliContext context;

    @Spec
    CommandSpec spec;

    CliCommand(CliContext context) {
        this.context = context;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Style style() {
        return context.style();
    }

    /** A usage error (exit code 2): the command line itself is wrong. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
