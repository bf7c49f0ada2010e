package dev.careerfit.spark;

import dev.careerfit.Api;
import dev.careerfit.quiz.batch.BatchError;
import dev.careerfit.quiz.batch.BatchRow;
import dev.careerfit.quiz.batch.BatchScorer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Scores a Dataset of people's answers on Spark: each person's best roles, in the columns {@code careerfit batch}
 * writes, and the rows that could not be scored, with why (docs/batch.md). The scoring is the quiz engine's
 * {@link BatchScorer}, the same code the command runs, so both give the same rows for the same answers.
 *
 * <pre>{@code
 * Dataset<Row> lines = spark.read().text("people.jsonl");            // one answers document a line, with "person"
 * ScoredAnswers scored = CareerfitSpark.score(lines, SparkScoringOptions.defaults().top(10));
 * scored.results().write().parquet("results");                        // person, rank, role, title, score, ...
 * scored.errors().write().json("errors");                             // source, line, person, error
 * scored.unpersist();
 * }</pre>
 *
 * <p>The input is either JSON lines, a string column {@code value} (what {@code spark.read().text} gives) holding
 * an answers document with a {@code "person"} id, or two string columns, {@code person} and {@code answers} (the
 * answers document without the id). Either may have a {@code line} column (a long, 1 for the first line) that
 * errors report. Null and blank {@code value}s are skipped, as {@code careerfit batch} skips blank lines.
 *
 * <p>What the executors need is sent once per job: the options and the scoring index the driver builds (see
 * {@code Scorers}); each executor JVM builds its catalog once and keeps its scorer for later jobs with the same
 * options. A row that cannot be scored never fails the job: it becomes a row of {@link ScoredAnswers#errors()}.
 *
 * @since 0.4
 */
@Api(Api.Status.EXPERIMENTAL)
public final class CareerfitSpark {
    /**
     * The columns of {@link ScoredAnswers#results()}: {@link BatchRow#COLUMNS}, typed. Only {@code band} is ever
     * null in a result; Spark reports every column as nullable since results and errors share one outcome.
     */
    public static final StructType RESULT_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("person", DataTypes.StringType, true),
        DataTypes.createStructField("rank", DataTypes.IntegerType, true),
        DataTypes.createStructField("role", DataTypes.StringType, true),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("score", DataTypes.DoubleType, true),
        DataTypes.createStructField("low", DataTypes.DoubleType, true),
        DataTypes.createStructField("high", DataTypes.DoubleType, true),
        DataTypes.createStructField("band", DataTypes.StringType, true),
        DataTypes.createStructField("flags", DataTypes.createArrayType(DataTypes.StringType, false), true)});

    /** The columns of {@link ScoredAnswers#errors()}: {@link BatchError#COLUMNS}, typed. */
    public static final StructType ERROR_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("source", DataTypes.StringType, true),
        DataTypes.createStructField("line", DataTypes.LongType, true),
        DataTypes.createStructField("person", DataTypes.StringType, true),
        DataTypes.createStructField("error", DataTypes.StringType, true)});

    /**
     * One row per result or error: the result's columns, then the error's (person shared), all nullable; and
     * {@code first}, true on each person's first row, to count people without reading the input again.
     */
    static final StructType OUTCOME_SCHEMA = outcomeSchema();

    private CareerfitSpark() {}

    /**
     * Scores every person of {@code answers}. Nothing runs until an action on the results or errors; the outcome
     * of both is persisted (memory, then disk) so that they are scored once: call {@link ScoredAnswers#unpersist()}
     * when done.
     *
     * @throws IllegalArgumentException when the Dataset has neither a {@code value} column nor {@code person} and
     *                                  {@code answers} columns
     * @throws dev.careerfit.catalog.UnknownRoleException when a role of the options is not in the catalog
     */
    public static ScoredAnswers score(Dataset<Row> answers, SparkScoringOptions options) {
        List<String> columns = Arrays.asList(answers.columns());
        boolean lines = columns.contains("value");
        if (!lines && !(columns.contains("person") && columns.contains("answers"))) {
            throw new IllegalArgumentException("the answers Dataset needs a string column 'value' (JSON lines, each "
                    + "with a \"person\" id) or the string columns 'person' and 'answers'; it has " + columns);
        }
        Dataset<Row> input = answers.select(lines ? new Column[] {col(columns, "value"), col(columns, "line")}
                : new Column[] {col(columns, "person"), col(columns, "answers"), col(columns, "line")});
        Scorers.Setup setup = Scorers.setup(options);
        Broadcast<Scorers.Setup> shared = JavaSparkContext.fromSparkContext(answers.sparkSession().sparkContext())
                .broadcast(setup);
        Dataset<Row> outcomes = input.mapPartitions(new ScorePartition(shared, lines), Encoders.row(OUTCOME_SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new ScoredAnswers(outcomes, shared);
    }

    /** The column, or a null {@code line} when the input has none. */
    private static Column col(List<String> columns, String name) {
        if (columns.contains(name)) {
            return name.equals("line") ? functions.col(name).cast(DataTypes.LongType).as(name) : functions.col(name);
        }
        return functions.lit(null).cast(DataTypes.LongType).as(name);
    }

    private static StructType outcomeSchema() {
        StructType schema = new StructType();
        for (StructField f : RESULT_SCHEMA.fields()) {
            schema = schema.add(f.name(), f.dataType(), true);
        }
        for (StructField f : ERROR_SCHEMA.fields()) {
            if (!f.name().equals("person")) {
                schema = schema.add(f.name(), f.dataType(), true);
            }
        }
        return schema.add("first", DataTypes.BooleanType, false);
    }

    /** Scores the rows of one partition as they are read: one person in, their rows (or one error row) out. */
    private static final class ScorePartition implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<Scorers.Setup> shared;
        private final boolean lines;

        ScorePartition(Broadcast<Scorers.Setup> shared, boolean lines) {
            this.shared = shared;
            this.lines = lines;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> input) {
            Scorers.Setup setup = shared.value();
            BatchScorer batch = Scorers.scorer(setup);
            String source = setup.options().source();
            return new Iterator<>() {
                private Iterator<Row> pending = java.util.Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!pending.hasNext() && input.hasNext()) {
                        pending = score(input.next()).iterator();
                    }
                    return pending.hasNext();
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return pending.next();
                }

                private List<Row> score(Row row) {
                    Long line = row.isNullAt(row.size() - 1) ? null : row.getLong(row.size() - 1);
                    BatchScorer.Outcome o;
                    if (lines) {
                        String text = row.getString(0);
                        if (text == null || text.isBlank()) {
                            return List.of();
                        }
                        o = batch.scoreLine(text, source, line);
                    } else {
                        o = batch.scoreDocument(row.getString(0), row.getString(1), source, line);
                    }
                    if (o.failed()) {
                        BatchError e = o.error();
                        return List.of(RowFactory.create(e.person(), null, null, null, null, null, null, null, null,
                                e.source(), e.line(), e.error(), true));
                    }
                    List<Row> out = new java.util.ArrayList<>(o.rows().size());
                    for (BatchRow r : o.rows()) {
                        out.add(RowFactory.create(r.person(), r.rank(), r.role().value(), r.title(), r.score(), r.low(),
                                r.high(), r.band() == null ? null : r.band().name(),
                                r.flags().stream().map(Enum::name).toArray(String[]::new), null, null, null,
                                out.isEmpty()));
                    }
                    return out;
                }
            };
        }
    }
}
