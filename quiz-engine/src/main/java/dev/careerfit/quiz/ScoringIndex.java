package dev.careerfit.quiz;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.catalog.RoleLink;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.quiz.bank.Dimension;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.bank.LevelInput;
import dev.careerfit.quiz.bank.LevelReading;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.report.DimensionLevel;
import dev.careerfit.role.ElementRating;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.Skill;
import dev.careerfit.role.SkillCategory;
import dev.careerfit.role.SkillId;
import dev.careerfit.role.SkillRequirement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * Every role's level on every dimension, read once per catalog and bank (docs/scoring.md, "Dimensions and levels"):
 * flat arrays indexed [role][dimension], NaN where a role has no level. Besides the levels it holds what
 * scoring compares, as each family's {@link Matcher} makes it: for a profile family (work values) the role's profile
 * centred on its own mean, for a correlation family (interests) that profile at unit length; for a standing family
 * (work factors, preparation) the level's place among all roles, 2P - 1 with P the mid-rank percentile, so what every
 * role has alike does not count. It also holds each role's family of near-twin occupations ({@link OccupationGroups})
 * and which roles are views: a guides' role linked to national occupations is ranked as the best of them, never
 * beside them. Immutable once built.
 */
final class ScoringIndex {
    final List<Dimension> dimensions;
    /** The families of the dimensions, in bank order; a dimension's family is {@code families.get(family[d])}. */
    final List<DimensionFamily> families;
    /** Per dimension: the index of its family in {@link #families}. */
    final int[] family;
    /** Per family: how its dimensions are compared. */
    final Matcher[] matcher;
    /** Per family: its dimensions, in bank order. */
    final int[][] members;
    final RoleId[] ids;
    final String[] titles;
    private final Map<RoleId, Integer> rows = new HashMap<>();
    /** Where each role's facts are read from, for what the arrays do not hold; null for generated indexes. */
    private final CareerCatalog catalog;
    /** Whether the arrays came from a saved file rather than from reading every role. */
    final boolean fromFile;
    /** Each role's levels with their sources and its skill requirements, read on first use. */
    private final AtomicReferenceArray<Details> details;
    /** Level on the dimension's own scale (after percentile formulas), NaN when none. */
    final double[][] level;
    /** Mid-rank percentile of the level among roles with one, 0..1; NaN when none. */
    final double[][] percentile;
    /**
     * {@link #percentile} dimension-major [d * roles + role], NaN where the role has no level: the ranking finds the
     * roles a deal-breaker sinks with one pass down a dimension ({@link Matcher#dealBreakers}).
     */
    final double[] percentileByDimension;
    /** What scoring multiplies: centred profile (interests, values) or 2P - 1 (work factors); 0 when none. */
    final double[][] compared;
    /** How many roles have a level on each dimension. */
    final int[] rated;
    /**
     * The fast path's matrix, row-major [role * dimensions + d]: for interests and values the level centred on
     * the role's mean over every dimension of the family, for work factors 2P - 1; 0 where the role has no
     * comparable level. A person who answered every area scores a role whose family is complete with one
     * dot product of this row ({@link Person#vector}).
     */
    final double[] dense;
    /**
     * {@link #dense} transposed, dimension-major [d * roles + role]: the fused loop adds one dimension at a time
     * over every role ({@link Columns}: the Vector API's loop where the JVM has it).
     */
    final double[] denseByDimension;
    /** Per role: whether its level on each dimension is comparable, row-major like {@link #dense}. */
    final boolean[] comparableFlat;
    /**
     * {@link #comparableFlat} as bits, {@link #comparableWords} longs per role (bit d of word d / 64): whether a role
     * has a comparable level on any of a person's dimensions is one AND per word, for every role in the ranking.
     */
    final long[] comparableBits;
    final int comparableWords;
    /**
     * Whether a role has a level on each dimension ({@link #has}), as bits laid out like {@link #comparableBits}: a
     * gating family's check of every role in the ranking is one AND per word.
     */
    final long[] levelBits;
    /** Each dimension's position, by id: looked up for every answer of every person. */
    private final Map<DimensionId, Integer> dimensionRows = new HashMap<>();
    /** The last bank's questions with their rows, made on first use. */
    private volatile QuestionRows questionRows;
    /** [family][role]: how many comparable levels the role has in the family. */
    final int[][] familyCount;
    /**
     * [family]: the roles with fewer comparable levels in the family than its minimum, in row order; few of a
     * thousand, so the ranking's screen deals with them alone and fills the rest at once.
     */
    final int[][] belowMinimum;
    /** [family]: the roles without a comparable level on every dimension of the family, in row order; few too. */
    final int[][] incomplete;
    /** Position of each role in id order: ties in score are broken by id. */
    final int[] idOrder;
    /** Each dimension's scale ends, for the profile bounds and the middle of the scale. */
    final double[] scaleMin;
    final double[] scaleMax;
    /** Per family: its matcher's bound on what the family adds (the profile bound n (max - min) / 2). */
    final double[] bound;
    /** Per dimension: the median level among the roles rated, NaN when none is. */
    final double[] median;
    /** Skills roles require, for the bank's self-rating questions. */
    final Map<SkillId, Skill> skills = new LinkedHashMap<>();
    /**
     * Per role: the rows of the occupations it is linked to when it is a view (a guides' role linked to national
     * occupations, docs/scoring.md, "Views"); empty for every other role.
     */
    final int[][] links;
    /** Per role: whether it is a view, ranked as the best of its linked occupations rather than as an entry. */
    final boolean[] view;
    /** The rows of the views, in row order. */
    final int[] viewRows;
    /** Per role: the views linked to it, for an occupation; empty otherwise. */
    final int[][] views;
    /** The families of near-twin occupations; a view belongs to none (-1). */
    final OccupationGroups groups;

