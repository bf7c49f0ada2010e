package dev.careerfit;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * "Did you mean": the known names nearest to one a user typed, for every message about an unknown command,
 * option, role or provider, so that all of them suggest alike. Names that start with what was typed are nearest
 * ({@code 15-2051} finds {@code 15-2051.00}), then names a few edits away, a swap of two neighbouring letters
 * counting as one edit ({@code qiuz} finds {@code quiz}); only the nearest are given, and case is ignored.
 *
 * @since 0.2
 */
@Api(Api.Status.EXPERIMENTAL)
public final class Suggestions {
    /** Suggestions a message gives at most. */
    public static final int SHOWN = 3;
    /** Typed text longer than this has no near names; measuring it would only cost time. */
    private static final int LONGEST = 100;

    private Suggestions() {}

    /** The names of {@code known} nearest to {@code typed} (all equally near), shortest first, at most {@code limit}. */
    public static List<String> closest(String typed, Collection<String> known, int limit) {
        Objects.requireNonNull(known, "known");
        String wanted = Objects.requireNonNull(typed, "typed").toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.length() > LONGEST) {
            return List.of();
        }
        int allowed = wanted.length() <= 4 ? 1 : Math.max(2, wanted.length() / 3);
        List<Scored> near = known.stream().distinct()
                .map(name -> new Scored(name, score(wanted, name.toLowerCase(Locale.ROOT), allowed)))
                .filter(s -> s.score <= allowed)
                .sorted(Comparator.comparingInt(Scored::score).thenComparingInt(s -> s.name.length())
                        .thenComparing(Scored::name))
                .toList();
        // Only the nearest: a name one edit away makes one three edits away noise.
        return near.stream().filter(s -> s.score == near.get(0).score).limit(limit).map(Scored::name).toList();
    }

    /** {@code "; did you mean quiz?"}, {@code "; did you mean a or b?"}, or {@code ""} when nothing is near. */
    public static String didYouMean(String typed, Collection<String> known) {
        List<String> near = closest(typed, known, SHOWN);
        return near.isEmpty() ? "" : "; did you mean " + or(near) + "?";
    }

    /** {@code a}, {@code a or b}, {@code a, b or c}. */
    public static String or(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private record Scored(String name, int score) {}

    /** 0 for a name that starts with what was typed, else the edit distance (above {@code allowed}: any more). */
    private static int score(String typed, String name, int allowed) {
        if (name.startsWith(typed) && typed.length() >= 3) {
            return 0;
        }
        return Math.abs(name.length() - typed.length()) > allowed ? allowed + 1 : distance(typed, name);
    }

    /** Edits (insertions, deletions, substitutions, swaps of neighbours) from {@code a} to {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
