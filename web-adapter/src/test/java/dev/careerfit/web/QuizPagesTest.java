package dev.careerfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.role.RoleId;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages as a browser without script uses them, form by form: the quiz to the end, back and the answer kept, the
 * answers downloaded and loaded again where the quiz stood, the result, search and the catalog pages. The server
 * keeps nothing: every step carries the quiz in its form.
 */
class QuizPagesTest {
    static final Pattern QUESTION = Pattern.compile("<h1 class=\"question\" id=\"question\">([^<]*)</h1>");
    static WebClient client;

    @BeforeAll
    static void start() {
        client = TestServer.client();
    }

    @Test
    void theQuizGoesOneQuestionAtATimeToTheResult() {
        HttpResponse<String> page = client.get("/quiz", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Question 1 ·");
        int steps = 0;
        while (page.body().contains("id=\"quiz\"")) {
            String text = question(page.body());
            Question q = TestServer.scorer().bank().questions().stream().filter(x -> x.text().equals(unescape(text)))
                    .findFirst().orElseThrow(() -> new AssertionError("no question reads: " + text));
            String action = steps % 11 == 5 ? "not-sure" : steps % 13 == 7 ? "skip"
                    : Integer.toString(SampleAnswers.pick(q, 4));
            page = client.postForm("/quiz", Map.of("state", WebClient.state(page.body()), "action", action));
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            steps++;
            assertThat(steps).as("the quiz ends").isLessThan(TestServer.scorer().bank().questions().size());
        }
        assertThat(steps).as("an adaptive quiz stops once the best occupations settle").isBetween(15, 120);
        assertThat(page.body()).contains("<h1>Your best occupations, out of ").contains("class=\"ranking\"")
                .contains("Download my answers");
        assertThat(Pattern.compile("<span class=\"name\"><a href=\"/roles/").matcher(page.body()).results().count())
                .isEqualTo(10);
    }

    @Test
    void backShowsTheAnswerGivenAndKeepsIt() {
        HttpResponse<String> first = client.get("/quiz", "Accept", "text/html");
        String firstQuestion = question(first.body());
        HttpResponse<String> second = client.postForm("/quiz", Map.of("state", WebClient.state(first.body()),
                "action", "4"));
        assertThat(question(second.body())).isNotEqualTo(firstQuestion);
        assertThat(second.body()).contains("Question 2 ·").contains("1 answered");
        HttpResponse<String> back = client.postForm("/quiz", Map.of("state", WebClient.state(second.body()),
                "action", "back"));
        assertThat(question(back.body())).isEqualTo(firstQuestion);
        // The fourth of five answers: "Like" for a work activity, "Agree" for a statement, whichever comes first.
        assertThat(back.body()).containsPattern("Your answer before: (Like|Agree)<")
                .contains("class=\"choice chosen\" data-key=\"4\"");
    }

    @Test
    void downloadedAnswersAreAnAnswersFileThatLoadsWhereTheQuizStood() {
        HttpResponse<String> page = client.get("/quiz", "Accept", "text/html");
        for (int i = 0; i < 5; i++) {
            page = client.postForm("/quiz", Map.of("state", WebClient.state(page.body()), "action", "3"));
        }
        String sixth = question(page.body());
        HttpResponse<String> file = client.postForm("/answers", Map.of("state", WebClient.state(page.body())));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment")
                .contains("careerfit-answers.json");
        // What the command line reads (careerfit score --answers FILE), checked against the bank.
        Answers answers = QuizJson.readAnswers(file.body(), "careerfit-answers.json", TestServer.scorer());
        assertThat(answers.answers()).hasSize(5);

        HttpResponse<String> loaded = client.postFile("/quiz/load", "answers", "careerfit-answers.json",
                file.body().getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
        assertThat(question(loaded.body())).isEqualTo(sixth);
        assertThat(loaded.body()).contains("5 answered");
    }

    @Test
    void theResultSoFarIsThereAtAnyPointAndTheQuizCarriesOnFromIt() {
        HttpResponse<String> page = client.get("/quiz", "Accept", "text/html");
        for (int i = 0; i < 3; i++) {
            page = client.postForm("/quiz", Map.of("state", WebClient.state(page.body()), "action", "5"));
        }
        // Three answers are too few for a result (issue 22): the page says how many more, and lists no occupation.
        HttpResponse<String> early = client.postForm("/result", Map.of("state", WebClient.state(page.body())));
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.body()).contains("Not enough answers for a result yet", "there are 3; answer 9 more",
                "Carry on with the quiz").doesNotContain("Your best occupations", "/roles/");
        HttpResponse<String> again = client.postForm("/quiz", Map.of("state", WebClient.state(early.body()),
                "action", "continue"));
        assertThat(question(again.body())).isEqualTo(question(page.body()));

        page = again;
        for (int i = 0; i < 17; i++) {
            String text = question(page.body());
            Question q = TestServer.scorer().bank().questions().stream().filter(x -> x.text().equals(unescape(text)))
                    .findFirst().orElseThrow();
            page = client.postForm("/quiz", Map.of("state", WebClient.state(page.body()), "action",
                    Integer.toString(SampleAnswers.pick(q, i))));
        }
        HttpResponse<String> result = client.postForm("/result", Map.of("state", WebClient.state(page.body())));
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("Your best occupations").contains("Carry on with the quiz");
    }

    @Test
    void aQuizAboutOneRoleReportsWhereThatRoleStands() {
        Answers answers = SampleAnswers.of(TestServer.scorer().bank(), 5).withRole(RoleId.of("15-2051.00"));
        HttpResponse<String> loaded = client.postFile("/quiz/load", "answers", "mine.json",
                QuizJson.toJson(answers).getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
        assertThat(loaded.body()).contains("Data Scientists</strong>, the role you asked about");
    }

    @Test
    void searchFindsOccupationsByTitleAndEachHasItsPages() {
        HttpResponse<String> found = client.get("/roles?search=data+scientist", "Accept", "text/html");
        assertThat(found.body()).contains("href=\"/roles/15-2051.00\">Data Scientists</a>");
        HttpResponse<String> role = client.get("/roles/15-2051.00", "Accept", "text/html");
        assertThat(role.statusCode()).isEqualTo(200);
        assertThat(role.body()).contains("<h1>Data Scientists").contains("U.S. Bureau of Labor Statistics");
        HttpResponse<String> pay = client.get("/roles/15-2051.00/salary?location=US&period=hourly", "Accept", "text/html");
        assertThat(pay.statusCode()).isEqualTo(200);
        assertThat(pay.body()).contains("Data Scientists: pay").contains("an hour");
        HttpResponse<String> sources = client.get("/sources", "Accept", "text/html");
        assertThat(sources.body()).contains("O*NET").contains("Where sources disagree (");
    }

    /**
     * OEWS May 2024 publishes Actors' wages per hour only: per year they are careerfit's conversion, after the BLS's
     * reason, never the BLS's figure alone; and the guides' work-factor ratings are careerfit's reading of their words.
     */
    @Test
    void pagesSayWhichValuesCareerfitMadeAndFromWhat() {
        HttpResponse<String> pay = client.get("/roles/27-2011.00/salary?period=annual", "Accept", "text/html");
        assertThat(pay.body()).contains("OEWS releases hourly wages only for this occupation")
                .contains(", converted by careerfit", "converted by careerfit: the hourly figures × 2,080 hours a year")
                .contains("U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics");
        HttpResponse<String> guide = client.get("/roles/ml-engineer", "Accept", "text/html");
        assertThat(guide.body()).contains("careerfit&#39;s reading of <a class=\"ref\"")
                .contains("Unnamed career-advice website");
    }

    @Test
    void stylesAndScriptComeFromTheAppItself() {
        HttpResponse<String> css = client.get("/static/careerfit.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        HttpResponse<String> js = client.get("/static/careerfit.js");
        assertThat(js.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        HttpResponse<String> start = client.get("/", "Accept", "text/html");
        assertThat(start.body()).doesNotContain("http://").doesNotContain("https://").doesNotContain("<style")
                .doesNotContain("style=\"").doesNotContain("<script>");
    }

    static String question(String page) {
        Matcher m = QUESTION.matcher(page);
        assertThat(m.find()).as("a question on the page:\n" + page).isTrue();
        return m.group(1);
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
