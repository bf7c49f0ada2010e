package dev.careerfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.json.QuizJson;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON API against its contract: the OpenAPI document the app serves describes exactly the routes it has, every
 * schema it names is served, and every reply is valid against the schema of its status (the documents the command
 * line's --json prints, the next question, problems), fetched from the app itself.
 */
class ApiContractTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static WebClient client;
    static JsonNode openapi;

    @BeforeAll
    static void start() throws IOException {
        client = TestServer.client();
        HttpResponse<String> r = client.get("/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        openapi = JSON.readTree(r.body());
    }

    @Test
    void theDocumentIsOpenApi31AndDescribesEveryApiRouteAndNoOther() {
        assertThat(openapi.path("openapi").asText()).startsWith("3.1.");
        Set<String> documented = new TreeSet<>();
        openapi.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> served = TestServer.web().routes().stream().filter(r -> r.split(" ")[1].startsWith("/api/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).isEqualTo(served);
    }

    @Test
    void everySchemaTheDocumentNamesIsServedAndEveryReferenceResolves() throws IOException {
        List<String> refs = new ArrayList<>();
        refs(openapi, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertThat(openapi.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            } else {
                HttpResponse<String> schema = client.get("/api/" + ref);
                assertThat(schema.statusCode()).as(ref).isEqualTo(200);
                assertThat(JSON.readTree(schema.body()).path("$schema").asText()).as(ref).contains("2020-12");
            }
        }
        // The schemas as served do check: a document of another shape fails them.
        assertThat(schema("schemas/careerfit-ranking-1.schema.json").validate(JSON.readTree("{\"format\": \"x\"}")))
                .isNotEmpty();
    }

    @Test
    void theBankIsTheQuestionListing() throws IOException {
        JsonNode bank = valid(client.get("/api/bank"), "/api/bank", "get", 200);
        assertThat(bank.path("questions").size()).isEqualTo(TestServer.scorer().bank().questions().size());
    }

    @Test
    void nextQuestionForNoAnswersSomeAnswersAndEveryAnswer() throws IOException {
        Answers none = Answers.builder(TestServer.scorer().bank()).build();
        JsonNode first = valid(client.postJson("/api/next", QuizJson.toJson(none)), "/api/next", "post", 200);
        assertThat(first.path("finished").asBoolean()).isFalse();
        assertThat(first.path("position").asInt()).isEqualTo(1);
        QuestionId asked = QuestionId.of(first.path("question").path("id").asText());
        assertThat(TestServer.scorer().bank().question(asked)).isPresent();

        Answers one = Answers.builder(TestServer.scorer().bank()).answer(asked, 4).build();
        JsonNode second = valid(client.postJson("/api/next", QuizJson.toJson(one)), "/api/next", "post", 200);
        assertThat(second.path("answered").asInt()).isEqualTo(1);
        assertThat(second.path("question").path("id").asText()).isNotEqualTo(asked.value());

        JsonNode done = valid(client.postJson("/api/next", SampleAnswers.json(TestServer.scorer().bank(), 1)),
                "/api/next", "post", 200);
        assertThat(done.path("finished").asBoolean()).isTrue();
        assertThat(done.has("question")).isFalse();
    }

    @Test
    void aRankingIsTheComparisonTheCommandLinePrints() throws IOException {
        JsonNode ranking = valid(client.postJson("/api/ranking?limit=5", SampleAnswers.json(TestServer.scorer().bank(), 2)),
                "/api/ranking", "post", 200);
        assertThat(ranking.path("roles").size()).isEqualTo(5);
        assertThat(ranking.path("roles").get(0).path("rank").asInt()).isEqualTo(1);
    }

    @Test
    void oneRolesReportIsTheFitReportTheCommandLinePrints() throws IOException {
        JsonNode report = valid(client.postJson("/api/roles/15-2051.00/report",
                SampleAnswers.json(TestServer.scorer().bank(), 3)), "/api/roles/{id}/report", "post", 200);
        assertThat(report.path("role").asText()).isEqualTo("15-2051.00");
        assertThat(report.path("verdict").asText()).contains("Data Scientists");
    }

    @Test
    void problemsAreValidForTheirStatus() throws IOException {
        valid(client.postJson("/api/ranking", "{}"), "/api/ranking", "post", 400);
        valid(client.postJson("/api/roles/no-such-role/report", SampleAnswers.json(TestServer.scorer().bank(), 1)),
                "/api/roles/{id}/report", "post", 404);
        valid(client.send(java.net.http.HttpRequest.newBuilder(client.uri("/api/next"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("a=b")), "Content-Type", "text/plain"),
                "/api/next", "post", 415);
        valid(client.get("/api/schemas/nothing-here.json"), "/api/schemas/{file}", "get", 404);
    }

    /**
     * The catalog's documents, written by careerfit's report module as the command line's --json writes them: each
     * valid against its schema, each source named once and referred to by id.
     */
    @Test
    void theCatalogsDocumentsAreValid() throws IOException {
        Map<String, String> routes = Map.of("/api/roles?search=data", "/api/roles", "/api/roles/15-2051.00",
                "/api/roles/{id}", "/api/roles/15-2051.00/salary?location=US", "/api/roles/{id}/salary",
                "/api/sources", "/api/sources");
        for (Map.Entry<String, String> route : routes.entrySet()) {
            HttpResponse<String> r = client.get(route.getKey());
            assertThat(r.statusCode()).as(route.getKey()).isEqualTo(200);
            JsonNode doc = valid(r, route.getValue(), "get", 200);
            if (!route.getValue().equals("/api/roles")) {
                assertThat(doc.get("sources")).as(route.getKey()).isNotEmpty();
            }
        }
        valid(client.get("/api/roles/no-such-role"), "/api/roles/{id}", "get", 404);
    }

    /** The reply's body, checked against the schema the document gives for its route, method and status. */
    static JsonNode valid(HttpResponse<String> reply, String path, String method, int status) throws IOException {
        assertThat(reply.statusCode()).as(method + " " + path + ": " + reply.body()).isEqualTo(status);
        JsonNode response = openapi.path("paths").path(path).path(method).path("responses")
                .path(Integer.toString(status));
        if (response.has("$ref")) {
            response = openapi.at(response.path("$ref").asText().substring(1));
        }
        assertThat(response.isMissingNode()).as(method + " " + path + " documents status " + status).isFalse();
        Map.Entry<String, JsonNode> content = response.path("content").fields().next();
        String type = reply.headers().firstValue("Content-Type").orElse("");
        assertThat(type).as(method + " " + path).startsWith(content.getKey());
        JsonNode doc = JSON.readTree(reply.body());
        String ref = content.getValue().path("schema").path("$ref").asText();
        if (!ref.isEmpty()) {
            Set<String> errors = schema(ref).validate(doc).stream().map(ValidationMessage::toString)
                    .collect(Collectors.toSet());
            assertThat(errors).as(method + " " + path + " " + status + " against " + ref).isEmpty();
        }
        return doc;
    }

    /** A schema the document names, as the app serves it: its own references resolve against the app too. */
    static JsonSchema schema(String ref) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(client.uri("/api/" + ref).toString()));
    }

    private static void refs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                out.add(node.get("$ref").asText());
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                refs(it.next(), out);
            }
        } else if (node.isArray()) {
            node.forEach(n -> refs(n, out));
        }
    }
}
