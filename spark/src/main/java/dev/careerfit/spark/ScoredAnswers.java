package dev.careerfit.spark;

import dev.careerfit.Api;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;

/**
 * What {@link CareerfitSpark#score} gives: the results and the rows that could not be scored, two views of one
 * persisted outcome, so that writing both scores each person once.
 *
 * @since 0.4
 */
@Api(Api.Status.EXPERIMENTAL)
public final class ScoredAnswers {
    private final Dataset<Row> outcomes;
    private final Broadcast<?> shared;

    ScoredAnswers(Dataset<Row> outcomes, Broadcast<?> shared) {
        this.outcomes = outcomes;
        this.shared = shared;
    }

    /**
     * Each person's best roles, best first, in the columns of {@link CareerfitSpark#RESULT_SCHEMA}: person, rank,
     * role, title, score, low, high, band (null when the interval spans bands or a pattern withholds it), flags.
     */
    public Dataset<Row> results() {
        return outcomes.filter(functions.col("error").isNull()).select(columns(CareerfitSpark.RESULT_SCHEMA.fields()));
    }

    /**
     * The rows that could not be scored, in the columns of {@link CareerfitSpark#ERROR_SCHEMA}: source, line (null
     * when the input has no line column), person (null when it could not be read), error (what is wrong and
     * where, in one line).
     */
    public Dataset<Row> errors() {
        return outcomes.filter(functions.col("error").isNotNull()).select(columns(CareerfitSpark.ERROR_SCHEMA.fields()));
    }

    /** How many people (rows of the input that are not blank) were scored or failed: an action. */
    public long people() {
        return outcomes.filter(functions.col("first")).count();
    }

    /** Frees the persisted outcome and the broadcast once the results and errors are written. */
    public void unpersist() {
        outcomes.unpersist();
        shared.unpersist();
    }

    private static Column[] columns(StructField[] fields) {
        Column[] columns = new Column[fields.length];
        for (int i = 0; i < fields.length; i++) {
            columns[i] = functions.col(fields[i].name());
        }
        return columns;
    }
}
