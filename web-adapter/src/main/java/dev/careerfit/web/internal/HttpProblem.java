package dev.careerfit.web.internal;

import dev.careerfit.Api;
import dev.careerfit.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What the app answers when a request cannot be served: a problem document in the shape of RFC 9457
 * ({@code application/problem+json}), with careerfit's list of problems, each naming where it is (a JSON path in the
 * request body, a query parameter, a form field). Its JSON Schema is docs/schemas/careerfit-problem-1.schema.json.
 *
 * @param status   the HTTP status
 * @param title    what kind of problem, the same for every problem of its kind
 * @param detail   what is wrong, in one line
 * @param problems every problem found, at most {@value #LISTED}, each with where it is
 * @param more     how many more problems were found than are listed, or {@code null} when none
 */
@Api(Api.Status.INTERNAL)
public record HttpProblem(int status, String title, String detail, List<Problem> problems, Integer more) {
    /** The most problems a reply lists: input with thousands of mistakes gets a reply of bounded size. */
    static final int LISTED = 20;

    public HttpProblem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        if (problems.size() > LISTED) {
            more = (more == null ? 0 : more) + problems.size() - LISTED;
            problems = problems.subList(0, LISTED);
        }
        problems = List.copyOf(problems);
    }

    static HttpProblem of(int status, String title, String detail) {
        return new HttpProblem(status, title, detail, List.of(), null);
    }

    static HttpProblem of(int status, String title, List<Problem> problems) {
        String detail = problems.isEmpty() ? title : problems.get(0).toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
        return new HttpProblem(status, title, detail, problems, null);
    }
}
