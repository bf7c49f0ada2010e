package dev.careerfit.web.internal;

import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.session.Progress;
import dev.careerfit.quiz.session.QuizSession;
import dev.careerfit.role.RoleId;
import dev.careerfit.web.ReportPages;
import dev.careerfit.web.internal.Problems.ProblemException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The JSON API for apps (described by /api/openapi.json): the bank, the next question for given answers, a
 * ranking, one role's report, and the catalog's roles, role, salary and sources, in the shapes the command line's
 * {@code --json} prints. Answers come in the request body as a {@code careerfit-answers/1} document.
 */
final class ApiRoutes {
    /** The OpenAPI document, and the JSON Schemas it refers to (copied from docs/schemas at build time). */
    static final String RESOURCES = "/dev/careerfit/web/api/";

    private final Scoring scoring;
    private final ReportPages pages;

    ApiRoutes(Scoring scoring, ReportPages pages) {
        this.scoring = scoring;
        this.pages = pages;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/health", ctx -> Json.send(ctx, Map.of("status", "ok")));
        routes.get("/api/openapi.json", ctx -> resource(ctx, "openapi.json"));
        routes.get("/api/schemas/{file}", ctx -> resource(ctx, "schemas/" + ctx.pathParam("file")));
        routes.get("/api/bank", ctx -> Json.send(ctx, scoring.listing()));
        routes.post("/api/next", this::next);
        routes.post("/api/ranking", this::ranking);
        routes.post("/api/roles/{id}/report", this::report);
        routes.get("/api/roles", this::roles);
        routes.get("/api/roles/{id}", this::role);
        routes.get("/api/roles/{id}/salary", this::salary);
        routes.get("/api/sources", this::sources);
    }

    private void next(Context ctx) {
        boolean quick = Params.flag(ctx, "quick", true);
        Answers answers = answers(ctx);
        QuizSession session = scoring.carryOn(answers, quick);
        Progress p = session.progress();
        Json.send(ctx, new NextQuestion(NextQuestion.FORMAT, answers.bankVersion(), session.finished(),
                p.position(), p.answered(), session.current().orElse(null)));
    }

    private void ranking(Context ctx) {
        int limit = Params.count(ctx, "limit", Scoring.SHOWN, Limits.MAX_LIMIT);
        Json.send(ctx, scoring.ranking(answers(ctx), limit));
    }

    private void report(Context ctx) {
        RoleId role = scoring.catalog().requireRole(ctx.pathParam("id")).id();
        Json.send(ctx, scoring.report(answers(ctx), role));
    }

    private void roles(Context ctx) throws IOException {
        String search = Params.text(ctx, "search");
        int limit = Params.count(ctx, "limit", Limits.MAX_LIMIT, Limits.MAX_LIMIT);
        List<RoleSummary> found = search == null ? scoring.catalog().roles() : scoring.catalog().search(search);
        StringBuilder json = new StringBuilder();
        send(ctx, pages.rolesJson(search, found.size(), found.subList(0, Math.min(limit, found.size())), json), json,
                "careerfit-roles/1", "careerfit roles --json");
    }

    private void role(Context ctx) throws IOException {
        CareerRole role = scoring.catalog().requireRole(ctx.pathParam("id"));
        StringBuilder json = new StringBuilder();
        send(ctx, pages.roleJson(role, json), json, "careerfit-role/3", "careerfit role ROLE --json");
    }

    private void salary(Context ctx) throws IOException {
        CareerRole role = scoring.catalog().requireRole(ctx.pathParam("id"));
        StringBuilder json = new StringBuilder();
        send(ctx, pages.salaryJson(role, PageRoutes.salaryRequest(ctx), json), json, "careerfit-salary/3",
                "careerfit salary ROLE --json");
    }

    private void sources(Context ctx) throws IOException {
        StringBuilder json = new StringBuilder();
        send(ctx, pages.sourcesJson(scoring.catalog(), json), json, "careerfit-sources/3", "careerfit sources --json");
    }

    /** The document the pages wrote, or a 501 naming the command that prints it meanwhile. */
    private static void send(Context ctx, boolean written, CharSequence json, String format, String command) {
        if (!written) {
            throw new ProblemException(HttpProblem.of(501, "Not available yet", format + " comes with careerfit's report "
                    + "module; until then the command line prints it: " + command));
        }
        ctx.contentType(Json.TYPE).result(json.toString());
    }

    /** The request body: an answers document, checked against the bank and the catalog. */
    private Answers answers(Context ctx) {
        String type = ctx.contentType();
        if (type != null && !type.toLowerCase(java.util.Locale.ROOT).startsWith(Json.TYPE)) {
            throw new ProblemException(new HttpProblem(415, "Unsupported media type", "the request body must be "
                    + Json.TYPE + ", was '" + Problem.quote(type) + "'", List.of(new Problem("Content-Type header",
                    "send an answers document (careerfit-answers/1) as " + Json.TYPE)), null));
        }
        String body = ctx.body();
        if (body.isBlank()) {
            throw ProblemException.at("request body", "is empty; send an answers document (careerfit-answers/1, "
                    + "docs/formats.md)");
        }
        return scoring.answers(body, "request body");
    }

    private static void resource(Context ctx, String name) {
        if (!name.matches("[a-z0-9.-]+(/[a-z0-9.-]+)?") || name.contains("..")) {
            throw new io.javalin.http.NotFoundResponse();
        }
        try (InputStream in = ApiRoutes.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new io.javalin.http.NotFoundResponse();
            }
            ctx.contentType(name.endsWith(".json") ? Json.TYPE : "text/plain")
                    .result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
