package dev.careerfit.cli;

import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Source;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbered references for a page of figures: each figure cites {@code [2]} and what is particular to it
 * (its period, where in the source it sits, its sample size and precision, its note), and the page ends
 * with the list of sources, each once, in full: publisher, title and release, the document that cited
 * it, its kind, link, licence and the attribution the licence asks for. A note that several figures of
 * one source share is written once under that source as {@code [2a]}, and those figures cite
 * {@code [2a]} instead of repeating it.
 *
 * <p>Notes can only be known to be shared once every figure has been seen, so a page is printed twice:
 * first to count (into nothing), then, after {@link #counted()}, for real.
 */
final class References {
    /** A source as cited in one document and supplied by one provider, and the notes its figures share. */
    private static final class Reference {
        final int number;
        final Provenance first;
        final Map<String, Integer> notes = new LinkedHashMap<>();
        final List<String> shared = new ArrayList<>();

        Reference(int number, Provenance first) {
            this.number = number;
            this.first = first;
        }
    }

    private final Map<String, Reference> references = new LinkedHashMap<>();
    private boolean counting = true;

    /** Ends the counting pass: notes seen on two figures or more of a source go to that source's entry. */
    void counted() {
        for (Reference r : references.values()) {
            r.notes.forEach((note, times) -> {
                if (times > 1) {
                    r.shared.add(note);
                }
            });
        }
        counting = false;
    }

    /** {@code [2] 2024; national_M2024_dl, A_MEAN; relative SE 0.9%; the note}, or {@code [2a] ...} for a shared note. */
    String cite(Provenance p) {
        Cited c = cited(p);
        List<String> parts = new ArrayList<>();
        if (p.referencePeriod() != null) {
            parts.add(p.referencePeriod().toString());
        }
        reading(p).ifPresent(parts::add);
        parts.addAll(particulars(p, c.note()));
        return c.mark() + (parts.isEmpty() ? "" : " " + String.join("; ", parts));
    }

    /**
     * For careerfit's reading of a source's words: whose words ({@code [6]}, the source's own reference) and
     * which, quoted, so that the value is never taken for the source's.
     */
    private java.util.Optional<String> reading(Provenance p) {
        if (p.reading() == null) {
            return java.util.Optional.empty();
        }
        Provenance read = Provenance.citedIn(p.reading().source(), p.citedIn()).withProviderId(p.providerId());
        return java.util.Optional.of("careerfit's reading of [" + reference(read).number + "]: \""
                + p.reading().words() + "\"");
    }

    /** The reference with the title and the period the figures share, for a section's heading. */
    String heading(Provenance p) {
        return "[" + reference(p).number + "] " + title(p.source())
                + (p.referencePeriod() == null ? "" : " (" + p.referencePeriod() + ")");
    }

    /** What is particular to a figure of a section whose heading cites its source: where, precision, note. */
    String detail(Provenance p) {
        Cited c = cited(p);
        List<String> parts = new ArrayList<>();
        reading(p).ifPresent(parts::add);
        parts.addAll(particulars(p, c.note()));
        if (c.letter() >= 0) {
            parts.add("note " + c.mark());
        }
        return String.join("; ", parts);
    }

    /** The list of sources, each with its notes that several figures share. */
    void print(PrintWriter out, Style style) {
        if (references.isEmpty()) {
            return;
        }
        out.println();
        out.println(style.bold("Sources"));
        for (Reference r : references.values()) {
            Provenance p = r.first;
            Source s = p.source();
            out.println("  [" + r.number + "] " + (p.careerfitsOwnEstimate() ? "careerfit: " + s.title()
                    : s.publisher() + ": " + title(s)) + (p.citedIn() == null ? "" : ", cited in " + p.citedIn()));
            List<String> about = new ArrayList<>();
            about.add("source " + s.id() + (p.providerId() == null ? "" : " from provider " + p.providerId()));
            about.add(FactText.lower(s.kind()));
            if (s.link() != null) {
                about.add(s.link().toString());
            }
            if (s.licence() != null) {
                about.add("licence: " + s.licence());
            }
            out.println("      " + style.dim(String.join("; ", about)));
            if (s.attribution() != null) {
                out.println("      " + style.dim("attribution: " + s.attribution()));
            }
            for (int i = 0; i < r.shared.size(); i++) {
                out.println("      [" + r.number + letters(i) + "] " + r.shared.get(i));
            }
        }
    }

    private Reference reference(Provenance p) {
        String key = p.source().id() + "|" + p.citedIn() + "|" + p.providerId();
        return references.computeIfAbsent(key, k -> new Reference(references.size() + 1, p));
    }

    /**
     * The figure's reference and note: on the first pass the note is counted; on the second a shared note
     * is a letter, and only a note of its own stays with the figure.
     */
    private Cited cited(Provenance p) {
        Reference r = reference(p);
        String note = p.careerfitsOwnEstimate() && p.basis() != null ? "based on " + p.basis() : p.note();
        if (note != null && counting) {
            r.notes.merge(note, 1, Integer::sum);
        }
        int letter = note == null ? -1 : r.shared.indexOf(note);
        return new Cited(r.number, letter, letter < 0 ? note : null);
    }

    /**
     * How a figure cites its source.
     *
     * @param number the reference's number
     * @param letter the index of its shared note, or -1
     * @param note   its own note, or null
     */
    private record Cited(int number, int letter, String note) {
        String mark() {
            return "[" + number + (letter < 0 ? "" : letters(letter)) + "]";
        }
    }

    /** Where in the source, the precision, and the note unless the mark already stands for it. */
    private static List<String> particulars(Provenance p, String note) {
        List<String> parts = new ArrayList<>();
        Origin o = p.origin();
        if (o != null && !o.describe().isEmpty()) {
            parts.add(o.describe());
        }
        if (p.quality() != null && !p.quality().describe().isEmpty()) {
            parts.add(p.quality().describe());
        }
        if (note != null) {
            parts.add(note);
        }
        return parts;
    }

    /** {@code a} to {@code z}, then {@code aa}, {@code ab}... */
    private static String letters(int index) {
        String letter = String.valueOf((char) ('a' + index % 26));
        return index < 26 ? letter : letters(index / 26 - 1) + letter;
    }

    /** {@code Occupational Employment and Wage Statistics (OEWS), national estimates, May 2024}. */
    private static String title(Source s) {
        return s.title() + (s.release() == null ? "" : ", " + s.release());
    }
}
