package dev.careerfit.spark;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import dev.careerfit.role.RoleId;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The batch scoring job for {@code spark-submit} (docs/batch.md): reads people's answers as JSON lines (one
 * answers document a line, with a {@code "person"} id; errors give the line's number) or Parquet (columns
 * {@code person} and {@code answers}, or {@code value}), writes each person's best roles as Parquet or JSON lines
 * and the rows that could not be scored beside them. Exit code 0 when every person was scored, 3 when some could
 * not be (the job still completes), 2 for a wrong command line, 1 when the job fails.
 *
 * <pre>
 * spark-submit --class dev.careerfit.spark.SparkBatchJob careerfit-spark-job.jar \
 *     --input people.jsonl --output results [--errors results-errors] [--output-format parquet|json] \
 *     [--input-format jsonl|parquet] [--top 10] [--roles 15-2051.00,ml-engineer] [--release onet=/data/db_30_2_text]
 * </pre>
 *
 * <p>Without a master from {@code spark-submit} (or {@code -Dspark.master}) it runs in local mode on every core.
 *
 * @since 0.4
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SparkBatchJob {
    /** Exit code when some rows could not be scored, as {@code careerfit batch}. */
    public static final int SOME_FAILED = 3;

    private SparkBatchJob() {}

    /** What the command line asks for. */
    record Args(String input, String inputFormat, String output, String outputFormat, String errors,
                SparkScoringOptions options) {
        static Args parse(String... args) {
            String input = null;
            String inputFormat = null;
            String output = null;
            String outputFormat = "parquet";
            String errors = null;
            SparkScoringOptions options = SparkScoringOptions.defaults();
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = args[++i];
                switch (name) {
                    case "--input" -> input = value;
                    case "--input-format" -> inputFormat = oneOf(name, value, "jsonl", "parquet");
                    case "--output" -> output = value;
                    case "--output-format" -> outputFormat = oneOf(name, value, "parquet", "json");
                    case "--errors" -> errors = value;
                    case "--top" -> {
                        try {
                            options = options.top(Integer.parseInt(value));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--top must be a whole number, was '" + value + "'");
                        }
                    }
                    case "--roles" -> options = options.roles(Arrays.stream(value.split(",")).map(String::strip)
                            .filter(s -> !s.isEmpty()).map(RoleId::of).toList());
                    case "--release" -> {
                        int eq = value.indexOf('=');
                        if (eq <= 0 || eq == value.length() - 1) {
                            throw new IllegalArgumentException("--release '" + value + "' must be PROVIDER=PATH");
                        }
                        options = options.release(value.substring(0, eq).strip(), value.substring(eq + 1).strip());
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + name + "'");
                }
            }
            if (input == null || output == null) {
                throw new IllegalArgumentException("give --input PATH and --output PATH");
            }
            if (inputFormat == null) {
                inputFormat = input.toLowerCase(Locale.ROOT).endsWith(".parquet") ? "parquet" : "jsonl";
            }
            Path name = Path.of(input).getFileName();
            return new Args(input, inputFormat, output, outputFormat, errors != null ? errors : output + "-errors",
                    options.source(name == null ? input : name.toString()));
        }

        private static String oneOf(String name, String value, String... allowed) {
            if (!Arrays.asList(allowed).contains(value)) {
                throw new IllegalArgumentException(name + " must be one of " + String.join(", ", allowed) + ", was '"
                        + value + "'");
            }
            return value;
        }
    }

    /** Counts of a finished run. */
    record Summary(long people, long rows, long failed) {}

    public static void main(String[] argv) {
        Args args;
        try {
            args = Args.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("careerfit-spark: " + e.getMessage());
            System.err.println("usage: SparkBatchJob --input PATH --output PATH [--errors PATH] [--input-format "
                    + "jsonl|parquet] [--output-format parquet|json] [--top K] [--roles ID,...] [--release ID=PATH]");
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("careerfit batch");
        if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        int code;
        SparkSession spark = builder.getOrCreate();
        try {
            Summary s = run(spark, args);
            System.out.printf(Locale.ROOT, "Scored %,d of %,d people: %,d rows in %s (%s)%n", s.people() - s.failed(),
                    s.people(), s.rows(), args.output(), args.outputFormat());
            if (s.failed() > 0) {
                System.out.printf(Locale.ROOT, "%,d could not be scored: see %s%n", s.failed(), args.errors());
            }
            code = s.failed() > 0 ? SOME_FAILED : 0;
        } catch (CareerfitException | IllegalArgumentException e) {
            System.err.println("careerfit-spark: " + e.getMessage());
            code = 1;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** Reads, scores and writes; the results and errors are written in full (any earlier output is replaced). */
    static Summary run(SparkSession spark, Args args) {
        Dataset<Row> input = read(spark, args);
        ScoredAnswers scored = CareerfitSpark.score(input, args.options());
        try {
            Dataset<Row> results = scored.results();
            Dataset<Row> errors = scored.errors();
            results.write().mode(SaveMode.Overwrite).format(args.outputFormat()).save(args.output());
            errors.write().mode(SaveMode.Overwrite).format(args.outputFormat()).save(args.errors());
            return new Summary(scored.people(), results.count(), errors.count());
        } finally {
            scored.unpersist();
        }
    }

    /** JSON lines with their line numbers (counted across the files of a folder, in order), or Parquet as it is. */
    static Dataset<Row> read(SparkSession spark, Args args) {
        if (args.inputFormat().equals("parquet")) {
            return spark.read().parquet(args.input());
        }
        JavaRDD<Row> numbered = spark.read().textFile(args.input()).javaRDD().zipWithIndex()
                .map(t -> RowFactory.create(t._1(), t._2() + 1));
        StructType schema = new StructType().add("value", DataTypes.StringType).add("line", DataTypes.LongType);
        return spark.createDataFrame(numbered, schema);
    }
}
