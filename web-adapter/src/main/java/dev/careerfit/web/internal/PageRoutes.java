package dev.careerfit.web.internal;

import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.PlaceQuery;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.session.QuizSession;
import dev.careerfit.web.ReportPages;
import dev.careerfit.report.SalaryRequest;
import dev.careerfit.web.internal.Problems.ProblemException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pages a person uses: the start page, the quiz one question at a time, the result, search, and the role, salary
 * and sources pages. The quiz works with plain forms: each step posts the quiz so far (a hidden {@code state} field,
 * {@code careerfit-session/1}) and the action, and gets the next question or the result with the new state, so the
 * server keeps nothing and works without script; the page's script only adds keys.
 */
final class PageRoutes {
    static final String STATE = "state";
    static final String ACTION = "action";
    static final String FILE = "answers";

    private final Scoring scoring;
    private final ReportPages pages;
    private final Templates templates;

    PageRoutes(Scoring scoring, ReportPages pages, Templates templates) {
        this.scoring = scoring;
        this.pages = pages;
        this.templates = templates;
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::start);
        routes.get("/quiz", this::newQuiz);
        routes.post("/quiz", this::step);
        routes.post("/quiz/load", this::load);
        routes.post("/result", this::result);
        routes.post("/answers", this::download);
        routes.get("/roles", this::search);
        routes.get("/roles/{id}", this::role);
        routes.get("/roles/{id}/salary", this::salary);
        routes.get("/sources", this::sources);
    }

    private void start(Context ctx) {
        templates.send(ctx, "start.jte", new StartView(scoring.catalog().roles().size(),
                scoring.bank().version()));
    }

    private void newQuiz(Context ctx) throws IOException {
        String role = Params.text(ctx, "role");
        show(ctx, scoring.start(role == null ? null : scoring.catalog().requireRole(role).id()));
    }

    /** One step: the quiz so far and what the person did with its current question. */
    private void step(Context ctx) throws IOException {
        QuizSession session = session(ctx);
        String action = Params.form(ctx, ACTION);
        if (action == null) {
            throw ProblemException.at("form field " + ACTION, "is missing; send an answer's value, \"not-sure\", \"skip\" "
                    + "or \"back\"");
        }
        if (!session.finished() || action.equals("back")) {
            apply(session, action);
        }
        show(ctx, session);
    }

    private static void apply(QuizSession session, String action) {
        switch (action) {
            case "back" -> session.back();
            case "continue" -> {
                // back to the current question, from the result of an unfinished quiz
            }
            case "not-sure" -> session.notSure();
            case "skip" -> session.skip();
            default -> {
                Question q = session.current().orElseThrow();
                int value;
                try {
                    value = Integer.parseInt(action);
                } catch (NumberFormatException e) {
                    value = Integer.MIN_VALUE;
                }
                if (!q.accepts(value)) {
                    throw ProblemException.at("form field " + ACTION, "'" + Problem.quote(action) + "' is not an answer to "
                            + "question '" + q.id() + "'; send one of " + q.options().stream()
                            .map(o -> Integer.toString(o.value())).toList() + ", \"not-sure\", \"skip\" or \"back\"");
                }
                session.answer(value);
            }
        }
    }

    /** An answers file the person saved before: the quiz carries on from it. */
    private void load(Context ctx) throws IOException {
        UploadedFile file = ctx.uploadedFile(FILE);
        if (file == null) {
            throw ProblemException.at("form field " + FILE, "is missing; choose an answers file (careerfit-answers/1, "
                    + "JSON or YAML) to load");
        }
        String name = file.filename() == null || file.filename().isBlank() ? "answers.json"
                : Problem.quote(file.filename());
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readNBytes(Limits.MAX_BODY_BYTES + 1);
        }
        if (bytes.length > Limits.MAX_BODY_BYTES) {
            throw ProblemException.at(name, "is over " + Limits.MAX_BODY_BYTES / (1024 * 1024) + " MiB; careerfit reads "
                    + "answers files of at most that");
        }
        Answers answers = scoring.answers(QuizJson.text(bytes, name), name);
        show(ctx, scoring.carryOn(answers, true));
    }

    /** The result of the answers so far, whether the quiz is finished or not. */
    private void result(Context ctx) throws IOException {
        showResult(ctx, session(ctx));
    }

    /** The answers so far as a {@code careerfit-answers/1} file, which the CLI reads and the start page loads. */
    private void download(Context ctx) {
        QuizSession session = session(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"careerfit-answers.json\"");
        Json.send(ctx, session.answers());
    }

    private void search(Context ctx) {
        String search = Params.text(ctx, "search");
        List<RoleSummary> found = search == null ? List.of() : scoring.catalog().search(search);
        templates.send(ctx, "search.jte", new SearchView(search, found.size(),
                found.subList(0, Math.min(found.size(), Limits.SEARCH_SHOWN)), scoring.catalog().roles().size()));
    }

    private void role(Context ctx) throws IOException {
        CareerRole role = scoring.catalog().requireRole(ctx.pathParam("id"));
        StringBuilder html = new StringBuilder();
        pages.role(role, html);
        page(ctx, role.title(), html);
    }

    private void salary(Context ctx) throws IOException {
        CareerRole role = scoring.catalog().requireRole(ctx.pathParam("id"));
        StringBuilder html = new StringBuilder();
        pages.salary(role, salaryRequest(ctx), html);
        page(ctx, role.title() + ": pay", html);
    }

    private void sources(Context ctx) throws IOException {
        StringBuilder html = new StringBuilder();
        pages.sources(scoring.catalog(), html);
        page(ctx, "Sources", html);
    }

    /** The place and period a salary page or document asks for, read as the CLI's --location and --period. */
    static SalaryRequest salaryRequest(Context ctx) {
        String location = Params.text(ctx, "location");
        PlaceQuery place = null;
        if (location != null) {
            try {
                place = PlaceQuery.parse(location);
            } catch (IllegalArgumentException e) {
                throw ProblemException.at("query parameter location", e.getMessage());
            }
        }
        String period = Params.text(ctx, "period");
        PayPeriod payPeriod = null;
        if (period != null) {
            try {
                payPeriod = PayPeriod.valueOf(period.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.at("query parameter period", "'" + Problem.quote(period) + "' is not a period; use "
                        + "one of " + List.of(PayPeriod.values()).stream().map(p -> p.name().toLowerCase(Locale.ROOT))
                        .toList());
            }
        }
        return new SalaryRequest(location, place, payPeriod);
    }

    private QuizSession session(Context ctx) {
        String state = Params.form(ctx, STATE);
        if (state == null) {
            throw ProblemException.at("form field " + STATE, "is missing; it carries the quiz so far (careerfit-session/1)");
        }
        return scoring.resume(state, "form field " + STATE);
    }

    private void show(Context ctx, QuizSession session) throws IOException {
        if (session.finished()) {
            showResult(ctx, session);
        } else {
            templates.send(ctx, "question.jte", QuestionView.of(session, scoring.bank(), Json.compact(session.save())));
        }
    }

    private void showResult(Context ctx, QuizSession session) throws IOException {
        StringBuilder html = new StringBuilder();
        Optional<String> shortfall = scoring.shortfall(session.answers());
        if (shortfall.isPresent()) {
            // Too few answers give no result (issue 22): how many more, and of what kind, instead of occupations.
            templates.render("shortfall.jte", shortfall.get(), html);
        } else {
            pages.result(scoring.result(session.answers()), html);
        }
        templates.send(ctx, "result.jte", new ResultView(Json.compact(session.save()), html.toString(),
                session.finished()));
    }

    private void page(Context ctx, String title, CharSequence main) {
        templates.send(ctx, "page.jte", new PageView(title, main.toString()));
    }
}
