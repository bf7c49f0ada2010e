package dev.careerfit.report.internal;

import dev.careerfit.Api;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.catalog.ProviderInfo;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.fact.Wording;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.report.page.Block;
import dev.careerfit.report.page.Span;
import dev.careerfit.report.page.Text;
import dev.careerfit.report.page.Tone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * careerfit's one citation model. A page names each source once, numbered in the order it first points to it; every
 * value carries its number, and says who made it: the publisher ({@code [1]}), careerfit converting the publisher's
 * figures ({@code [1], converted by careerfit}), careerfit reading a source's words ({@code careerfit's reading of [5]})
 * or careerfit's own estimate. A source is one publication as cited in one document, whatever provider supplied it
 * and whatever year a figure is for (the figure says its year). A document a value was cited in is named by the title
 * of the guide it is, never by its file name; a note several figures of one source share is listed once under the
 * source ({@code [2a]}).
 */
@Api(Api.Status.INTERNAL)
public final class Citations {
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    /** Documents values were cited in, by the guide each is: learned from the guides' own values. */
    private final Map<String, Source> documents = new HashMap<>();
    /** How many figures of a source carry each note, counted before the page is worded. */
    private final Map<String, Map<String, Integer>> noteCounts = new HashMap<>();
    private final CareerCatalog catalog;
    private boolean catalogRead;

    /** A source as cited in one document, and the notes its figures share. */
    private static final class Entry {
        final int number;
        final Source source;
        final String citedIn;
        final List<String> shared = new ArrayList<>();

        Entry(int number, Source source, String citedIn) {
            this.number = number;
            this.source = source;
            this.citedIn = citedIn;
        }
    }

