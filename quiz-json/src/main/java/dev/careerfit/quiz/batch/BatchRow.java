package dev.careerfit.quiz.batch;

import dev.careerfit.Api;
import dev.careerfit.quiz.report.Band;
import dev.careerfit.quiz.report.ResponseFlag;
import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Objects;

/**
 * One line of a batch's results: one of a person's best-fitting roles. {@code careerfit batch} writes it as a
 * JSON line or a CSV row, and the Spark job as a row, all with the columns {@link #COLUMNS} (docs/batch.md).
 *
 * @param person the person's id
 * @param rank   the role's rank among every scored role, 1 for the best (as {@code careerfit score} gives it)
 * @param role   the role's id
 * @param title  its title
 * @param score  0 to 100, one decimal
 * @param low    the lower end of the interval the score likely lies in
 * @param high   its upper end
 * @param band   the band, or {@code null} when the interval spans several or an answer pattern withholds it
 * @param flags  the answer patterns found in the person's answers, in {@link ResponseFlag} order
 * @since 0.4
 */
@Api(Api.Status.EXPERIMENTAL)
public record BatchRow(String person, int rank, RoleId role, String title, double score, double low, double high,
                       Band band, List<ResponseFlag> flags) {
    /** The columns, in order: the CSV header and the Spark schema's field names. */
    public static final List<String> COLUMNS = List.of("person", "rank", "role", "title", "score", "low", "high",
            "band", "flags");

    public BatchRow {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(title, "title");
        flags = inOrder(flags) ? List.copyOf(flags) : flags.stream().sorted().toList();
    }

    /** Whether {@code flags} are in {@link ResponseFlag} order already, as a person's are: then no sort per row. */
    private static boolean inOrder(List<ResponseFlag> flags) {
        for (int i = 1; i < flags.size(); i++) {
            if (flags.get(i - 1).compareTo(flags.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The flags' names separated by {@code ;}, as the CSV writes them (empty for none). */
    public String flagText() {
        return String.join(";", flags.stream().map(Enum::name).toList());
    }

    /** The CSV header line, without the line break. */
    public static String csvHeader() {
        return String.join(",", COLUMNS);
    }

    /** This row as one JSON object on one line, without the line break; {@code band} left out when absent. */
    public String toJson() {
        return appendJson(new StringBuilder(160)).toString();
    }

    /** Appends {@link #toJson()}'s text to {@code sb}, without making it a string first; gives {@code sb}. */
    public StringBuilder appendJson(StringBuilder sb) {
        sb.append("{\"person\":");
        Text.quote(sb, person).append(",\"rank\":").append(rank).append(",\"role\":");
        Text.quote(sb, role.value()).append(",\"title\":");
        Text.quote(sb, title).append(",\"score\":").append(score).append(",\"low\":").append(low)
                .append(",\"high\":").append(high);
        if (band != null) {
            sb.append(",\"band\":\"").append(band.name()).append('"');
        }
        sb.append(",\"flags\":[");
        for (int i = 0; i < flags.size(); i++) {
            sb.append(i == 0 ? "\"" : ",\"").append(flags.get(i).name()).append('"');
        }
        return sb.append("]}");
    }

    /** This row as one CSV record (RFC 4180 quoting), without the line break. */
    public String toCsv() {
        return appendCsv(new StringBuilder(120)).toString();
    }

    /** Appends {@link #toCsv()}'s text to {@code sb}, without making it a string first; gives {@code sb}. */
    public StringBuilder appendCsv(StringBuilder sb) {
        Text.csv(sb, person).append(',').append(rank).append(',');
        Text.csv(sb, role.value()).append(',');
        Text.csv(sb, title).append(',').append(score).append(',').append(low).append(',').append(high).append(',')
                .append(band == null ? "" : band.name()).append(',');
        for (int i = 0; i < flags.size(); i++) {
            sb.append(i == 0 ? "" : ";").append(flags.get(i).name());
        }
        return sb;
    }
}
