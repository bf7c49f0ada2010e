package dev.careerfit.quiz.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.InvalidDataException;
import dev.careerfit.catalog.UnknownRoleException;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.json.GuidesFixture;
import dev.careerfit.quiz.json.PersonLines;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.report.Band;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.quiz.report.ResponseFlag;
import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rows of a batch: what the scorer ranks, one line or document at a time, and each way a line can be bad; over
 * the guides' three roles.
 */
class BatchScorerTest {
    static FitScorer scorer;
    static SamplePopulation population;

    @BeforeAll
    static void scorer() {
        scorer = GuidesFixture.scorer();
        population = new SamplePopulation(scorer.bank());
    }

    @Test
    void aLinesRowsAreTheTopOfTheScorersRankingOfItsAnswers() {
        String line = population.line(3, 11, 0);
        BatchScorer.Outcome o = new BatchScorer(scorer, 3, List.of()).scoreLine(line, "people.jsonl", 4L);

        Answers answers = QuizJson.readAnswers(PersonLines.read(line, "people.jsonl:4").answers(), "x", scorer);
        Ranking ranked = scorer.rank(scorer.person(answers), RankingRequest.top(5));
        assertThat(o.failed()).isFalse();
        assertThat(o.rows()).extracting(BatchRow::person).containsOnly(SamplePopulation.person(3));
        assertThat(o.rows()).extracting(BatchRow::role)
                .containsExactlyElementsOf(ranked.roles().stream().limit(3).map(FitEstimate::role).toList());
        for (int i = 0; i < 3; i++) {
            FitEstimate e = ranked.roles().get(i);
            BatchRow row = o.rows().get(i);
            assertThat(row.rank()).isEqualTo(e.rank());
            assertThat(row.score()).isEqualTo(e.score());
            assertThat(row.low()).isEqualTo(e.interval().low());
            assertThat(row.high()).isEqualTo(e.interval().high());
            assertThat(row.band()).isEqualTo(e.band());
            assertThat(row.title()).isEqualTo(e.title());
        }
    }

    @Test
    void rolesKeepTheirRankAmongEveryRole() {
        String line = population.line(5, 11, 0);
        List<BatchRow> all = new BatchScorer(scorer, 2000, List.of()).scoreLine(line, "p", 1L).rows();
        List<BatchRow> two = new BatchScorer(scorer, 10, List.of(RoleId.of("ml-engineer"), RoleId.of("data-scientist")))
                .scoreLine(line, "p", 1L).rows();

        assertThat(two).hasSize(2).allSatisfy(row -> assertThat(all).contains(row));
        assertThat(two.get(0).rank()).isLessThan(two.get(1).rank());
        assertThatThrownBy(() -> new BatchScorer(scorer, 10, List.of(RoleId.of("ml-engineers"))))
                .isInstanceOf(UnknownRoleException.class);
    }

    @Test
    void theIdIsCutOutWhereverItStandsAndTheRestIsTheAnswersDocument() {
        String doc = "\"format\":\"careerfit-answers/1\",\"bankVersion\":\"2.0\",\"answers\":[]";

        assertThat(PersonLines.read("{\"person\":\"a\"," + doc + "}", "f:1"))
                .isEqualTo(new PersonLines.PersonLine("a", "{" + doc + "}"));
        assertThat(PersonLines.read("{" + doc + " , \"person\" : 17 }", "f:1"))
                .isEqualTo(new PersonLines.PersonLine("17", "{" + doc + "  }"));
        assertThat(PersonLines.read("{\"format\":\"careerfit-answers/1\", \"person\": \" b \", \"answers\":[]}", "f:1"))
                .isEqualTo(new PersonLines.PersonLine("b", "{\"format\":\"careerfit-answers/1\",  \"answers\":[]}"));
    }

