package dev.careerfit.catalog;

import dev.careerfit.catalog.CatalogIndex.Contribution;
import dev.careerfit.catalog.CatalogIndex.Slot;
import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.ProviderId;
import dev.careerfit.provenance.Source;
import dev.careerfit.role.RoleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Title search: the roles whose title or other titles match a query, and the index of every role's other
 * titles that search and links read, built in one pass over the titles the first time either needs it
 * (the O*NET providers' alternate titles are read only then). Thread-safe.
 */
final class TitleSearch {
    private final Map<RoleId, Slot> slots;
    private final List<RoleSummary> summaries;
    private volatile TitleIndex titleIndex;

    TitleSearch(CatalogIndex index) {
        this.slots = index.slots();
        this.summaries = index.roles();
    }

    /**
     * Roles whose title, or one of whose other titles, has a word starting with each word of {@code text}
     * (case-insensitive: "data sci" finds "Data Scientists", "data" does not find "Database
     * Administrators"): exact title matches first, then title matches, then roles found by another title,
     * each group in id order.
     */
    List<RoleSummary> search(String text) {
        String q = normalise(Objects.requireNonNull(text, "text"));
        if (q.isEmpty()) {
            return summaries;
        }
        String[] words = q.split(" ");
        List<RoleSummary> exact = new ArrayList<>();
        List<RoleSummary> inTitle = new ArrayList<>();
        List<RoleSummary> inOther = new ArrayList<>();
        TitleIndex index = titleIndex();
        for (Slot s : slots.values()) {
            String title = normalise(s.title);
            if (title.equals(q)) {
                exact.add(s.summary());
            } else if (containsAll(title, words)) {
                inTitle.add(s.summary());
            } else if (index.otherTitlesMatch(s.id, words)) {
                inOther.add(s.summary());
            }
        }
        List<RoleSummary> all = new ArrayList<>(exact);
        all.addAll(inTitle);
        all.addAll(inOther);
        return List.copyOf(all);
    }

    TitleIndex titleIndex() {
        TitleIndex t = titleIndex;
        if (t == null) {
            synchronized (this) {
                t = titleIndex;
                if (t == null) {
                    t = new TitleIndex(slots);
                    titleIndex = t;
                }
            }
        }
        return t;
    }

    /** Lower case, spaces folded: how titles are compared. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Whether every query word starts a word of {@code text} (words split on anything but letters and digits). */
    private static boolean containsAll(String text, String[] words) {
        for (String w : words) {
            if (!startsAWord(text, w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsAWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** A title that names an occupation. */
    static final class TitleHit {
        final RoleId role;
        final String title;
        final boolean alternate;
        final LoadedProvider provider;

        TitleHit(RoleId role, String title, boolean alternate, LoadedProvider provider) {
            this.role = role;
            this.title = title;
            this.alternate = alternate;
            this.provider = provider;
        }

        Provenance provenance() {
            Source s = provider.sources.isEmpty() ? null : provider.sources.get(0);
            return s == null ? null : Provenance.of(s).withProviderId(ProviderId.of(provider.id))
                    .withOrigin(Origin.table(alternate ? "alternate titles" : "occupation titles"));
        }
    }

    /**
     * Every role's other titles, folded for search, and which occupations list the title of a role that is
     * not one: built in one pass over the titles, the first time a search or a link needs it.
     */
    static final class TitleIndex {
        /** A role's other titles, normalised, separated by line breaks. */
        private final Map<RoleId, String> otherTitles = new HashMap<>();
        /** For the title of each role that is not an occupation, the occupations that list it. */
        private final Map<String, List<TitleHit>> coded = new HashMap<>();

        TitleIndex(Map<RoleId, Slot> slots) {
            for (Slot s : slots.values()) {
                if (!s.isOccupation()) {
                    coded.put(normalise(s.title), new ArrayList<>(2));
                }
            }
            for (Slot s : slots.values()) {
                StringBuilder titles = new StringBuilder();
                for (Contribution c : s.parts) {
                    if (c.entry.definesRole()) {
                        if (s.isOccupation()) {
                            hit(normalise(c.entry.title()), new TitleHit(s.id, c.entry.title(), false, c.provider));
                        }
                        for (String a : c.provider.alternateTitles(c.entry)) {
                            String n = normalise(a);
                            titles.append(n).append('\n');
                            if (s.isOccupation()) {
                                hit(n, new TitleHit(s.id, a, true, c.provider));
                            }
                        }
                    }
                }
                if (titles.length() > 0) {
                    otherTitles.put(s.id, titles.toString());
                }
            }
        }

        private void hit(String normalised, TitleHit hit) {
            List<TitleHit> list = coded.get(normalised);
            if (list != null && list.stream().noneMatch(h -> h.role.equals(hit.role))) {
                list.add(hit);
            }
        }

        /** The occupations that list {@code title}, the title of a role that is not an occupation. */
        List<TitleHit> hits(String title) {
            return coded.getOrDefault(normalise(title), List.of());
        }

        /** Whether one of a role's other titles has a word starting with each of {@code words}. */
        boolean otherTitlesMatch(RoleId id, String[] words) {
            String titles = otherTitles.get(id);
            if (titles == null) {
                return false;
            }
            for (int start = 0; start < titles.length(); ) {
                int end = titles.indexOf('\n', start);
                if (containsAll(titles.substring(start, end), words)) {
                    return true;
                }
                start = end + 1;
            }
            return false;
        }
    }
}
