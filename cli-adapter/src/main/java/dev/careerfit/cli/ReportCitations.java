package dev.careerfit.cli;

import dev.careerfit.provenance.Provenance;
import dev.careerfit.quiz.bank.LevelInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sources a fit report cites, each once, numbered in the order the report first points to them: a line
 * ends in {@code [1]} and the list at the end says what {@code [1]} is. The wording the text and HTML reports share
 * (points with the right plural, a figure without words said twice) is in {@link FactText}.
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
}
