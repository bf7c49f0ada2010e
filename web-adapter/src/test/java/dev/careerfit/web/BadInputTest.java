package dev.careerfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input as the app meets it: every file the fuzzers keep (fuzz-tests' corpora) sent to every route that reads
 * answers or a quiz's state, and malformed requests of every kind. Every reply is a success or a 4xx whose problem
 * names what is wrong and where, with the security headers, never a stack trace or a 5xx; and nothing a request
 * carried reaches the server's log.
 */
class BadInputTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The inputs the fuzz tests keep, beside this module. */
    static final Path CORPORA = Path.of("../fuzz-tests/src/test/resources/dev/careerfit/fuzz");
    /** Text no reply may echo into the log: it stands for a person's answers. */
    static final String MARKER = "zq9x-private-answer";

    static WebClient client;

    @BeforeAll
    static void start() {
        client = TestServer.client();
    }

    @TestFactory
    Stream<DynamicTest> everyFileTheFuzzersKeepGetsAResultOrAProblem() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPORA)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).as("the fuzzers' corpora in " + CORPORA.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(5);
        return files.stream().map(file -> DynamicTest.dynamicTest(CORPORA.relativize(file).toString(), () -> {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            for (String route : List.of("/api/next", "/api/ranking?limit=3", "/api/roles/15-2051.00/report")) {
                apiReply(client.send(HttpRequest.newBuilder(client.uri(route))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)), "Content-Type", WebClient.JSON));
            }
            pageReply(client.postFile("/quiz/load", "answers", file.getFileName() + ".json", bytes));
            pageReply(client.postForm("/quiz", Map.of("state", text, "action", "1")));
            pageReply(client.postForm("/result", Map.of("state", text)));
        }));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/next     | ''                                                      | 400 | request body
            /api/next     | not json at all                                         | 400 | request body
            /api/next     | []                                                      | 400 | request body
            /api/ranking  | {"format": "careerfit-answers/9", "answers": []}        | 400 | request body $.format
            /api/ranking  | {"format": "careerfit-answers/1", "bankVersion": "2.0", "answers": [{"question": "realistic.1", "value": 9}]} | 400 | request body $.answers[0]
            /api/ranking  | {"format": "careerfit-answers/1", "bankVersion": "0.1", "answers": []}  | 400 | request body
            /api/ranking?limit=0        | {}                                        | 400 | query parameter limit
            /api/ranking?limit=many     | {}                                        | 400 | query parameter limit
            /api/ranking?limit=99999999 | {}                                        | 400 | query parameter limit
            /api/next?quick=maybe       | {}                                        | 400 | query parameter quick
            /api/roles/no-such-role/report | {}                                     | 404 | role
            """)
    void malformedAnswersAreProblemsNamingWhere(String route, String body, int status, String where) {
        JsonNode problem = apiReply(client.postJson(route.strip(), body.strip()));
        assertThat(problem.path("status").asInt()).as(problem.toString()).isEqualTo(status);
        assertThat(problem.path("problems").get(0).path("where").asText()).startsWith(where.strip());
    }

    @Test
    void documentsTooLargeOrTooDeepAreRefusedBeforeTheyCostMemory() {
        String large = "{\"format\": \"careerfit-answers/1\", \"answers\": [], \"pad\": \"" + "x".repeat(3 << 20) + "\"}";
        assertThat(apiReply(client.postJson("/api/next", large)).path("status").asInt()).isEqualTo(413);
        String deep = "[".repeat(1000) + "]".repeat(1000);
        JsonNode nested = apiReply(client.postJson("/api/next", deep));
        assertThat(nested.path("status").asInt()).isEqualTo(400);
        assertThat(nested.path("detail").asText()).containsIgnoringCase("nesting");
        String longText = "{\"format\": \"" + "y".repeat(200_000) + "\", \"answers\": []}";
        assertThat(apiReply(client.postJson("/api/next", longText)).path("status").asInt()).isEqualTo(400);
    }

    @Test
    void wrongMediaTypesRoutesAndMethodsAreProblems() {
        assertThat(apiReply(client.send(HttpRequest.newBuilder(client.uri("/api/next"))
                .POST(HttpRequest.BodyPublishers.ofString("<answers/>")), "Content-Type", "application/xml"))
                .path("status").asInt()).isEqualTo(415);
        assertThat(apiReply(client.get("/api/nothing-here")).path("status").asInt()).isEqualTo(404);
        assertThat(apiReply(client.send(HttpRequest.newBuilder(client.uri("/api/bank")).DELETE()))
                .path("status").asInt()).isBetween(404, 405);
        assertThat(apiReply(client.get("/api/schemas/..%2F..%2Fopenapi.json")).path("status").asInt()).isEqualTo(404);
        assertThat(apiReply(client.get("/static/../careerfit.css")).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void quizFormsWithoutStateOrWithAWrongAnswerAreProblemsNamingTheField() {
        HttpResponse<String> noState = client.postForm("/quiz", Map.of("action", "1"));
        assertThat(noState.statusCode()).isEqualTo(400);
        assertThat(noState.body()).contains("form field state");
        HttpResponse<String> first = client.get("/quiz", "Accept", "text/html");
        HttpResponse<String> wrong = client.postForm("/quiz", Map.of("state", WebClient.state(first.body()),
                "action", "9"));
        pageReply(wrong);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("form field action").contains("is not an answer to question");
        HttpResponse<String> noAction = client.postForm("/quiz", Map.of("state", WebClient.state(first.body())));
        assertThat(noAction.statusCode()).isEqualTo(400);
        HttpResponse<String> noFile = client.postFile("/quiz/load", "other", "a.json", new byte[0]);
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(noFile.body()).contains("form field answers");
        HttpResponse<String> binary = client.postFile("/quiz/load", "answers", "a.json", new byte[] {0, 1, 2, (byte) 0xff});
        assertThat(binary.statusCode()).isEqualTo(400);
        assertThat(binary.body()).contains("is not UTF-8 text");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /roles/no-such-role                       | 404 | Unknown role
            /quiz?role=no-such-role                   | 404 | Unknown role
            /roles/15-2051.00/salary?location=CA      | 400 | query parameter location
            /roles/15-2051.00/salary?period=weekly    | 400 | query parameter period
            /nothing-here                             | 404 | Not Found
            """)
    void badPageRequestsAreProblemPagesForABrowser(String path, int status, String words) {
        HttpResponse<String> page = client.get(path.strip(), "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(status);
        pageReply(page);
        assertThat(page.body()).contains(words.strip());
        JsonNode asJson = apiReply(client.get(path.strip(), "Accept", "application/json"));
        assertThat(asJson.path("status").asInt()).isEqualTo(status);
    }

    @Test
    void aSearchTooLongIsRefusedAndAnyOtherIsEscaped() {
        assertThat(client.get("/roles?search=" + "a".repeat(2000), "Accept", "text/html").statusCode()).isEqualTo(400);
        HttpResponse<String> page = client.get("/roles?search=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
    }

    @Test
    void requestsJettyCannotReadAreProblemsToo() throws IOException {
        URI base = TestServer.uri();
        assertRawProblem(base, "NOT A REQUEST LINE\r\n\r\n", 400);
        assertRawProblem(base, "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(64 * 1024) + "\r\n\r\n", 431);
    }

    @Test
    void nothingARequestCarriesReachesTheLog() throws IOException {
        String answers = "{\"format\": \"careerfit-answers/1\", \"answers\": [{\"question\": \"" + MARKER
                + "\", \"value\": \"" + MARKER + "\"}]}";
        for (String route : List.of("/api/next", "/api/ranking", "/api/roles/15-2051.00/report")) {
            apiReply(client.postJson(route, answers));
        }
        pageReply(client.postForm("/quiz", Map.of("state", answers, "action", MARKER)));
        pageReply(client.postFile("/quiz/load", "answers", MARKER + ".json", answers.getBytes(StandardCharsets.UTF_8)));
        apiReply(client.postJson("/api/next", answers + "x".repeat(3 << 20)));
        Path log = Path.of("target/web-server.log");
        assertThat(log).as("the test server's log (src/test/resources/simplelogger.properties)").exists();
        assertThat(Files.readString(log)).doesNotContain(MARKER).doesNotContain("realistic.1");
    }

    /** A reply to an API request: a success, or a problem document with the fields every problem has. */
    static JsonNode apiReply(HttpResponse<String> reply) {
        headers(reply);
        noStackTrace(reply);
        assertThat(reply.statusCode()).as(reply.body()).isLessThan(500);
        try {
            JsonNode doc = JSON.readTree(reply.body());
            if (reply.statusCode() >= 400) {
                assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(doc.path("status").asInt()).isEqualTo(reply.statusCode());
                assertThat(doc.path("detail").asText()).isNotBlank().doesNotContain("\n");
                doc.path("problems").forEach(p -> assertThat(p.path("where").asText()).isNotBlank());
            }
            return doc;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + reply.body(), e);
        }
    }

    /** A reply to a browser's request: a page, or a problem page with what is wrong. */
    static void pageReply(HttpResponse<String> reply) {
        headers(reply);
        noStackTrace(reply);
        assertThat(reply.statusCode()).as(reply.body()).isIn(200, 400, 404, 413);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        if (reply.statusCode() >= 400) {
            assertThat(reply.body()).contains("<p class=\"problem\">");
        }
    }

    static void headers(HttpResponse<String> reply) {
        assertThat(reply.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(reply.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(reply.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    static void noStackTrace(HttpResponse<String> reply) {
        assertThat(reply.body()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("io.javalin")
                .doesNotContain("org.eclipse.jetty");
    }

    private static void assertRawProblem(URI base, String request, int status) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).as(reply).startsWith("HTTP/1.1 " + status);
            assertThat(reply).contains("application/problem+json").contains("\"status\"")
                    .doesNotContain("Exception").doesNotContain("<html");
        }
    }
}
