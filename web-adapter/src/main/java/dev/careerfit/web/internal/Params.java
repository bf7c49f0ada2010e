package dev.careerfit.web.internal;

import dev.careerfit.Problem;
import dev.careerfit.web.internal.Problems.ProblemException;
import io.javalin.http.Context;

/** Reads a request's query parameters and form fields, each bounded and named in any problem. */
final class Params {
    private Params() {}

    /** The query parameter {@code name}, stripped; {@code null} when absent or blank; bounded in length. */
    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > Limits.MAX_QUERY_CHARS) {
            throw ProblemException.at("query parameter " + name, "is " + value.length() + " characters long; give at most "
                    + Limits.MAX_QUERY_CHARS);
        }
        return value.strip();
    }

    /** The query parameter {@code name} as a whole number from 1 to {@code max}, or {@code fallback} when absent. */
    static int count(Context ctx, String name, int fallback, int max) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // not a number: the problem below says what is expected
        }
        throw ProblemException.at("query parameter " + name, "'" + Problem.quote(value) + "' is not a whole number from 1 to "
                + max);
    }

    /** The query parameter {@code name} as {@code true} or {@code false}, or {@code fallback} when absent. */
    static boolean flag(Context ctx, String name, boolean fallback) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.at("query parameter " + name, "'" + Problem.quote(value)
                    + "' is not true or false");
        };
    }

    /** The form field {@code name}; {@code null} when absent. */
    static String form(Context ctx, String name) {
        return ctx.formParam(name);
    }
}
