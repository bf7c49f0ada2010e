package dev.careerfit.spark;

import dev.careerfit.Api;
import dev.careerfit.quiz.batch.BatchScorer;
import dev.careerfit.role.RoleId;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How {@link CareerfitSpark#score} scores: how many roles each person gets, which roles, the releases the catalog
 * reads instead of its built-in snapshots, and the input's name for error messages. Immutable and serializable:
 * it travels to the executors in the job's broadcast.
 *
 * <pre>{@code
 * SparkScoringOptions options = SparkScoringOptions.defaults().top(5).release("onet", "/data/db_30_2_text");
 * }</pre>
 *
 * <p>Extra providers are jars on the job's class path ({@code spark-submit --jars}): the catalog finds them with
 * {@code ServiceLoader}, on the driver and on every executor alike. A release path must be readable at the same
 * place on every executor (a shared file system, or {@code --files} and a relative path).
 *
 * @since 0.4
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SparkScoringOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int top;
    /** Role ids as text: role ids are not serializable. */
    private final List<String> roles;
    private final Map<String, String> releases;
    private final String source;

    private SparkScoringOptions(int top, List<String> roles, Map<String, String> releases, String source) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, was " + top);
        }
        this.top = top;
        this.roles = List.copyOf(roles);
        this.releases = Map.copyOf(releases);
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The ten best roles out of every role of the built-in catalog; errors name the input {@code answers}. */
    public static SparkScoringOptions defaults() {
        return new SparkScoringOptions(BatchScorer.DEFAULT_TOP, List.of(), Map.of(), "answers");
    }

    /** How many of each person's best roles to give, at least 1. */
    public SparkScoringOptions top(int k) {
        return new SparkScoringOptions(k, roles, releases, source);
    }

    /** Rank only these roles (ranks stay those among every role); empty for every role. */
    public SparkScoringOptions roles(List<RoleId> ids) {
        return new SparkScoringOptions(top, ids.stream().map(RoleId::value).toList(), releases, source);
    }

    /** Read {@code path} instead of provider {@code providerId}'s built-in snapshot, as {@code --release} does. */
    public SparkScoringOptions release(String providerId, String path) {
        Map<String, String> more = new LinkedHashMap<>(releases);
        more.put(Objects.requireNonNull(providerId, "providerId"), Objects.requireNonNull(path, "path"));
        return new SparkScoringOptions(top, roles, more, source);
    }

    /** The input's name in error messages and in the errors' {@code source} column, e.g. its file name. */
    public SparkScoringOptions source(String name) {
        return new SparkScoringOptions(top, roles, releases, name);
    }

    public int top() {
        return top;
    }

    public List<RoleId> roles() {
        return roles.stream().map(RoleId::of).toList();
    }

    public Map<String, String> releases() {
        return releases;
    }

    public String source() {
        return source;
    }

    /** What the scorer is built from: equal options build equal scorers. */
    String scorerKey() {
        return "careerfit-spark; releases " + new java.util.TreeMap<>(releases) + "; top " + top + "; roles " + roles;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparkScoringOptions other && top == other.top && roles.equals(other.roles)
                && releases.equals(other.releases) && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(top, roles, releases, source);
    }

    @Override
    public String toString() {
        return "SparkScoringOptions[top " + top + ", roles " + roles + ", releases " + releases + ", source " + source
                + "]";
    }
}
