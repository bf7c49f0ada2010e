package dev.careerfit.web;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.web.internal.WebApp;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import io.javalin.util.JavalinException;
import java.net.URI;
import java.util.Objects;

/**
 * careerfit in the browser and over HTTP: the quiz one question at a time, results, role, salary and sources pages,
 * search, and a JSON API (described by {@code /api/openapi.json}), served by an embedded Jetty. Nothing is stored
 * on the server: each request brings the person's answers, so several instances behind a load balancer need no
 * shared state (docs/web.md).
 *
 * <pre>{@code
 * try (CareerfitWeb web = CareerfitWeb.builder(scorer).port(8080).start()) {
 *     System.out.println("careerfit at " + web.uri());
 *     web.join();
 * }
 * }</pre>
 *
 * @since 0.4
 */
@Api(Api.Status.EXPERIMENTAL)
public final class CareerfitWeb implements AutoCloseable {
    /** Loopback only, unless the caller says otherwise: the app is not reachable from other machines by default. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    private final Javalin app;
    private final String host;

    private CareerfitWeb(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** A web app over {@code scorer}'s catalog and bank. */
    public static Builder builder(FitScorer scorer) {
        return new Builder(scorer);
    }

    /** The port it listens on (the one chosen, when started on port 0). */
    public int port() {
        return app.port();
    }

    /** Where to open it: {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** The routes it serves, as {@code GET /api/bank}: what its OpenAPI document must describe (ApiContractTest). */
    java.util.List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    /** Stops the server; requests in progress are ended. */
    @Override
    public void close() {
        app.stop();
    }

    /** Configures and starts a {@link CareerfitWeb}. */
    @Api(Api.Status.EXPERIMENTAL)
    public static final class Builder {
        private final FitScorer scorer;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private ReportPages pages;

        private Builder(FitScorer scorer) {
            this.scorer = Objects.requireNonNull(scorer, "scorer");
        }

        /** The address to listen on: {@value #DEFAULT_HOST} by default, {@code 0.0.0.0} for every interface. */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /** The port, 0 to 65535; 0 picks a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + value);
            }
            this.port = value;
            return this;
        }

        /**
         * Who writes the result, role, salary and sources pages and the catalog's JSON; careerfit's report module
         * ({@link ReportPages#of}) by default.
         */
        public Builder pages(ReportPages value) {
            this.pages = Objects.requireNonNull(value, "pages");
            return this;
        }

        /**
         * Starts the server.
         *
         * @throws CareerfitException naming the address when it cannot listen there: the port is taken, not allowed,
         *                            or the address is not this machine's
         */
        public CareerfitWeb start() {
            try {
                ReportPages chosen = pages != null ? pages : ReportPages.of(scorer.catalog());
                return new CareerfitWeb(WebApp.create(scorer, chosen, host, port).start(), host);
            } catch (JavalinException e) {
                throw new CareerfitException("cannot listen on " + host + ":" + port + ": " + reason(e)
                        + "; choose another with --port, or --host for another address", e);
            }
        }

        private static String reason(JavalinException e) {
            if (e instanceof JavalinBindException) {
                return e.getMessage().contains("already in use") ? "the port is taken" : "the port needs privileges";
            }
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        }
    }
}
