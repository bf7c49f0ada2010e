package dev.careerfit.cli;

import dev.careerfit.provenance.Provenance;
import dev.careerfit.quiz.report.LevelInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sources a fit report cites, each once, numbered in the order the report first points to them: a line
 * ends in {@code [1]} and the list at the end says what {@code [1]} is. Also the wording a report shares
 * between text and HTML: points with the right plural, a published figure without words said twice.
 */
final class ReportCitations {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, Provenance> first = new LinkedHashMap<>();

    /** The number of {@code p}'s source, given the next free one the first time it is cited. */
    int cite(Provenance p) {
        String key = FactText.source(p);
        first.putIfAbsent(key, p);
        return numbers.computeIfAbsent(key, k -> numbers.size() + 1);
    }

    /** {@code [1]} or {@code [1][3]}: the references of {@code inputs}, each once, in order. */
    String marks(Collection<LevelInput> inputs) {
        Set<Integer> refs = new LinkedHashSet<>();
        inputs.forEach(i -> refs.add(cite(i.provenance())));
        StringBuilder sb = new StringBuilder();
        refs.forEach(n -> sb.append('[').append(n).append(']'));
        return sb.toString();
    }

    /** {@code [n]} for one source. */
    String mark(Provenance p) {
        return "[" + cite(p) + "]";
    }

    boolean isEmpty() {
        return numbers.isEmpty();
    }

    /** The sources cited, in the order of their numbers: {@code FactText.source} of each. */
    List<String> lines() {
        return new ArrayList<>(numbers.keySet());
    }

    /** The first provenance cited under each number, in the order of the numbers. */
    List<Provenance> provenances() {
        return new ArrayList<>(first.values());
    }

    /**
     * Points in words with the right plural and no needless decimal: {@code +1 point}, {@code +2 points},
     * {@code -0.4 points}.
     */
    static String points(double value) {
        double r = Math.round(value * 10) / 10.0;
        if (r == 0) {
            return "0 points";
        }
        String number = r == Math.rint(r) ? Long.toString((long) Math.abs(r))
                : String.format(Locale.ROOT, "%.1f", Math.abs(r));
        return (r > 0 ? "+" : "-") + number + (Math.abs(r) == 1 ? " point" : " points");
    }

    /**
     * A published figure and its value in one phrase, without saying a name twice: "proficiency needed in
     * Python" and "Python: advanced" read "proficiency needed in Python: advanced"; "employment growth percent
     * 2022-2032" and "+9.7% employment growth 2022-2032" read "+9.7% employment growth 2022-2032".
     */
    static String figure(LevelInput input) {
        return figure(input.figure(), input.value());
    }

    /** {@link #figure(LevelInput)} for a figure's name and value. */
    static String figure(String figure, String value) {
        String f = figure.strip();
        String v = value.strip();
        int colon = v.indexOf(": ");
        if (colon > 0) {
            String head = v.substring(0, colon);
            if (f.toLowerCase(Locale.ROOT).endsWith(head.toLowerCase(Locale.ROOT))) {
                v = v.substring(colon + 2);
            }
        }
        if (v.matches("[A-Z][A-Z_]+")) {
            v = v.toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        Set<String> figureWords = words(f);
        figureWords.removeAll(words(v));
        figureWords.removeAll(Set.of("percent", "rate", "number", "of", "the", "a"));
        if (figureWords.isEmpty()) {
            return v;
        }
        return f + ": " + v;
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}*]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** {@code items} without repeats (ignoring case and surrounding space), in their first order. */
    static List<String> distinct(Collection<String> items) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String item : items) {
            seen.putIfAbsent(item.strip().toLowerCase(Locale.ROOT), item.strip());
        }
        return new ArrayList<>(seen.values());
    }

    /**
     * A comma-separated list with each element once: "TensorFlow, PyTorch, TensorFlow" reads
     * "TensorFlow, PyTorch". Text without commas is returned as it is.
     */
    static String distinctList(String text) {
        int colon = text.indexOf(": ");
        String head = colon > 0 ? text.substring(0, colon + 2) : "";
        String tail = colon > 0 ? text.substring(colon + 2) : text;
        if (!tail.contains(", ")) {
            return text;
        }
        return head + String.join(", ", distinct(List.of(tail.split(",\\s*"))));
    }
}
