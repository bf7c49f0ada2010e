package dev.careerfit.cli;

import dev.careerfit.web.CareerfitWeb;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code careerfit serve}: careerfit in the browser and over HTTP, from the same catalog as every command. */
@Command(name = "serve", description = {"Serve careerfit in the browser: the quiz one question at a time, results, "
        + "occupations, pay and sources, and a JSON API for apps (described at /api/openapi.json). Nothing is stored on "
        + "the server: answers stay in the page and in the file a person downloads (docs/web.md)."})
final class ServeCommand extends CliCommand {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + CareerfitWeb.DEFAULT_PORT,
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = CareerfitWeb.DEFAULT_HOST,
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 for every "
                    + "interface, to serve other machines (docs/web.md says how to run it so).")
    String host;

    ServeCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw usage("--port must be between 0 and 65535, was " + port);
        }
        long start = System.nanoTime();
        try (CareerfitWeb web = CareerfitWeb.builder(context.scorer()).host(host).port(port).start()) {
            out().println("careerfit serves at " + web.uri() + String.format(java.util.Locale.ROOT,
                    " (ready in %.1f s; Ctrl-C stops it)", (System.nanoTime() - start) / 1e9));
            out().flush();
            web.join();
        }
        return ExitCodes.OK;
    }
}