    /** What the arrays do not hold about one role: its levels' sources (which of them borrowed) and its skills. */
    record Details(LevelReading[] raw, boolean[] borrowed, List<Requirement> requirements) {}

    /** One skill a role asks for: required proficiency 0..4 and a weight (importance). */
    record Requirement(Skill skill, double required, double weight, String source, LevelInput fact) {}

    /** Every index comes through here: the arrays from the levels; each role's details are read when asked. */
    private ScoringIndex(CareerCatalog catalog, List<Dimension> dimensions, RoleId[] ids, String[] titles,
                         double[][] levels, double[][] percentiles, double[] scaleMin, double[] scaleMax,
                         Collection<Skill> skills, int[][] links, boolean fromFile) {
        this.fromFile = fromFile;
        this.catalog = catalog;
        this.dimensions = List.copyOf(dimensions);
        for (int d = 0; d < this.dimensions.size(); d++) {
            dimensionRows.putIfAbsent(this.dimensions.get(d).id(), d);
        }
        int dims = dimensions.size();
        this.families = List.copyOf(dimensions.stream().map(Dimension::family).distinct().toList());
        this.family = new int[dims];
        for (int d = 0; d < dims; d++) {
            family[d] = families.indexOf(dimensions.get(d).family());
        }
        this.matcher = new Matcher[families.size()];
        this.members = new int[families.size()][];
        for (int f = 0; f < families.size(); f++) {
            matcher[f] = Matcher.of(families.get(f));
            int ff = f;
            members[f] = java.util.stream.IntStream.range(0, dims).filter(d -> family[d] == ff).toArray();
        }
        int n = ids.length;
        this.ids = ids.clone();
        this.titles = titles.clone();
        for (int r = 0; r < n; r++) {
            rows.put(ids[r], r);
        }
        skills.forEach(k -> this.skills.putIfAbsent(k.id(), k));
        this.details = new AtomicReferenceArray<>(n);
        this.links = links;
        this.view = new boolean[n];
        List<List<Integer>> seenBy = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            view[r] = links[r].length > 0;
            seenBy.add(new ArrayList<>());
        }
        for (int r = 0; r < n; r++) {
            for (int o : links[r]) {
                seenBy.get(o).add(r);
            }
        }
        this.viewRows = IntStream.range(0, n).filter(r -> view[r]).toArray();
        this.views = seenBy.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        this.groups = OccupationGroups.of(this.ids, this.titles, view);
        this.level = levels;
        this.percentile = percentiles != null ? percentiles : new double[n][dims];
        this.compared = new double[n][dims];
        this.rated = new int[dims];
        this.scaleMin = scaleMin.clone();
        this.scaleMax = scaleMax.clone();
        this.bound = new double[families.size()];
        this.median = new double[dims];
        for (int f = 0; f < families.size(); f++) {
            bound[f] = matcher[f].bound(this, f);
        }
        this.dense = new double[n * dims];
        this.denseByDimension = new double[n * dims];
        this.percentileByDimension = new double[n * dims];
        this.comparableFlat = new boolean[n * dims];
        this.comparableWords = (dims + 63) / 64;
        this.comparableBits = new long[n * comparableWords];
        this.levelBits = new long[n * comparableWords];
        this.familyCount = new int[families.size()][n];
        this.belowMinimum = new int[families.size()][];
        this.incomplete = new int[families.size()][];
        this.idOrder = new int[n];
        finish(percentiles == null);
    }

    /** Reads every role of the catalog once: its levels (percentile formulas ranked among all), sources, skills. */
    static ScoringIndex build(CareerCatalog catalog, QuestionBank bank) {
        List<Dimension> dimensions = bank.dimensions();
        int dims = dimensions.size();
        RoleId[] ids = catalog.roleIds().toArray(new RoleId[0]);
        int n = ids.length;
        String[] titles = new String[n];
        Details[] kept = new Details[n];
        LevelReading[][] raw = new LevelReading[n][];
        Map<SkillId, Skill> skills = new LinkedHashMap<>();
        Map<RoleId, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < n; r++) {
            rowOf.put(ids[r], r);
        }
        int[][] links = new int[n][];
        for (int r = 0; r < n; r++) {
            CareerRole role = catalog.requireRole(ids[r].value());
            titles[r] = role.title();
            kept[r] = read(catalog, dimensions, role, sharing(catalog, ids[r]));
            kept[r].requirements().forEach(q -> skills.putIfAbsent(q.skill().id(), q.skill()));
            // Only a role of a guide (no O*NET-SOC code) is a view: national occupations link to each other too.
            links[r] = OccupationGroups.isOnetSoc(ids[r].value()) ? new int[0] : role.links().stream()
                    .map(l -> rowOf.get(l.role())).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
                    .distinct().toArray();
        }
        for (int r = 0; r < n; r++) {
            raw[r] = borrowFromViews(dimensions, kept, r, viewsOf(links, r)).raw();
        }
        double[] scaleMin = new double[dims];
        double[] scaleMax = new double[dims];
        for (int d = 0; d < dims; d++) {
            boolean any = false;
            for (int r = 0; r < n; r++) {
                if (raw[r][d] != null && (!any || raw[r][d].maximum() - raw[r][d].minimum() > scaleMax[d] - scaleMin[d])) {
                    scaleMin[d] = raw[r][d].minimum();
                    scaleMax[d] = raw[r][d].maximum();
                    any = true;
                }
            }
        }
        // The details are not kept: a report reads its role's again, so the index holds only arrays.
        return new ScoringIndex(catalog, dimensions, ids, titles, levelsFromRaw(raw, dims), null, scaleMin, scaleMax,
                skills.values(), links, false);
    }

    /** The rows of the views linked to occupation {@code row}. */
    private static int[] viewsOf(int[][] links, int row) {
        List<Integer> out = new ArrayList<>();
        for (int v = 0; v < links.length; v++) {
            for (int o : links[v]) {
                if (o == row) {
                    out.add(v);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * An occupation's levels with those it lacks taken from the views linked to it that have their own (the mean of
     * theirs), saying so: O*NET publishes no skills for Data Scientists, and the guides' roles seen as that
     * occupation say how much maths it takes. {@code details[v]} are the views' own details.
     */
    private static Details borrowFromViews(List<Dimension> dimensions, Details[] details, int row, int[] views) {
        Details own = details[row];
        if (views.length == 0) {
            return own;
        }
        LevelReading[] raw = own.raw().clone();
        boolean[] borrowed = own.borrowed().clone();
        for (int d = 0; d < raw.length; d++) {
            if (raw[d] != null) {
                continue;
            }
            double sum = 0;
            int count = 0;
            LevelReading any = null;
            List<LevelInput> from = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int v : views) {
                LevelReading x = details[v].raw()[d];
                if (x == null || details[v].borrowed()[d] || x.ranked()) {
                    continue;
                }
                any = x;
                sum += x.value();
                count++;
                from.addAll(x.from());
                names.add(x.basis());
            }
            if (count > 0) {
                raw[d] = LevelReading.of(sum / count, any.minimum(), any.maximum(), true, "the mean of the levels of "
                        + "the guides' roles seen as this occupation, which its own sources do not rate ("
                        + dimensions.get(d).name() + "): " + String.join("; ", names), from);
                borrowed[d] = true;
            }
        }
        return new Details(raw, borrowed, own.requirements());
    }

    /**
     * An index from levels saved earlier ({@link ScoringIndexFile}): what the arrays need is read from the
     * file, and each role's sources and skill requirements from the catalog when a report first asks.
     */
    static ScoringIndex saved(CareerCatalog catalog, List<Dimension> dimensions, RoleId[] ids, String[] titles,
                              double[][] levels, double[][] percentiles, double[] scaleMin, double[] scaleMax,
                              List<Skill> skills, int[][] links) {
        return new ScoringIndex(catalog, dimensions, ids, titles, levels, percentiles, scaleMin, scaleMax, skills, links,
                true);
    }

    /**
     * An index over given levels, without a catalog: for benchmarks of generated catalogs far larger than the
     * national one. Levels are NaN where a role has none; each dimension's scale runs {@code scaleMin} to
     * {@code scaleMax} (1 to 7 for O*NET's ratings). Roles have no sources or skills; their titles are their ids.
     */
    static ScoringIndex generated(List<Dimension> dimensions, RoleId[] ids, double[][] levels, double[] scaleMin,
                                  double[] scaleMax) {
        String[] titles = new String[ids.length];
        for (int r = 0; r < ids.length; r++) {
            titles[r] = ids[r].value();
        }
        return new ScoringIndex(null, dimensions, ids, titles, levels, null, scaleMin, scaleMax, List.of(),
                new int[ids.length][0], false);
    }

    /** The role's levels with their sources and its skill requirements, from its facts. */
    private static Details read(CareerCatalog catalog, List<Dimension> dimensions, CareerRole role, int sharing) {
        LevelReading[] raw = new LevelReading[dimensions.size()];
        for (int d = 0; d < raw.length; d++) {
            Dimension dimension = dimensions.get(d);
            raw[d] = dimension.family().read(role, dimension, sharing).orElse(null);
        }
        boolean[] borrowed = new boolean[raw.length];
        borrowFromLinks(catalog, dimensions, role, raw, borrowed);
        return new Details(raw, borrowed, requirements(role));
    }

    /** The role's details, read from the catalog on first use (racing threads read alike). */
    Details details(int role) {
        Details d = details.get(role);
        if (d == null) {
            d = catalog == null ? new Details(new LevelReading[dimensions.size()], new boolean[dimensions.size()],
                    List.of()) : own(role);
            if (views[role].length > 0) {
                Details[] all = new Details[ids.length];
                all[role] = d;
                for (int v : views[role]) {
                    all[v] = own(v);
                }
                d = borrowFromViews(dimensions, all, role, views[role]);
            }
            details.set(role, d);
        }
        return d;
    }

    /** The role's details from its own facts (and, for a view, its linked occupations'), before views lend any. */
    private Details own(int role) {
        return read(catalog, dimensions, catalog.requireRole(ids[role].value()), sharing(catalog, ids[role]));
    }

    /**
     * How many O*NET occupations of the catalog that O*NET describes (rates interests for) share {@code role}'s SOC
     * detailed occupation (the O*NET-SOC code's first seven characters), the role included; 1 for a role without an
     * O*NET-SOC code. The BLS counts jobs per SOC occupation, and O*NET's occupations within one share its count
     * (docs/scoring.md, "Preparation"); the residual codes O*NET does not describe take no share.
     */
    private static int sharing(CareerCatalog catalog, RoleId role) {
        String id = role.value();
        if (!OccupationGroups.isOnetSoc(id)) {
            return 1;
        }
        String soc = id.substring(0, 7);
        int count = 0;
        for (var other : catalog.rolesWith(FactKinds.INTERESTS)) {
            count += other.id().value().startsWith(soc) && OccupationGroups.isOnetSoc(other.id().value()) ? 1 : 0;
        }
        return Math.max(count, 1);
    }

    /** The skills the role asks for. */
    List<Requirement> requirements(int role) {
        return details(role).requirements();
    }

    /** Percentiles (unless saved with the levels), compared values, the flat matrix and the id order. */
    private void finish(boolean rank) {
        int n = ids.length;
        int dims = dimensions.size();
        standardise(rank);
        for (int r = 0; r < n; r++) {
            for (int d = 0; d < dims; d++) {
                boolean c = comparable(r, d);
                comparableFlat[r * dims + d] = c;
                if (c) {
                    comparableBits[r * comparableWords + (d >>> 6)] |= 1L << d;
                }
                if (has(r, d)) {
                    levelBits[r * comparableWords + (d >>> 6)] |= 1L << d;
                }
                if (c) {
                    familyCount[family[d]][r]++;
                }
            }
            for (int f = 0; f < families.size(); f++) {
                matcher[f].dense(this, r, f);
            }
            for (int d = 0; d < dims; d++) {
                denseByDimension[d * n + r] = dense[r * dims + d];
                percentileByDimension[d * n + r] = has(r, d) ? percentile[r][d] : Double.NaN;
            }
        }
        for (int f = 0; f < families.size(); f++) {
            int[] count = familyCount[f];
            int minimum = families.get(f).minimum();
            belowMinimum[f] = IntStream.range(0, n).filter(r -> count[r] < minimum).toArray();
            int all = members[f].length;
            incomplete[f] = IntStream.range(0, n).filter(r -> count[r] < all).toArray();
        }
        Integer[] byId = new Integer[n];
        for (int r = 0; r < n; r++) {
            byId[r] = r;
        }
        Arrays.sort(byId, (a, b) -> ids[a].value().compareTo(ids[b].value()));
        for (int i = 0; i < n; i++) {
            idOrder[byId[i]] = i;
        }
    }

    int size() {
        return ids.length;
    }

    Optional<Integer> row(RoleId id) {
        return Optional.ofNullable(rows.get(id));
    }

    /** Where each question of the last bank read against this index puts its answers ({@link QuestionRows}). */
    QuestionRows questionRows(QuestionBank bank) {
        QuestionRows rows = questionRows;
        if (rows == null || rows.bank != bank) {
            // Racing threads make equal ones; a bank and an index never change.
            rows = new QuestionRows(bank, this);
            questionRows = rows;
        }
        return rows;
    }

    int dimension(DimensionId id) {
        Integer d = dimensionRows.get(id);
        return d == null ? -1 : d;
    }

    boolean has(int role, int d) {
        return !Double.isNaN(level[role][d]);
    }

    /**
     * Whether the role's level on d can be compared with other roles': it has one, and at least one other
     * role has one too (a dimension only one role is rated on says nothing about fit relative to others).
     */
    boolean comparable(int role, int d) {
        return has(role, d) && rated[d] > 1;
    }

    /** The role's level on dimension {@code d} with its sources, or empty. */
    Optional<DimensionLevel> describe(int role, int d) {
        LevelReading x = details(role).raw()[d];
        if (x == null || Double.isNaN(level[role][d])) {
            return Optional.empty();
        }
        return Optional.of(new DimensionLevel(dimensions.get(d).id(), Numbers.round2(level[role][d]), x.minimum(),
                x.maximum(), Numbers.round1(100 * percentile[role][d]), x.derived(), x.basis(), x.from()));
    }

    /**
     * A role that states no interests or work values (the guides' roles) takes the mean of the O*NET
     * occupations it is linked to (their own ratings, never borrowed ones), saying so.
     */
    private static void borrowFromLinks(CareerCatalog catalog, List<Dimension> dimensions, CareerRole role,
                                        LevelReading[] raw, boolean[] borrowed) {
        List<RoleLink> links = role.links();
        if (links.isEmpty()) {
            return;
        }
        for (int d = 0; d < raw.length; d++) {
            if (raw[d] != null || !dimensions.get(d).family().borrowsFromLinks()) {
                continue;
            }
            Dimension dimension = dimensions.get(d);
            double sum = 0;
            int count = 0;
            List<LevelInput> from = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            LevelReading any = null;
            for (RoleLink link : links) {
                LevelReading x = catalog.role(link.role()).flatMap(o -> dimension.family().read(o, dimension))
                        .orElse(null);
                if (x == null || x.ranked()) {
                    continue;
                }
                any = x;
                sum += x.value();
                count++;
                codes.add(link.role().value());
                from.addAll(x.from());
            }
            if (count > 0) {
                raw[d] = LevelReading.of(sum / count, any.minimum(), any.maximum(), true,
                        "the mean of the linked occupations' ratings (" + String.join(", ", codes) + "): "
                                + any.basis(), from);
                borrowed[d] = true;
            }
        }
    }

    /** Final levels from what each role's facts gave, percentile formulas ranked among all roles. */
    private static double[][] levelsFromRaw(LevelReading[][] raw, int dims) {
        int n = raw.length;
        double[][] level = new double[n][dims];
        for (int d = 0; d < dims; d++) {
            int stats = 0;
            for (int r = 0; r < n; r++) {
                if (raw[r][d] != null && raw[r][d].ranked()) {
                    stats = raw[r][d].statistics().length;
                }
            }
            double[] ranked = new double[n];
            Arrays.fill(ranked, Double.NaN);
            for (int s = 0; s < stats; s++) {
                double[] column = new double[n];
                for (int r = 0; r < n; r++) {
                    column[r] = raw[r][d] != null && raw[r][d].ranked() ? raw[r][d].statistics()[s] : Double.NaN;
                }
                double[] p = midRanks(column);
                for (int r = 0; r < n; r++) {
                    if (!Double.isNaN(p[r])) {
                        ranked[r] = (Double.isNaN(ranked[r]) ? 0 : ranked[r]) + p[r] / stats;
                    }
                }
            }
            for (int r = 0; r < n; r++) {
                LevelReading x = raw[r][d];
                level[r][d] = x == null ? Double.NaN
                        : x.ranked() ? x.minimum() + (x.maximum() - x.minimum()) * ranked[r] : x.value();
            }
        }
        return level;
    }

    /** Percentiles among the roles rated (when {@code rank}), then what each family's matcher compares. */
    private void standardise(boolean rank) {
        int n = ids.length;
        for (int d = 0; d < dimensions.size(); d++) {
            double[] column = new double[n];
            for (int r = 0; r < n; r++) {
                column[r] = level[r][d];
                rated[d] += Double.isNaN(column[r]) ? 0 : 1;
            }
            if (rank) {
                double[] p = midRanks(column);
                for (int r = 0; r < n; r++) {
                    percentile[r][d] = p[r];
                }
            }
            double[] rated = Arrays.stream(column).filter(v -> !Double.isNaN(v)).sorted().toArray();
            median[d] = rated.length == 0 ? Double.NaN : rated.length % 2 == 1 ? rated[rated.length / 2]
                    : (rated[rated.length / 2 - 1] + rated[rated.length / 2]) / 2;
        }
        for (int r = 0; r < n; r++) {
            for (int f = 0; f < families.size(); f++) {
                matcher[f].compare(this, r, f);
            }
        }
    }

    /** The widest scale among the family's dimensions. */
    double range(int f) {
        double range = 0;
        for (int d : members[f]) {
            range = Math.max(range, scaleMax[d] - scaleMin[d]);
        }
        return range;
    }

    /** Mid-rank percentile of each non-NaN value among the non-NaN values: (below + equal / 2) / count. */
    static double[] midRanks(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        Arrays.sort(sorted);
        int count = sorted.length;
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                out[i] = Double.NaN;
            } else {
                int below = firstAtLeast(sorted, v);
                int equal = firstAtLeast(sorted, Math.nextUp(v)) - below;
                out[i] = (below + equal / 2.0) / count;
            }
        }
        return out;
    }

    /** The index of the first element of ascending {@code sorted} that is at least {@code v}. */
    private static int firstAtLeast(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static List<Requirement> requirements(CareerRole role) {
        List<Requirement> list = new ArrayList<>();
        for (FactGroup<SkillRequirement> g : role.groups(FactKinds.SKILL)) {
            SkillRequirement s = g.value();
            double weight = s.importance() != null ? 0.25 + 0.75 * s.importance().normalised() : 1;
            list.add(new Requirement(s.skill(), s.proficiency().level(), weight, "the guide",
                    new LevelInput("proficiency needed in " + s.skill().name(), s.proficiency().name(),
                            g.chosen().provenance())));
        }
        Map<String, ElementRating> levels = new HashMap<>();
        Map<String, ElementRating> importance = new HashMap<>();
        Map<String, FactGroup<ElementRating>> groups = new HashMap<>();
        for (FactGroup<ElementRating> g : role.groups(FactKinds.SKILL_RATING)) {
            ElementRating r = g.value();
            if ("LV".equals(r.rating().scale().id())) {
                levels.put(r.element().id(), r);
                groups.put(r.element().id(), g);
            } else if ("IM".equals(r.rating().scale().id())) {
                importance.put(r.element().id(), r);
            }
        }
        levels.forEach((element, lv) -> {
            ElementRating im = importance.get(element);
            // O*NET calls a skill important to an occupation from importance 3 ("important") up.
            if (im == null || im.rating().value() < 3) {
                return;
            }
            Skill skill = onetSkill(lv);
            if (list.stream().anyMatch(q -> q.skill().id().equals(skill.id()))) {
                return;
            }
            list.add(new Requirement(skill, 4 * lv.rating().value() / 7, im.rating().value() / 5, "O*NET",
                    new LevelInput("O*NET skill: " + lv.element().name() + " (level, importance)",
                            Numbers.round2(lv.rating().value()) + " of 7, importance "
                                    + Numbers.round2(im.rating().value()) + " of 5",
                            groups.get(element).chosen().provenance())));
        });
        return List.copyOf(list);
    }

    private static Skill onetSkill(ElementRating rating) {
        String slug = rating.element().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return new Skill(SkillId.of(slug), rating.element().name(), SkillCategory.GENERAL, null);
    }
}
