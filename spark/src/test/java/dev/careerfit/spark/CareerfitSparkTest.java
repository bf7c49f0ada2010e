package dev.careerfit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.UnknownRoleException;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.batch.BatchError;
import dev.careerfit.quiz.batch.BatchRow;
import dev.careerfit.quiz.batch.BatchScorer;
import dev.careerfit.quiz.batch.SamplePopulation;
import dev.careerfit.quiz.json.PersonLines;
import dev.careerfit.role.RoleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode on two cores gives, person by person, the rows and errors that careerfit batch's
 * scorer gives for the same 200 generated people (five bad lines among them); bad rows never fail the job.
 */
@Tag("national")
class CareerfitSparkTest {
    static final int PEOPLE = 200;
    static final int BAD_EVERY = 40;

    @TempDir
    static Path dir;

    static SparkSession spark;
    static Path population;
    static List<String> lines;
    /** What careerfit batch's scorer gives for each line. */
    static List<BatchScorer.Outcome> expected;

    @BeforeAll
    static void start() throws IOException {
        FitScorer scorer = FitScorers.create(CareerCatalog.builder().build());
        lines = new SamplePopulation(scorer.bank()).lines(PEOPLE, 7, BAD_EVERY).toList();
        population = Files.write(dir.resolve("people.jsonl"), lines, StandardCharsets.UTF_8);
        BatchScorer batch = new BatchScorer(scorer, BatchScorer.DEFAULT_TOP, List.of());
        expected = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            expected.add(batch.scoreLine(lines.get(i), "people.jsonl", (long) i + 1));
        }
        spark = SparkSession.builder().master("local[2]").appName("careerfit-spark-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "localhost")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void jsonLinesGiveTheRowsAndErrorsOfTheBatchCommandPersonByPerson() {
        SparkBatchJob.Args args = SparkBatchJob.Args.parse("--input", population.toString(), "--output",
                dir.resolve("unused").toString());
        ScoredAnswers scored = CareerfitSpark.score(SparkBatchJob.read(spark, args), args.options());
        try {
            List<BatchRow> rows = scored.results().collectAsList().stream().map(CareerfitSparkTest::row).toList();
            List<BatchError> errors = scored.errors().collectAsList().stream().map(CareerfitSparkTest::error).toList();

            assertThat(rows).containsExactlyElementsOf(expected.stream().flatMap(o -> o.rows().stream()).toList());
            assertThat(rows).hasSize((PEOPLE - PEOPLE / BAD_EVERY) * BatchScorer.DEFAULT_TOP);
            assertThat(errors).containsExactlyElementsOf(expected.stream().filter(BatchScorer.Outcome::failed)
                    .map(BatchScorer.Outcome::error).toList());
            assertThat(errors).extracting(BatchError::line).containsExactly(40L, 80L, 120L, 160L, 200L);
            assertThat(errors.get(1).error()).isEqualTo("people.jsonl:80 $.person: is missing; give each line the "
                    + "person's id, e.g. \"person\": \"p-0001\"");
        } finally {
            scored.unpersist();
        }
    }

    @Test
    void personAndAnswersColumnsScoreLikeTheLinesTheyCameFrom() {
        StructType schema = new StructType().add("person", DataTypes.StringType).add("answers", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            PersonLines.PersonLine read = PersonLines.read(lines.get(i), "people.jsonl:" + (i + 1));
            rows.add(RowFactory.create(read.person(), read.answers()));
        }
        rows.add(RowFactory.create("nobody", null));
        ScoredAnswers scored = CareerfitSpark.score(spark.createDataFrame(rows, schema),
                SparkScoringOptions.defaults().top(3));
        try {
            List<BatchRow> got = scored.results().collectAsList().stream().map(CareerfitSparkTest::row).toList();

            assertThat(got).containsExactlyElementsOf(expected.subList(0, 12).stream()
                    .flatMap(o -> o.rows().stream().limit(3)).toList());
            assertThat(scored.errors().collectAsList()).singleElement().satisfies(e -> {
                assertThat(e.getAs("person").toString()).isEqualTo("nobody");
                assertThat(e.getAs("error").toString()).contains("no answers document");
            });
        } finally {
            scored.unpersist();
        }
    }

    @Test
    void theJobWritesJsonLinesInTheBatchCommandsColumnsAndTheErrorsBeside() throws IOException {
        Path out = dir.resolve("job/results");
        SparkBatchJob.Args args = SparkBatchJob.Args.parse("--input", population.toString(), "--output",
                out.toString(), "--output-format", "json", "--top", "2");

        SparkBatchJob.Summary summary = SparkBatchJob.run(spark, args);

        assertThat(summary).isEqualTo(new SparkBatchJob.Summary(PEOPLE, (PEOPLE - 5) * 2L, 5));
        List<String> written = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                written.addAll(Files.readAllLines(part));
            }
        }
        // Spark's JSON writer gives the very lines careerfit batch writes.
        assertThat(written).containsExactlyElementsOf(expected.stream().flatMap(o -> o.rows().stream().limit(2))
                .map(BatchRow::toJson).toList());
        assertThat(Files.list(dir.resolve("job/results-errors")).filter(p -> p.toString().endsWith(".json")))
                .isNotEmpty();
    }

    @Test
    void aDatasetWithoutAnswerColumnsOrAnUnknownRoleFailsBeforeAnythingRuns() {
        Dataset<Row> wrong = spark.createDataFrame(List.of(RowFactory.create("x")),
                new StructType().add("text", DataTypes.StringType));

        assertThatThrownBy(() -> CareerfitSpark.score(wrong, SparkScoringOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'person' and 'answers'")
                .hasMessageContaining("[text]");
        assertThatThrownBy(() -> SparkBatchJob.Args.parse("--input", "x", "--output", "y", "--top", "ten"))
                .hasMessage("--top must be a whole number, was 'ten'");
        Dataset<Row> some = spark.read().text(population.toString());
        assertThatThrownBy(() -> CareerfitSpark.score(some, SparkScoringOptions.defaults().roles(List.of(RoleId.of("15-2051.0")))))
                .isInstanceOf(UnknownRoleException.class);
    }

    private static BatchRow row(Row r) {
        List<String> flags = r.getList(r.fieldIndex("flags"));
        return new BatchRow(r.getAs("person"), r.<Integer>getAs("rank"), RoleId.of(r.getAs("role")), r.getAs("title"),
                r.<Double>getAs("score"), r.<Double>getAs("low"), r.<Double>getAs("high"),
                r.isNullAt(r.fieldIndex("band")) ? null : dev.careerfit.quiz.report.Band.valueOf(r.getAs("band")),
                flags.stream().map(dev.careerfit.quiz.report.ResponseFlag::valueOf).toList());
    }

    private static BatchError error(Row r) {
        return new BatchError(r.getAs("source"), r.isNullAt(r.fieldIndex("line")) ? null : r.<Long>getAs("line"),
                r.getAs("person"), r.getAs("error"));
    }
}
