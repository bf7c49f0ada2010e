package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.batch.SamplePopulation;
import dev.careerfit.quiz.json.PersonLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** batch: many people scored at once, the same as score gives each of them, bad lines set aside. */
@Tag("national")
class BatchCommandTest {
    /** 200 people, every 40th line bad: 5 bad lines, one of each of the first five kinds. */
    static final int PEOPLE = 200;
    static final int BAD_EVERY = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path population;
    static List<String> lines;

    @BeforeAll
    static void generate() throws IOException {
        FitScorer scorer = FitScorers.create(CareerCatalog.builder().build());
        lines = new SamplePopulation(scorer.bank()).lines(PEOPLE, 7, BAD_EVERY).toList();
        population = Files.write(dir.resolve("people.jsonl"), lines, StandardCharsets.UTF_8);
    }

    CliRun cli() {
        return new CliRun(dir.resolve("user")).env("CAREERFIT_HOME", dir.toString());
    }

    @Test
    void everyGoodPersonGetsTheTopTenThatScoreJsonGivesThemAndBadLinesGoToTheErrorsFile() throws IOException {
        Path out = dir.resolve("same/results.jsonl");
        CliRun.Result r = cli().run("batch", population.toString(), "--output", out.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString()
                .contains("scored 195 of 200 people", "5 could not be scored", "results.errors.jsonl");
        List<JsonNode> rows = read(out);
        assertThat(rows).hasSize(195 * 10);
        CliRun score = cli().keepContext();
        for (int i = 0; i < PEOPLE; i++) {
            String person = SamplePopulation.person(i);
            List<JsonNode> mine = rows.stream().filter(n -> n.get("person").asText().equals(person)).toList();
            if (SamplePopulation.bad(i, BAD_EVERY)) {
                assertThat(mine).as(person).isEmpty();
                continue;
            }
            // What careerfit score --json says for the same answers, the person's id taken out.
            Path answers = Files.writeString(dir.resolve(person + ".json"),
                    PersonLines.read(lines.get(i), "people.jsonl:" + (i + 1)).answers());
            JsonNode scored = JSON.readTree(score.run("score", "--answers", answers.toString(), "--json", "--limit",
                    "10").out());
            assertThat(mine).as(person).hasSize(scored.get("roles").size());
            for (int k = 0; k < mine.size(); k++) {
                JsonNode row = mine.get(k);
                JsonNode expected = scored.get("roles").get(k);
                assertThat(row.get("rank").asInt()).as(person).isEqualTo(expected.get("rank").asInt());
                assertThat(row.get("role").asText()).as(person).isEqualTo(expected.get("role").asText());
                assertThat(row.get("title").asText()).isEqualTo(expected.get("title").asText());
                assertThat(row.get("score").asDouble()).as(person).isEqualTo(expected.get("score").asDouble());
                assertThat(row.get("low").asDouble()).isEqualTo(expected.get("interval").get("low").asDouble());
                assertThat(row.get("high").asDouble()).isEqualTo(expected.get("interval").get("high").asDouble());
                assertThat(row.path("band").asText(null)).isEqualTo(expected.path("band").asText(null));
                assertThat(row.get("flags").toString()).isEqualTo(scored.get("flags").toString());
            }
        }

        List<JsonNode> errors = read(dir.resolve("same/results.errors.jsonl"));
        assertThat(errors).extracting(e -> e.get("line").asLong()).containsExactly(40L, 80L, 120L, 160L, 200L);
        assertThat(errors).extracting(e -> e.get("error").asText()).satisfiesExactly(
                e -> assertThat(e).startsWith("people.jsonl:40:").contains("Unexpected end-of-input"),
                e -> assertThat(e).startsWith("people.jsonl:80 $.person: is missing"),
                e -> assertThat(e).startsWith("people.jsonl:120 $.answers[0].value: question 'realistic.1': 9 is "
                        + "not an allowed answer"),
                e -> assertThat(e).contains("people.jsonl:160 $.answers[").contains("unknown question id "
                        + "'no-such.question'"),
                e -> assertThat(e).startsWith("people.jsonl:200 $.bankVersion: "));
        assertThat(errors.get(2).get("person").asText()).isEqualTo(SamplePopulation.person(119));
    }

    @Test
    void theOutputIsTheSameByteForByteWhateverTheNumberOfThreads() throws IOException {
        Path one = dir.resolve("threads/one.jsonl");
        Path three = dir.resolve("threads/three.jsonl");

        assertThat(cli().run("batch", population.toString(), "-o", one.toString(), "--threads", "1").exitCode())
                .isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(cli().run("batch", population.toString(), "-o", three.toString(), "--threads", "3").exitCode())
                .isEqualTo(ExitCodes.SOME_FAILED);

        assertThat(Files.readAllBytes(three)).isEqualTo(Files.readAllBytes(one)).isNotEmpty();
        assertThat(Files.readString(dir.resolve("threads/three.errors.jsonl")))
                .isEqualTo(Files.readString(dir.resolve("threads/one.errors.jsonl")));
    }

    @Test
    void csvHasTheSameColumnsWithAHeaderAndQuotesTitlesWithCommas() throws IOException {
        Path good = Files.write(dir.resolve("good.jsonl"), lines.subList(0, 30), StandardCharsets.UTF_8);
        Path errors = dir.resolve("csv/stale-errors.jsonl");
        Files.createDirectories(errors.getParent());
        Files.writeString(errors, "from an earlier run\n");

        CliRun.Result r = cli().run("batch", good.toString(), "--format", "csv", "--top", "3", "--errors",
                errors.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(errors).as("an errors file that no longer describes the last run, emptied, not removed")
                .isEmptyFile();
        List<String> csv = r.out().lines().toList();
        assertThat(csv).hasSize(1 + 30 * 3);
        assertThat(csv.get(0)).isEqualTo("person,rank,role,title,score,low,high,band,flags");
        assertThat(csv.get(1)).startsWith("p0000001,1,");
        assertThat(csv.subList(1, csv.size())).allSatisfy(line -> assertThat(line)
                .matches("p\\d{7},\\d+,[^,]+,(\"[^\"]*\"|[^\",]*),\\d+\\.\\d,\\d+\\.\\d,\\d+\\.\\d,(STRONG|GOOD|MIXED|WEAK)?,"
                        + "[A-Z_;]*"));
    }

    @Test
    void rolesRanksOnlyThoseKeepingTheirRankAmongEveryOccupation() throws IOException {
        Path good = Files.write(dir.resolve("twenty.jsonl"), lines.subList(0, 20), StandardCharsets.UTF_8);
        CliRun.Result all = cli().run("batch", good.toString(), "--top", "2000");
        CliRun.Result some = cli().run("batch", good.toString(), "--roles", "15-2051.00,ml-engineer");

        assertThat(some.exitCode()).as(some.err()).isZero();
        List<String> picked = some.out().lines().toList();
        // ml-engineer is a guides' role, a view of its occupations: it is ranked as the best of them
        // (15-1221.00, 15-1299.08 or 15-2051.00), once when that is Data Scientists.
        assertThat(picked).hasSizeBetween(20, 20 * 2).allSatisfy(line -> assertThat(line)
                .containsAnyOf("\"role\":\"15-2051.00\"", "\"role\":\"15-1221.00\"", "\"role\":\"15-1299.08\""));
        assertThat(picked).filteredOn(line -> line.contains("\"role\":\"15-2051.00\"")).hasSize(20);
        // Each of those lines is, word for word, the role's line in the ranking of every occupation.
        assertThat(all.out().lines().collect(Collectors.toSet())).containsAll(picked);
    }

    @Test
    void aFolderOfAnswersFilesNamesEachPersonByTheFileName() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("ana.json"), PersonLines.read(lines.get(0), "x").answers());
        Files.writeString(folder.resolve("ben.json"), PersonLines.read(lines.get(1), "x").answers());
        Files.writeString(folder.resolve("cy.json"), "{\"format\": \"careerfit-answers/1\"}");
        Files.writeString(folder.resolve("notes.txt"), "not an answers file");

        CliRun.Result r = cli().run("batch", folder.toString(), "--top", "2", "--errors",
                dir.resolve("folder-errors.jsonl").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(r.out().lines().map(l -> l.substring(0, l.indexOf(",\"role\""))))
                .containsExactly("{\"person\":\"ana\",\"rank\":1", "{\"person\":\"ana\",\"rank\":2",
                        "{\"person\":\"ben\",\"rank\":1", "{\"person\":\"ben\",\"rank\":2");
    }

    @Test
    void standardInputIsReadWithADash() {
        CliRun.Result r = cli().stdin(lines.get(0) + "\n\n" + lines.get(2) + "\n").run("batch", "-", "--top", "1");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(2).first().asString().startsWith("{\"person\":\"p0000001\",\"rank\":1,");
    }

    @Test
    void aWrongCommandLineIsAUsageErrorAndAMissingInputAnErrorEachInOneLine() {
        CliRun.Result zero = cli().run("batch", population.toString(), "--top", "0");
        CliRun.Result missing = cli().run("batch", dir.resolve("nobody.jsonl").toString());
        CliRun.Result unknown = cli().run("batch", population.toString(), "--roles", "15-2051.0");

        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.errLines()).singleElement().asString().contains("--top must be at least 1, was 0");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.errLines()).singleElement().asString().contains("nobody.jsonl: no such file");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unknown.errLines()).singleElement().asString().contains("15-2051.0");
    }

    private static List<JsonNode> read(Path jsonLines) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(jsonLines)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
