package dev.careerfit.web.internal;

import dev.careerfit.web.ReportPages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The pages' style sheets and script, from the app's own jar: nothing comes from another site, and the pages'
 * Content-Security-Policy allows nothing else.
 */
final class Assets {
    private static final String FOLDER = "/dev/careerfit/web/static/";
    private static final String CSS = "text/css; charset=utf-8";

    private final Map<String, Asset> files;

    private record Asset(String type, byte[] bytes) {}

    Assets(ReportPages pages) {
        files = Map.of(
                "careerfit.css", new Asset(CSS, read("careerfit.css")),
                "careerfit.js", new Asset("text/javascript; charset=utf-8", read("careerfit.js")),
                "report.css", new Asset(CSS, pages.stylesheet().getBytes(StandardCharsets.UTF_8)));
    }

    void register(RoutesConfig routes) {
        routes.get("/static/{file}", this::serve);
    }

    private void serve(Context ctx) {
        Asset asset = files.get(ctx.pathParam("file"));
        if (asset == null) {
            throw new NotFoundResponse();
        }
        // The same for every instance and request until the app is upgraded: a day is short enough.
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType(asset.type()).result(asset.bytes());
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the web app's " + name + " is missing from its jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