    @Test
    void eachBadLineIsOneErrorSayingWhereAndWhatNeverAnException() {
        BatchScorer batch = new BatchScorer(scorer, 10, List.of());

        assertThat(batch.scoreLine("{\"person\": \"a\", \"format\": ", "in.jsonl", 3L).error().error())
                .startsWith("in.jsonl:3:").contains(" $: ");
        assertThat(batch.scoreLine("[1, 2]", "in.jsonl", 4L).error().error())
                .isEqualTo("in.jsonl:4 $: each line must be one JSON object: an answers document with a \"person\" id");
        assertThat(batch.scoreLine("{\"person\": \"a\"} {}", "in.jsonl", 5L).error().error())
                .startsWith("in.jsonl:5:17 $: found an object after the end of the object");
        assertThat(batch.scoreLine("{\"person\": [1], \"format\": \"careerfit-answers/1\"}", "in.jsonl", 6L).error())
                .isEqualTo(new BatchError("in.jsonl", 6L, null, "in.jsonl:6 $.person: must be text or a whole number, "
                        + "not blank"));
        BatchError unknownField = batch.scoreLine("{\"person\": \"a\", \"format\": \"careerfit-answers/1\", "
                + "\"bankVersion\": \"2.0\", \"answers\": [], \"colour\": 1}", "in.jsonl", 7L).error();
        assertThat(unknownField.person()).isEqualTo("a");
        assertThat(unknownField.error()).startsWith("in.jsonl:7 $: unknown field 'colour'; known fields: answers, ");
        BatchError tooFew = batch.scoreLine("{\"person\": \"b\", \"format\": \"careerfit-answers/1\", \"bankVersion\": "
                + "\"2.0\", \"answers\": [{\"question\": \"realistic.1\", \"value\": 4}]}", "in.jsonl", 8L).error();
        assertThat(tooFew.error()).isEqualTo("in.jsonl:8: Not enough answers for a result yet: a result needs "
                + "at least 12 answers to questions on interests, work values or pros and cons, and there is 1; answer "
                + "11 more, including answers on 3 interest areas, 3 choices between work values or a statement on a pro "
                + "or con that matters to you.");
    }