    /** {@code catalog}, if not {@code null}, names the documents the page's own values do not. */
    public Citations(CareerCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Counts the notes of {@code values} before the page cites them, so that a note several figures of one source
     * carry is listed once under the source. Also learns the documents the guides among them are.
     */
    public void prepare(Iterable<Provenance> values) {
        for (Provenance p : values) {
            learn(p);
            String note = note(p);
            if (note != null) {
                noteCounts.computeIfAbsent(key(p), k -> new HashMap<>()).merge(note, 1, Integer::sum);
            }
        }
    }

    /** The number of the source {@code p} credits, given the next free one the first time it is cited. */
    public int number(Provenance p) {
        learn(p);
        Source credited = p.reading() != null ? p.reading().source() : p.source();
        return entries.computeIfAbsent(key(p), k -> new Entry(entries.size() + 1, credited, p.citedIn())).number;
    }

    /**
     * Who made the value and where it comes from: {@code [1]}; {@code [1], converted by careerfit};
     * {@code careerfit's reading of [5]}; {@code careerfit's own estimate [7]}.
     */
    public Text mark(Provenance p) {
        Span ref = Span.reference(number(p));
        return switch (p.madeBy()) {
            case PUBLISHER -> Text.of(ref);
            case CAREERFIT_CONVERSION -> Text.of(ref, Span.of(", converted by careerfit"));
            case CAREERFIT_READING -> Text.of(Span.of("careerfit's reading of "), ref);
            case CAREERFIT_ESTIMATE -> Text.of(Span.of("careerfit's own estimate "), ref);
        };
    }

    /** The marks of {@code values}, each once, in order: {@code [1][3]}, {@code [2], careerfit's reading of [5]}. */
    public Text marks(Iterable<Provenance> values) {
        // The numbers grouped by who made the values: "[1][3], careerfit's reading of [2][4]".
        Map<dev.careerfit.provenance.MadeBy, Map<Integer, Span>> byMaker = new LinkedHashMap<>();
        for (Provenance p : values) {
            int n = number(p);
            byMaker.computeIfAbsent(p.madeBy(), k -> new LinkedHashMap<>()).putIfAbsent(n, Span.reference(n));
        }
        Text.Builder b = Text.builder();
        for (var e : byMaker.entrySet()) {
            if (!b.isEmpty()) {
                b.add(", ");
            }
            Text refs = new Text(List.copyOf(e.getValue().values()));
            b.add(switch (e.getKey()) {
                case PUBLISHER -> refs;
                case CAREERFIT_CONVERSION -> refs.then(Text.of(", converted by careerfit"));
                case CAREERFIT_READING -> Text.of("careerfit's reading of ").then(refs);
                case CAREERFIT_ESTIMATE -> Text.of("careerfit's own estimate ").then(refs);
            });
        }
        return b.build();
    }

    /**
     * What is particular to one value, for {@code --details}: its years, the words careerfit read, where in the
     * release it sits (by the publisher's titles), its precision, and its note (or the shared note's mark); empty
     * when there is nothing to say.
     */
    public String particulars(Provenance p) {
        List<String> parts = new ArrayList<>();
        String note = note(p);
        if (p.conversion() != null) {
            // The publisher's reason for not publishing the period first, then careerfit's arithmetic.
            if (note != null) {
                parts.add(note);
                note = null;
            }
            parts.add("converted by careerfit: " + p.conversion().rule());
        }
        if (p.referencePeriod() != null) {
            parts.add(Words.period(p.referencePeriod()));
        }
        if (p.reading() != null) {
            parts.add("the words read: \"" + p.reading().words() + "\"");
        }
        String where = Words.origin(p.origin());
        if (!where.isEmpty()) {
            parts.add(where);
        }
        if (p.origin() != null && p.origin().appliedFrom() != null) {
            parts.add(p.origin().appliedFromText());
        }
        String quality = quality(p);
        if (!quality.isEmpty()) {
            parts.add(quality);
        }
        if (note != null) {
            int shared = sharedIndex(p, note);
            parts.add(shared < 0 ? note : "note [" + number(p) + letters(shared) + "]");
        }
        return String.join("; ", parts);
    }

    /** A figure's precision in words: "sample of 8 people; relative standard error 0.9%". */
    private static String quality(Provenance p) {
        var q = p.quality();
        if (q == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (q.sampleSize() != null) {
            parts.add("rated by " + Wording.number(q.sampleSize()) + (q.sampleSize() == 1 ? " respondent" : " respondents"));
        }
        if (q.lowerBound() != null && q.upperBound() != null) {
            parts.add("95% likely between " + Wording.number(q.lowerBound()) + " and " + Wording.number(q.upperBound()));
        } else if (q.standardError() != null) {
            parts.add("standard error " + Wording.number(q.standardError()));
        }
        if (q.relativeStandardError() != null) {
            parts.add("relative standard error " + Wording.number(q.relativeStandardError()) + "%");
        }
        if (Boolean.TRUE.equals(q.suppressionAdvised())) {
            parts.add("the publisher advises against relying on it");
        }
        if (Boolean.TRUE.equals(q.notRelevant())) {
            parts.add("the publisher marks it not relevant to the occupation");
        }
        return String.join(", ", parts);
    }

    /** The note a reader needs, in words: careerfit's basis for its own estimate, else the source's note. */
    private static String note(Provenance p) {
        if (p.careerfitsOwnEstimate() && p.reading() == null && p.basis() != null) {
            return "based on " + p.basis();
        }
        return p.note() == null ? null : Words.withoutCodes(p.note());
    }

    private int sharedIndex(Provenance p, String note) {
        Map<String, Integer> counts = noteCounts.get(key(p));
        if (counts == null || counts.getOrDefault(note, 0) < 2) {
            return -1;
        }
        number(p);
        Entry e = entries.get(key(p));
        int i = e.shared.indexOf(note);
        if (i < 0) {
            e.shared.add(note);
            i = e.shared.size() - 1;
        }
        return i;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The page's sources, in the order of their numbers: publisher, title and release, the guide that cited it; and
     * with them where to read it and the notes its figures share, and with {@code details} its licence and the credit
     * the licence asks for (the sources page gives both for every source).
     */
    public Block.Sources sources(boolean details) {
        List<Block.Reference> refs = new ArrayList<>();
        for (Entry e : entries.values()) {
            Source s = e.source;
            Text.Builder title = Text.builder().add(title(s));
            citedIn(e).ifPresent(doc -> title.add(", as " + doc + " cites it", Tone.PLAIN));
            List<Text> about = new ArrayList<>();
            if (s.licence() != null && details) {
                about.add(Text.of("licence: " + s.licence(), Tone.MUTED));
            }
            // The credit a licence asks for is given in full on the sources page and in the details.
            if (s.attribution() != null && details) {
                about.add(Text.of(s.attribution(), Tone.MUTED));
            }
            for (int i = 0; i < e.shared.size(); i++) {
                about.add(Text.of("[" + e.number + letters(i) + "] " + e.shared.get(i), Tone.MUTED));
            }
            refs.add(new Block.Reference(e.number, title.build(), about, s.link() == null ? null : s.link().toString()));
        }
        return new Block.Sources(refs);
    }

    /**
     * A source as its publisher titles it: {@code U.S. Bureau of Labor Statistics, Occupational Employment and Wage
     * Statistics (OEWS), national estimates, May 2024}; a guide's title in quotes, {@code Unnamed blog, "Why Machine
     * Learning Engineer"}; careerfit's own, {@code careerfit: ...}.
     */
    public static String title(Source s) {
        String title = s.kind() == SourceKind.EDITORIAL ? "\u201c" + s.title() + "\u201d" : s.title();
        return s.publisher() + ", " + title + (s.release() == null ? "" : ", " + s.release());
    }

    /** The guide a value was cited in, by its title; empty when the value's own source is that guide. */
    private Optional<String> citedIn(Entry e) {
        if (e.citedIn == null) {
            return Optional.empty();
        }
        Source doc = documents.get(e.citedIn);
        if (doc == null && !catalogRead) {
            readCatalog();
            doc = documents.get(e.citedIn);
        }
        if (doc != null && doc.id().equals(e.source.id())) {
            return Optional.empty();
        }
        return Optional.of(doc == null ? "a career guide careerfit holds" : doc.publisher() + ", \u201c" + doc.title()
                + "\u201d,");
    }

    /** A guide's own value, or careerfit's reading of a guide's words, says which document the guide is. */
    void learn(Provenance p) {
        if (p.citedIn() == null) {
            return;
        }
        Source own = p.reading() != null ? p.reading().source() : p.source();
        if (own.kind() == SourceKind.EDITORIAL) {
            documents.putIfAbsent(p.citedIn(), own);
        }
    }

    /**
     * Learns the documents from the roles of every provider that has a guide among its sources: only when a page
     * cites a document none of its own values names.
     */
    private void readCatalog() {
        catalogRead = true;
        if (catalog == null) {
            return;
        }
        Set<String> guides = catalog.providers().stream()
                .filter(pr -> pr.sources().stream().anyMatch(s -> s.kind() == SourceKind.EDITORIAL))
                .map(ProviderInfo::id).collect(Collectors.toSet());
        for (RoleSummary r : catalog.roles()) {
            if (r.providers().stream().anyMatch(guides::contains)) {
                CareerRole role = catalog.requireRole(r.id().value());
                for (FactGroup<?> g : role.allGroups()) {
                    for (Sourced<?> v : g.values()) {
                        learn(v.provenance());
                    }
                }
            }
        }
    }

    private static String key(Provenance p) {
        Source credited = p.reading() != null ? p.reading().source() : p.source();
        return credited.id() + "|" + (p.citedIn() == null ? "" : p.citedIn());
    }

    /** {@code a} to {@code z}, then {@code aa}, {@code ab}... */
    private static String letters(int index) {
        String letter = String.valueOf((char) ('a' + index % 26));
        return index < 26 ? letter : letters(index / 26 - 1) + letter;
    }
}
