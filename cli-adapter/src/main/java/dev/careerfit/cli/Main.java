package dev.careerfit.cli;

import dev.careerfit.Api;
import java.io.FileDescriptor;
import java.io.FileOutputStream;

/**
 * Entry point of the {@code careerfit} program. Everything it does is in the subcommands of
 * {@link CareerfitCommand}; this class only wires them to the real terminal and exits with their code.
 *
 * @since 0.1
 */
@Api(Api.Status.INTERNAL)
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        CliContext context = CliContext.system();
        context.preloadCatalog(args);
        System.exit(CareerfitCommand.run(context, new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err), args));
    }
}
