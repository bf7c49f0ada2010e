package dev.careerfit.provider.onet;

import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.provider.onet.ImportedRelease.CategoryGroup;
import dev.careerfit.provider.onet.ImportedRelease.CategoryRow;
import dev.careerfit.provider.onet.ImportedRelease.GapKind;
import dev.careerfit.provider.onet.ImportedRelease.Occupation;
import dev.careerfit.provider.onet.ImportedRelease.RatingRow;
import dev.careerfit.provider.onet.ImportedRelease.RelatedRow;
import dev.careerfit.provider.onet.ImportedRelease.ReportedTitleRow;
import dev.careerfit.provider.onet.ImportedRelease.Scale;
import dev.careerfit.provider.onet.ImportedRelease.TaskRow;
import dev.careerfit.provider.onet.ImportedRelease.ToolRow;
import dev.careerfit.provider.onet.ImportedRelease.ZoneMeaning;
import dev.careerfit.release.ImportReports;
import dev.careerfit.release.SnapshotDataSet;
import dev.careerfit.release.SnapshotOutput;
import dev.careerfit.release.SnapshotWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The O*NET snapshot format, content version {@value #CONTENT_VERSION}: how an
 * {@link ImportedRelease} is written. {@link OnetDataSet} reads it back; keep the two in step.
 *
 * <p>Sections, in order (after the container's string table):
 * <ol>
 *   <li>{@value #RELEASE}: the release's name as its Read Me gives it;</li>
 *   <li>{@value #SCALES}: every rating scale (id, name, bounds);</li>
 *   <li>{@value #ELEMENTS}: the content-model elements the ratings and origins name (id, name);</li>
 *   <li>{@value #CATEGORIES}: the category labels of education, experience and training, per scale;</li>
 *   <li>{@value #JOB_ZONES}: what each job zone means;</li>
 *   <li>{@code index}: per occupation, code, title and the kinds of fact it has
 *       ({@link SnapshotOutput#kinds});</li>
 *   <li>{@value #TITLES}: per occupation, its alternate titles, so that titles are searched without
 *       decoding profiles;</li>
 *   <li>{@code profiles}: one compressed block per occupation, in index order;</li>
 *   <li>{@code import-report}: the row accounting of the release the snapshot was made from.</li>
 * </ol>
 * Numbers are written exactly as the release gives them ({@link Decimals}); recurring text (dates,
 * domain sources, tiers, tool names) goes through the string table.
 */
final class OnetSnapshot {
    static final String PROVIDER_ID = "onet";
    static final int CONTENT_VERSION = 1;
    static final String RELEASE = "release";
    static final String SCALES = "scales";
    static final String ELEMENTS = "elements";
    static final String CATEGORIES = "categories";
    static final String JOB_ZONES = "job-zones";
    static final String TITLES = "titles";

    /** Task types in a profile block. */
    static final int TASK_UNTYPED = 0;
    static final int TASK_CORE = 1;
    static final int TASK_SUPPLEMENTAL = 2;

    /** The parents of the interest and work value elements, named in the origin of those profiles. */
    static final String INTERESTS_ELEMENT = "1.B.1";
    static final String WORK_VALUES_ELEMENT = "1.B.2";

    private OnetSnapshot() {}

    /**
     * Imports the release in {@code folder} and writes it as snapshot bytes.
     *
     * @param strict whether the first problem in the release throws
     * @throws dev.careerfit.InvalidDataException in strict mode at the first problem, and when the folder has
     *                                            no usable {@code Occupation Data.txt}
     */
    static byte[] fromFolder(Path folder, boolean strict) {
        return write(OnetImporter.read(folder, strict, "O*NET release " + folder));
    }

    static byte[] write(ImportedRelease r) {
        Map<String, Integer> scaleIndex = new HashMap<>();
        r.scales.keySet().forEach(id -> scaleIndex.put(id, scaleIndex.size()));
        List<String> elements = usedElements(r);
        Map<String, Integer> elementIndex = new HashMap<>();
        elements.forEach(id -> elementIndex.put(id, elementIndex.size()));
        Map<String, Integer> entryIndex = new HashMap<>();
        r.occupations.forEach(o -> entryIndex.put(o.code, o.index));

        SnapshotWriter w = new SnapshotWriter(PROVIDER_ID, CONTENT_VERSION, r.name.describe());
        w.section(RELEASE, out -> out.text(r.name.title()).text(r.name.edition()));
        w.section(SCALES, out -> {
            out.varInt(r.scales.size());
            for (Scale s : r.scales.values()) {
                out.shared(s.id()).text(s.name());
                Decimals.write(out, s.minimum());
                Decimals.write(out, s.maximum());
            }
        });
        w.section(ELEMENTS, out -> {
            out.varInt(elements.size());
            elements.forEach(id -> out.shared(id).text(r.elements.get(id)));
        });
        w.section(CATEGORIES, out -> {
            out.varInt(r.categories.size());
            for (CategoryGroup g : r.categories.values()) {
                out.shared(g.scaleId()).shared(g.elementId()).text(g.elementName()).varInt(g.labels().size());
                g.labels().forEach((category, label) -> out.varInt(category).text(label));
            }
        });
        w.section(JOB_ZONES, out -> {
            out.varInt(r.zones.size());
            for (ZoneMeaning z : r.zones.values()) {
                out.varInt(z.zone()).text(z.name()).text(z.experience()).text(z.education()).text(z.training())
                        .text(z.examples()).text(z.svpRange());
            }
        });
        w.section(SnapshotDataSet.INDEX, out -> {
            out.varInt(r.occupations.size());
            for (Occupation o : r.occupations) {
                out.text(o.code).text(o.title).kinds(kinds(o, gaps(r, o)));
            }
        });
        w.section(TITLES, out -> {
            out.varInt(r.occupations.size());
            for (Occupation o : r.occupations) {
                List<String> titles = o.allAlternateTitles();
                out.varInt(titles.size());
                titles.forEach(out::text);
            }
        });
        w.blocks(SnapshotDataSet.PROFILES, r.occupations,
                (o, out) -> profile(o, gaps(r, o), out, scaleIndex, elementIndex, entryIndex));
        w.section(ImportReports.SECTION, out -> ImportReports.write(r.report, out));
        return w.toByteArray();
    }

    /** The elements that ratings, distributions and origins name, in content-model order. */
    private static List<String> usedElements(ImportedRelease r) {
        Set<String> used = new LinkedHashSet<>();
        used.add(INTERESTS_ELEMENT);
        used.add(WORK_VALUES_ELEMENT);
        r.categories.values().forEach(g -> used.add(g.elementId()));
        for (Occupation o : r.occupations) {
            for (List<RatingRow> rows : List.of(o.skills, o.knowledge, o.workStyles)) {
                rows.forEach(row -> used.add(row.element()));
            }
        }
        List<String> ordered = new ArrayList<>();
        r.elements.keySet().stream().filter(used::contains).forEach(ordered::add);
        return ordered;
    }

    /** The kinds O*NET could publish for {@code o} but does not: known to be missing, not just unread. */
    static List<GapKind> gaps(ImportedRelease r, Occupation o) {
        List<GapKind> gaps = new ArrayList<>();
        for (GapKind g : GapKind.values()) {
            if (r.gapKindsKnown.contains(g) && !o.uncertain.contains(g) && !has(o, g)) {
                gaps.add(g);
            }
        }
        return gaps;
    }

    private static boolean has(Occupation o, GapKind g) {
        return switch (g) {
            case TASK -> !o.tasks.isEmpty();
            case SKILL -> !o.skills.isEmpty();
            case KNOWLEDGE -> !o.knowledge.isEmpty();
            case WORK_STYLE -> !o.workStyles.isEmpty();
            case TOOL -> !o.tools.isEmpty();
            case EDUCATION -> o.education.stream().anyMatch(r -> r.scale().equals("RL"));
            case PREPARATION -> o.education.stream().anyMatch(r -> !r.scale().equals("RL"));
            case JOB_ZONE -> o.zone != null;
            case INTERESTS -> o.interests.stream().anyMatch(r -> r.scale().equals("OI"));
            case WORK_VALUES -> o.workValues.stream().anyMatch(r -> r.scale().equals("EX"));
        };
    }

    /** The kinds of fact the profile of {@code o} holds. */
    private static Set<FactKind<?>> kinds(Occupation o, List<GapKind> gaps) {
        Set<FactKind<?>> present = new LinkedHashSet<>();
        for (GapKind g : GapKind.values()) {
            if (has(o, g)) {
                present.add(g.kind);
            }
        }
        if (!o.reportedTitles.isEmpty()) {
            present.add(FactKinds.REPORTED_TITLE);
        }
        if (!gaps.isEmpty()) {
            present.add(FactKinds.DATA_GAP);
        }
        return present;
    }

    private static void profile(Occupation o, List<GapKind> gaps, SnapshotOutput out, Map<String, Integer> scales,
                                Map<String, Integer> elements, Map<String, Integer> entries) {
        out.text(o.description);
        out.varInt(o.related.size());
        for (RelatedRow r : o.related) {
            out.varInt(entries.get(r.code())).shared(r.tier()).varInt(r.rank());
        }
        out.varInt(o.reportedTitles.size());
        for (ReportedTitleRow t : o.reportedTitles) {
            out.text(t.title()).bool(t.shownInMyNextMove());
        }
        out.varInt(o.tasks.size());
        for (TaskRow t : o.tasks) {
            int type = t.type() == null ? TASK_UNTYPED : t.type().equals("Core") ? TASK_CORE : TASK_SUPPLEMENTAL;
            out.varInt(t.id()).text(t.statement()).varInt(type);
            optionalCount(out, t.incumbents());
            out.shared(t.date()).shared(t.domain());
        }
        for (List<RatingRow> rows : List.of(o.skills, o.knowledge, o.workStyles)) {
            out.varInt(rows.size());
            for (RatingRow r : rows) {
                out.varInt(elements.get(r.element())).varInt(scales.get(r.scale()));
                Decimals.write(out, r.value());
                optionalCount(out, r.n());
                Decimals.writeOptional(out, r.standardError());
                Decimals.writeOptional(out, r.lower());
                Decimals.writeOptional(out, r.upper());
                out.optionalBool(r.suppress()).optionalBool(r.notRelevant()).shared(r.date()).shared(r.domain());
            }
        }
        highPoints(out, o.interests, "OI", scales);
        highPoints(out, o.workValues, "EX", scales);
        if (o.zone == null) {
            out.varInt(0);
        } else {
            out.varInt(o.zone.zone()).shared(o.zone.date()).shared(o.zone.domain());
        }
        Map<String, List<CategoryRow>> distributions = new LinkedHashMap<>();
        o.education.forEach(r -> distributions.computeIfAbsent(r.scale(), s -> new ArrayList<>()).add(r));
        out.varInt(distributions.size());
        distributions.forEach((scale, rows) -> {
            out.varInt(scales.get(scale)).shared(rows.get(0).date()).shared(rows.get(0).domain()).varInt(rows.size());
            for (CategoryRow r : rows) {
                out.varInt(r.category());
                Decimals.write(out, r.percent());
                optionalCount(out, r.n());
                Decimals.writeOptional(out, r.standardError());
                Decimals.writeOptional(out, r.lower());
                Decimals.writeOptional(out, r.upper());
                out.optionalBool(r.suppress());
            }
        });
        out.varInt(o.tools.size());
        for (ToolRow t : o.tools) {
            out.shared(t.example()).shared(t.commodityCode()).shared(t.commodityTitle()).bool(t.hot())
                    .bool(t.inDemand());
        }
        out.varInt(gaps.size());
        gaps.forEach(g -> out.shared(g.kind.id()));
    }

    /**
     * Six ratings by position (0 to 5 in O*NET's order) and the high points as positions, strongest
     * first, with the date and domain source of the first rating.
     */
    private static void highPoints(SnapshotOutput out, List<RatingRow> rows, String ratingScale,
                                   Map<String, Integer> scales) {
        List<RatingRow> ratings = rows.stream().filter(r -> r.scale().equals(ratingScale)).toList();
        out.varInt(ratings.size());
        if (ratings.isEmpty()) {
            return;
        }
        out.varInt(scales.get(ratingScale));
        for (RatingRow r : ratings) {
            out.varInt(position(r.element()));
            Decimals.write(out, r.value());
        }
        List<RatingRow> highs = rows.stream().filter(r -> !r.scale().equals(ratingScale))
                .filter(r -> Decimals.value(r.value()) != 0)
                .sorted(Comparator.comparing(RatingRow::element)).toList();
        out.varInt(highs.size());
        highs.forEach(r -> out.varInt((int) Decimals.value(r.value()) - 1));
        out.shared(ratings.get(0).date()).shared(ratings.get(0).domain());
    }

    /** The position of an interest or work value element among its six: 1.B.1.a is 0, 1.B.1.f is 5. */
    private static int position(String element) {
        return element.charAt(element.length() - 1) - 'a';
    }

    private static void optionalCount(SnapshotOutput out, Integer n) {
        out.varInt(n == null ? 0 : n + 1);
    }
}
