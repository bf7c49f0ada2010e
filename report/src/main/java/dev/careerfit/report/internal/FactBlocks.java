package dev.careerfit.report.internal;

import dev.careerfit.catalog.ConflictPolicy;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.fact.FactKind;
import dev.careerfit.market.Location;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.report.page.Block;
import dev.careerfit.report.page.Block.Item;
import dev.careerfit.report.page.Block.Mark;
import dev.careerfit.report.page.Text;
import dev.careerfit.report.page.Tone;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fact groups as a page shows them: the chosen value in words with its source's mark; where sources disagree, a
 * word that they do in the short view, and in the details every value with its source, the chosen one marked, and
 * what chose it in words (the conflict policy's reason, or the order the values came in where it has none).
 */
final class FactBlocks {
    private final Citations citations;
    private final ConflictPolicy policy;
    private final boolean details;

    FactBlocks(Citations citations, ConflictPolicy policy, boolean details) {
        this.citations = citations;
        this.policy = policy;
        this.details = details;
    }

    /** One group as an item: its value, its source, and under it (details) its particulars or every value. */
    Item item(FactGroup<?> g) {
        Text.Builder t = Text.builder().add(line(g) + " ").add(citations.mark(g.chosen().provenance()));
        if (g.disputed() && !details) {
            t.add("; " + disputeWords(g) + " (--details)", Tone.WARN);
        } else if (g.values().size() > 1 && !g.disputed() && !details) {
            t.add("; " + g.values().size() + " sources agree", Tone.MUTED);
        }
        return new Item(Mark.POINT, t.build(), details ? under(g) : List.of());
    }

    /** What is under a group in the details: one value's particulars, or every value and what chose one. */
    private List<Block> under(FactGroup<?> g) {
        if (g.values().size() == 1) {
            String p = citations.particulars(g.chosen().provenance());
            return p.isEmpty() ? List.of() : List.of(new Block.Paragraph(Text.of(p, Tone.MUTED), true));
        }
        List<Item> values = new ArrayList<>();
        for (int i = 0; i < g.values().size(); i++) {
            Sourced<?> v = g.values().get(i);
            String particulars = citations.particulars(v.provenance());
            Text.Builder t = Text.builder().add(i == 0 ? "chosen: " : "", Tone.STRONG).add(text(g.kind(), v.value())
                    + " ").add(citations.mark(v.provenance()));
            if (g.disputed() && g.agreesWithAll(v)) {
                t.add(" (agrees with every other value)", Tone.MUTED);
            }
            if (!particulars.isEmpty()) {
                t.add("; " + particulars, Tone.MUTED);
            }
            values.add(new Item(Mark.POINT, t.build()));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Items(values, false));
        if (g.disputed()) {
            blocks.add(new Block.Paragraph(resolution(g), true));
        }
        return blocks;
    }

    /** "2 of 3 sources differ on amount". */
    static String disputeWords(FactGroup<?> g) {
        int differing = g.disagreeing().size();
        return (differing == g.values().size() ? differing + " sources" : differing + " of " + g.values().size()
                + " sources") + " differ on " + String.join(" and ", g.differences());
    }

    /**
     * What chose the value shown, in words: "careerfit shows [1]'s: official statistics before a survey"; or, where the
     * conflict policy ranks the values alike, that the first in the providers' order is shown.
     */
    Text resolution(FactGroup<?> g) {
        Sourced<?> chosen = g.chosen();
        Sourced<?> tie = tie(g);
        Text.Builder t = Text.builder();
        if (tie == null) {
            Sourced<?> rival = rival(g);
            t.add("Why this one: careerfit's rule \u201c" + policy.name() + "\u201d puts ").add(citations.mark(
                    chosen.provenance())).add(" first" + policy.explain(chosen, rival).map(r -> " (" + r + ")")
                    .orElse("") + ".");
        } else {
            t.add("Why this one: careerfit's rule \u201c" + policy.name() + "\u201d ranks them alike"
                    + policy.explain(chosen, tie).map(r -> " (" + r + ")").orElse("") + ", so the first in the "
                    + "providers' order is shown: ").add(citations.mark(chosen.provenance())).add(".");
        }
        return t.build();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Sourced<?> tie(FactGroup g) {
        return (Sourced<?>) g.tiedWithChosen(policy).orElse(null);
    }

    /** The first value that disagrees with the chosen one, else the first other value. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Sourced<?> rival(FactGroup g) {
        FactKind kind = g.kind();
        Object chosen = g.chosen().value();
        for (Object o : g.alternatives()) {
            Sourced<?> v = (Sourced<?>) o;
            if (!kind.differences(chosen, v.value()).isEmpty()) {
                return v;
            }
        }
        return (Sourced<?>) g.alternatives().get(0);
    }

    /**
     * A group's value in one phrase, without saying a name twice: "change in jobs 2024-2034: +82,500 jobs" when the
     * words add to the value, else the value alone ("+33.5% employment growth 2024-2034").
     */
    static String line(FactGroup<?> g) {
        String value = g.text();
        if (g.subject() == null) {
            return value;
        }
        Set<String> subject = words(g.subject());
        subject.removeAll(words(value));
        subject.removeAll(Set.of("percent", "rate", "number", "of", "the", "a", "in", "for", "over", "average"));
        return subject.isEmpty() ? value : g.subject() + ": " + value;
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

    static <T> String text(FactKind<T> kind, Object value) {
        return kind.text(kind.cast(value));
    }

    /** A place as a person says it: "the U.S.", "the U.K.", "London, GB". */
    static String place(Location l) {
        if (l.city() == null && l.region() == null) {
            return switch (l.country()) {
                case "US" -> "the U.S.";
                case "GB" -> "the U.K.";
                default -> l.country();
            };
        }
        return l.toString();
    }
}