    @Test
    void problemsTheBankFindsArePlacedAsTheAnswersReaderPlacesThem() {
        String line = population.line(0, 11, 0).replaceFirst("\"value\":\\d", "\"value\":9");
        String document = PersonLines.read(line, "people.jsonl:1").answers();

        String error = new BatchScorer(scorer, 10, List.of()).scoreLine(line, "people.jsonl", 1L).error().error();

        assertThatThrownBy(() -> QuizJson.readAnswers(document, "people.jsonl:1", scorer))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(error)
                        .isEqualTo(e.problems().get(0).toString()));
        assertThat(error).matches("people\\.jsonl:1 \\$\\.answers\\[\\d+]\\.value: question '[a-z.-]+\\d*': 9 is not an "
                + "allowed answer.*");
    }

    /**
     * A line read in one pass (OnePassAnswers) comes out as the full readers and a whole ranking give it: the id cut
     * out, the document read with Jackson's tree, checked, ranked by {@code FitScorer.rank}. Over generated people
     * with every kind of bad line, and lines altered in the ways a hand-written file differs: the id last or a
     * number, spaces, a role, another role, an unknown field, an Interest Profiler result, a value out of range, a
     * question twice, a missing bank id, "not sure" and skipped answers; and people who answer flat, alternately or
     * at random.
     */
    @Test
    void aLineReadInOnePassComesOutAsTheFullReadersGiveIt() {
        BatchScorer batch = new BatchScorer(scorer, 5, List.of());
        List<String> lines = new java.util.ArrayList<>(population.lines(120, 7, 10).toList());
        String plain = population.line(0, 7, 0);
        String body = plain.substring(plain.indexOf(",\"format\"") + 1, plain.length() - 1);
        lines.add("{" + body + ",\"person\":42}");
        lines.add("{ \"person\" : \" x \" , " + body.replace(",", " , ") + " }");
        lines.add("{\"person\":\"r\",\"role\":\"ml-engineer\"," + body + "}");
        lines.add("{\"person\":\"r\",\"role\":\"no-such-role\"," + body + "}");
        lines.add("{\"person\":\"r\",\"role\":\"Not A Role\"," + body + "}");
        lines.add("{\"person\":\"u\",\"colour\":1," + body + "}");
        lines.add("{\"person\":\"i\",\"interestProfiler\":{\"realistic\":30}," + body + "}");
        lines.add("{\"person\":\"v\"," + body.replaceFirst("\"value\":\\d", "\"value\":9") + "}");
        lines.add("{\"person\":\"v\"," + body.replaceFirst("\"value\":\\d", "\"value\":3.0") + "}");
        lines.add("{\"person\":\"d\"," + body.replace("]}", "") + "," + body.substring(body.indexOf("[{") + 1));
        lines.add("{\"person\":\"b\"," + body.replaceFirst("\"bank\":\"[^\"]*\",", "") + "}");
        lines.add("{\"person\":\"n\"," + body.replaceAll("\"value\":[12]", "\"value\":\"not-sure\"")
                .replaceAll("\"value\":[45]", "\"value\":\"skip\"") + "}");
        lines.add("{\"person\":\"p\",\"person\":\"q\"," + body + "}");
        // People who answer flat, alternately or at random: flagged, withheld, or refused where a value is out of range.
        Random random = new Random(5);
        for (int i = 0; i < 12; i++) {
            String person = population.line(200 + i, 7, 0);
            int[] at = {0};
            int kind = i % 3;
            int flat = 1 + i % 5;
            lines.add(Pattern.compile("\"value\":\\d").matcher(person).replaceAll(m -> "\"value\":"
                    + (kind == 0 ? flat : kind == 1 ? (at[0]++ % 2 == 0 ? 1 : 5) : 1 + random.nextInt(5))));
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            long number = i + 1;
            BatchScorer.Outcome read = batch.scoreLine(line, "people.jsonl", number);
            assertThat(read).as(line).isEqualTo(byTheFullReaders(batch, line, number));
        }
    }

    /** What a line gives read as before the one-pass reader: id cut out, tree, check, {@code FitScorer.rank}. */
    private static BatchScorer.Outcome byTheFullReaders(BatchScorer batch, String line, long number) {
        String where = "people.jsonl:" + number;
        PersonLines.PersonLine cut;
        try {
            cut = PersonLines.read(line, where);
        } catch (RuntimeException e) {
            return new BatchScorer.Outcome(List.of(), new BatchError("people.jsonl", number, null,
                    BatchError.describe(e, where)));
        }
        BatchScorer.Outcome whole = batch.scoreDocument(cut.person(), cut.answers(), "people.jsonl", number);
        if (whole.failed()) {
            return whole;
        }
        Ranking ranked = scorer.rank(scorer.person(QuizJson.readAnswers(cut.answers(), where)),
                RankingRequest.top(batch.top()));
        return new BatchScorer.Outcome(ranked.roles().stream().filter(e -> e.score() != null)
                .map(e -> new BatchRow(cut.person(), e.rank(), e.role(), e.title(), e.score(), e.interval().low(),
                        e.interval().high(), e.band(), ranked.flags())).toList(), null);
    }

    @Test
    void rowsAreWrittenAsJsonAndCsvWithQuotesEscaped() {
        BatchRow row = new BatchRow("p \"1\"", 2, RoleId.of("x-1"), "Buyers, \"Farm\" \\ Products", 61.5, 55.0, 68.25, null,
                List.of(ResponseFlag.AGREEMENT_BIAS, ResponseFlag.FLAT));
        BatchRow good = new BatchRow(row.person(), row.rank(), row.role(), row.title(), row.score(), row.low(),
                row.high(), Band.GOOD, row.flags());

        assertThat(row.toJson()).isEqualTo("{\"person\":\"p \\\"1\\\"\",\"rank\":2,\"role\":\"x-1\",\"title\":\"Buyers, "
                + "\\\"Farm\\\" \\\\ Products\",\"score\":61.5,\"low\":55.0,\"high\":68.25,\"flags\":[\"FLAT\","
                + "\"AGREEMENT_BIAS\"]}");
        assertThat(good.toCsv()).isEqualTo("\"p \"\"1\"\"\",2,x-1,\"Buyers, \"\"Farm\"\" \\ Products\","
                + "61.5,55.0,68.25,GOOD,FLAT;AGREEMENT_BIAS");
        assertThat(BatchRow.csvHeader()).isEqualTo("person,rank,role,title,score,low,high,band,flags");
    }

    @Test
    void theSameSeedGivesTheSameLinesAndBadLinesComeAtTheirSpacing() {
        List<String> once = population.lines(30, 5, 10).toList();

        assertThat(population.lines(30, 5, 10).toList()).isEqualTo(once);
        assertThat(population.lines(30, 6, 10).toList()).isNotEqualTo(once);
        BatchScorer batch = new BatchScorer(scorer, 1, List.of());
        for (int i = 0; i < once.size(); i++) {
            assertThat(batch.scoreLine(once.get(i), "p", (long) i + 1).failed()).as("line %d", i + 1)
                    .isEqualTo(SamplePopulation.bad(i, 10));
        }
    }
}
