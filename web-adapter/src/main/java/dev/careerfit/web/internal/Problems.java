package dev.careerfit.web.internal;

import dev.careerfit.CareerfitException;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.UnknownRoleException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns whatever went wrong while serving a request into a reply: a 4xx with a problem naming what and where for
 * bad input, a bare 500 for a fault of the app's own. Never a stack trace, and nothing from the request in the log:
 * a person's answers stay out of it, so only the exception's class is logged for a fault.
 */
final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final Templates templates;

    Problems(Templates templates) {
        this.templates = templates;
    }

    /** The reply for {@code e}. */
    void handle(Exception e, Context ctx) {
        send(ctx, problem(e));
    }

    static HttpProblem problem(Exception e) {
        if (e instanceof UnknownRoleException unknown) {
            return HttpProblem.of(404, "Unknown role", List.of(new Problem("role", unknown.getMessage())));
        }
        if (e instanceof InvalidDataException invalid) {
            return HttpProblem.of(400, "Invalid input", invalid.problems());
        }
        if (e instanceof ProblemException bad) {
            return bad.problem();
        }
        if (e instanceof CareerfitException) {
            // careerfit's own messages are one line naming the offender, written for people.
            return HttpProblem.of(400, "Invalid input", e.getMessage());
        }
        if (e instanceof HttpResponseException http) {
            return HttpProblem.of(http.getStatus(), HttpStatus.forStatus(http.getStatus()).getMessage(),
                    describe(http.getStatus()));
        }
        LOG.error("internal error while serving a request: {}{}", e.getClass().getName(),
                e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : "");
        return HttpProblem.of(500, "Internal error", "careerfit could not serve this request; nothing was stored, "
                + "so sending it again is safe");
    }

    private static String describe(int status) {
        return switch (status) {
            case 404 -> "no page or API route here; the API is described at /api/openapi.json";
            case 405 -> "this route does not take that method; the API is described at /api/openapi.json";
            case 413 -> "the request is over " + Limits.MAX_BODY_BYTES / (1024 * 1024) + " MiB, the most careerfit reads";
            default -> HttpStatus.forStatus(status).getMessage();
        };
    }

    /** Sends {@code problem}: a page for a browser on a page route, else {@code application/problem+json}. */
    void send(Context ctx, HttpProblem problem) {
        ctx.status(problem.status());
        if (wantsPage(ctx)) {
            templates.send(ctx, "problem.jte", problem);
        } else {
            ctx.contentType("application/problem+json").result(Json.write(problem));
        }
    }

    private static boolean wantsPage(Context ctx) {
        String accept = ctx.header("Accept");
        return !ctx.path().startsWith("/api/") && accept != null && accept.contains("text/html");
    }

    /** A request the app refuses or cannot serve, with the problem to answer. */
    static final class ProblemException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient HttpProblem problem;

        ProblemException(HttpProblem problem) {
            super(problem.detail(), null, false, false);
            this.problem = problem;
        }

        /** A 400 for one problem at {@code where}. */
        static ProblemException at(String where, String message) {
            return new ProblemException(HttpProblem.of(400, "Invalid input", List.of(new Problem(where, message))));
        }

        HttpProblem problem() {
            return problem;
        }
    }
}
