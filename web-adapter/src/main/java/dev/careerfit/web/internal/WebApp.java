package dev.careerfit.web.internal;

import dev.careerfit.Api;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.web.ReportPages;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Objects;

/**
 * The web app on Javalin: its routes, limits, headers and error replies. Stateless: every request brings what it
 * needs, so any number of instances can serve the same people.
 */
@Api(Api.Status.INTERNAL)
public final class WebApp {
    /**
     * Scripts and styles from the app itself only (no inline ones), no plugins, no framing, forms only to the app:
     * what escaping misses, the browser still refuses to run.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private WebApp() {}

    /** The app, configured and not started, listening on {@code host} and {@code port} (0: any free port). */
    public static Javalin create(FitScorer scorer, ReportPages pages, String host, int port) {
        Objects.requireNonNull(pages, "pages");
        Scoring scoring = new Scoring(scorer);
        Templates templates = new Templates();
        Problems problems = new Problems(templates);
        PageRoutes pageRoutes = new PageRoutes(scoring, pages, templates);
        ApiRoutes api = new ApiRoutes(scoring, pages);
        Assets assets = new Assets(pages);
        return Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = Limits.MAX_BODY_BYTES;
            config.jetty.multipartConfig.maxFileSize(Limits.MAX_BODY_BYTES, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(Limits.MAX_BODY_BYTES, io.javalin.config.SizeUnit.BYTES);
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
            config.routes.before(WebApp::headers);
            pageRoutes.register(config.routes);
            api.register(config.routes);
            assets.register(config.routes);
            config.routes.exception(HttpResponseException.class, problems::handle);
            config.routes.exception(Exception.class, problems::handle);
        });
    }

    /** On every reply: what the browser may do with it, and that replies carrying answers are not kept. */
    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }
}
