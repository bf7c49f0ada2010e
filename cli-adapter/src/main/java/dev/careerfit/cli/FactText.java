package dev.careerfit.cli;

import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.fact.Wording;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.StatisticQuality;
import dev.careerfit.quiz.bank.LevelInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every domain value in plain words, one line each, the same in the terminal and in HTML reports. The
 * words for a fact come from its {@link FactKind}; this class adds how a source reads in one line.
 */
final class FactText {
    private FactText() {}

    /** {@code value} in plain words, as the kind of fact it is says; other values by their {@code toString()}. */
    static String describe(Object value) {
        for (FactKind<?> kind : FactKinds.all()) {
            if (kind.type().isInstance(value)) {
                return text(kind, value);
            }
        }
        return String.valueOf(value);
    }

    private static <T> String text(FactKind<T> kind, Object value) {
        return kind.text(kind.cast(value));
    }

    /** Where a figure comes from, in one line, with the providing provider. */
    static String source(Provenance p) {
        return p.describe() + (p.providerId() == null ? "" : " [" + p.providerId() + "]");
    }

    /**
     * What is particular to one figure of a section whose figures share a source: where in the source it
     * sits, its precision, the period and any note. Empty when there is nothing to add.
     */
    static String detail(Provenance p) {
        return detail(p, true);
    }

    private static String detail(Provenance p, boolean withNote) {
        List<String> parts = new ArrayList<>();
        Origin o = p.origin();
        if (o != null) {
            String where = o.describe();
            if (!where.isEmpty()) {
                parts.add(where);
            }
        }
        StatisticQuality q = p.quality();
        if (q != null && !q.describe().isEmpty()) {
            parts.add(q.describe());
        }
        if (withNote && p.note() != null) {
            parts.add(p.note());
        }
        return String.join("; ", parts);
    }

    /**
     * The source and everything particular to the figure, in one line. For a figure careerfit converted, the
     * publisher's own reason for not stating it per that period (its note) comes first, then the conversion.
     */
    static String sourceWithDetail(Provenance p) {
        if (p.conversion() != null && p.note() != null) {
            String detail = detail(p, false);
            return p.note() + " " + source(p) + (detail.isEmpty() ? "" : "; " + detail);
        }
        String detail = detail(p);
        return source(p) + (detail.isEmpty() ? "" : "; " + detail);
    }

    static String money(BigDecimal amount, Currency currency, PayPeriod period) {
        return Wording.money(amount, currency, period);
    }

    static String number(double value) {
        return Wording.number(value);
    }

    /** {@code WORKING_CONDITIONS} as {@code working conditions}. */
    static String lower(Enum<?> constant) {
        return Wording.lower(constant);
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
