package dev.careerfit.quiz;

import dev.careerfit.quiz.bank.Dimension;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.report.Band;
import dev.careerfit.quiz.report.CloseCall;
import dev.careerfit.quiz.report.DimensionScore;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitInterval;
import dev.careerfit.quiz.report.FitStatus;
import dev.careerfit.quiz.report.OccupationFamily;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.quiz.report.ResponseFlag;
import dev.careerfit.quiz.report.Stance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every role's fit for one person, ranked: the normative reading (rank and percentile among all scored
 * roles), deal-breakers per role, the one "too close to call" rule, and the notes a reader needs. Safe to
 * share between threads: the scores are final, and what is made on first use is made alike by any thread.
 *
 * <p>Scores come from one fused loop over the index's flat matrix: a dot product of the person's vector with
 * the role's row wherever the fast path holds (the person answered every area of a profile family, and the
 * role has none or at least three comparable levels in it), {@link Fit} elsewhere; both give the same score
 * (`RankingTest`). {@link Fit}s, with their intervals and reasons, are made only for the roles shown.
 */
final class Scoreboard {
    private final Respondent person;
    private final ScoringIndex index;
    /** 50 + 50 S per role; NaN when not scored. */
    private final double[] points;
    private final boolean[] scored;
    /**
     * Per role, where it ranks apart from its score: 0 among the others; 1 left behind by a gating family (an
     * occupation below the job zone the person's education prepares for, or without interest ratings); 2 sunk by a
     * deal-breaker (a strong dislike of what the role is high on: what the person said counts most); {@link #VIEW}
     * a guides' role seen as its linked occupation, never listed itself.
     */
    private final byte[] tier;
    private static final byte VIEW = 3;
    /**
     * Per role, what {@link #above} decides before the score, as one number that is lower for the role that ranks
     * higher: 8 for a view, plus 4 when not scored, plus the tier for any other role.
     */
    private final byte[] standing;
    /**
     * Per role, whether its score is the dot product of the person's vector with its row (the fast path); the others
     * take {@link Fit}. It follows which dimensions were answered, so a simulated retake shares it.
     */
    private final boolean[] fast;
    /**
     * Fits made on first use, by role: the roles shown and those off the fast path, a few of a thousand, so a map
     * rather than an array over every role. Racing threads make equal ones, and a Fit's fields are final.
     */
    private final Map<Integer, Fit> fits = new ConcurrentHashMap<>();
    private final int scoredCount;
    /** How many roles have {@link #standing} 0 (scored, among the others): when k or more, the k best are among them. */
    private final int leading;
    private volatile int[] order;
    /** Each role's place in {@link #order()}, made on first use. */
    private volatile int[] places;
    /** The rows {@link #top} gave (the most it was asked for), best first: their ranks need no sort of every role. */
    private volatile int[] topRows = new int[0];
    private volatile double[][] stability;
    /** The top that a role's or a family's stability counts staying in. */
    static final int STABLE_WITHIN = 10;
    /** How many of a family's best occupations a ranking lists with it. */
    static final int FAMILY_ROLES = 3;

    Scoreboard(Respondent person) {
        this.person = person;
        this.index = person.index;
        int n = index.size();
        int dims = index.dimensions.size();
        int families = index.families.size();
        this.points = new double[n];
        this.scored = new boolean[n];
        boolean enough = person.enoughForScore();
        double[] vector = person.vector;
        this.fast = new boolean[n];
        if (enough && person.dense) {
            // The dot products into points, a dimension at a time over every role (Columns: the Vector API's loop
            // when the JVM has it);
            // then each family's conditions over every role at once, and a role's score once they are known.
            Columns.INSTANCE.addInto(points, index.denseByDimension, vector, n);
            Arrays.fill(fast, true);
            for (int f = 0; f < families; f++) {
                if (person.lambda[f] > 0) {
                    index.matcher[f].screen(person, f, fast, scored);
                }
            }
        }
        int count = 0;
        int lead = 0;
        this.tier = tiers(n);
        this.standing = new byte[n];
        double[] gamma = new double[dims];
        if (!enough) {
            Arrays.fill(points, Double.NaN);
        }
        for (int r = 0; r < n; r++) {
            if (!enough) {
                // Nothing scored: points NaN, scored false.
            } else if (fast[r]) {
                points[r] = scored[r] ? 50 + 50 * points[r] : Double.NaN;
            } else {
                // The score alone: a Fit with its standard error is made only for a role shown.
                points[r] = Fit.points(person, r, gamma);
                scored[r] = !Double.isNaN(points[r]);
            }
            boolean view = tier[r] == VIEW;
            count += scored[r] && !view ? 1 : 0;
            standing[r] = (byte) ((scored[r] ? 0 : 4) + (view ? 8 : tier[r]));
            lead += standing[r] == 0 ? 1 : 0;
        }
        this.scoredCount = count;
        this.leading = lead;
    }

    /**
     * A simulated retake of {@code base}'s person, {@code again} (docs/scoring.md, "Stability at the rank"), scored
     * into {@code points}, {@code scored} and {@code standing}, buffers the caller reuses from retake to retake. A
     * retake keeps which dimensions were answered, so the roles on the fast path, which of them are scored and the
     * gates are the base's: only the dot products, the roles off the fast path and, when the deal-breakers moved, the
     * tiers are computed again. Views, never listed, are not scored. The scores are those of
     * {@code new Scoreboard(again)}, to the last bit (`StabilityTest`).
     */
    private Scoreboard(Scoreboard base, Respondent again, double[] points, boolean[] scored, byte[] standing) {
        this.person = again;
        this.index = base.index;
        this.points = points;
        this.scored = scored;
        this.standing = standing;
        this.fast = base.fast;
        int n = points.length;
        Arrays.fill(points, 0);
        if (again.dense) {
            Columns.INSTANCE.addInto(points, index.denseByDimension, again.vector, n);
        }
        this.tier = Arrays.equals(again.dealBreaking, base.person.dealBreaking) ? base.tier : tiers(n);
        double[] gamma = new double[index.dimensions.size()];
        int count = 0;
        int lead = 0;
        for (int r = 0; r < n; r++) {
            boolean view = tier[r] == VIEW;
            if (view) {
                scored[r] = false;
                points[r] = Double.NaN;
            } else if (fast[r]) {
                scored[r] = base.scored[r];
                points[r] = scored[r] ? 50 + 50 * points[r] : Double.NaN;
            } else {
                points[r] = Fit.points(again, r, gamma);
                scored[r] = !Double.isNaN(points[r]);
            }
            count += scored[r] && !view ? 1 : 0;
            standing[r] = (byte) ((scored[r] ? 0 : 4) + (view ? 8 : tier[r]));
            lead += standing[r] == 0 ? 1 : 0;
        }
        this.scoredCount = count;
        this.leading = lead;
    }

    /**
     * Every role's {@link #tier}, a condition at a time over the roles it can touch rather than role by role: a gating
     * family over the index's roles without each of its levels (a role with all of them always passes), the
     * deal-breakers one pass down each dimension the person has one on ({@link Matcher#dealBreakers}), then the views.
     * A later tier wins, as it did when each role was asked in that order of precedence.
     */
    private byte[] tiers(int n) {
        byte[] tiers = new byte[n];
        int words = index.comparableWords;
        for (int f = 0; f < index.families.size(); f++) {
            if (person.lambda[f] > 0 && person.active[f] && index.families.get(f).gates()) {
                // The family lets a role rank among the others only when it has a level on every dimension the
                // person answered in it; the bits are laid out like ScoringIndex.levelBits.
                long[] gate = new long[words];
                for (int d : person.measured[f]) {
                    gate[d >>> 6] |= 1L << d;
                }
                for (int r : index.incomplete[f]) {
                    long missing = 0;
                    for (int w = 0, at = r * words; w < words; w++, at++) {
                        missing |= ~index.levelBits[at] & gate[w];
                    }
                    // Set without a branch, as below: which roles miss a level follows no pattern to predict.
                    tiers[r] |= (byte) (missing != 0 ? 1 : 0);
                }
            }
        }
        if (person.dealBreaking.length > 0) {
            boolean[] sunk = new boolean[n];
            for (int d : person.dealBreaking) {
                index.matcher[index.family[d]].dealBreakers(person, d, sunk);
            }
            for (int r = 0; r < n; r++) {
                // Arithmetic rather than a branch (tiers are 0 or 1 here): the sunk roles follow no pattern that a
                // branch predictor could learn.
                int sunkHere = sunk[r] ? 1 : 0;
                tiers[r] = (byte) (tiers[r] + sunkHere * (2 - tiers[r]));
            }
        }
        for (int r : index.viewRows) {
            tiers[r] = VIEW;
        }
        return tiers;
    }

    Respondent person() {
        return person;
    }

    /** The role's {@link #tier}: 0 among the others, 1 left behind by a gating family, 2 sunk, 3 a view. */
    int tier(int role) {
        return tier[role];
    }

    /** The role's fit with its coefficients and standard error, made on first use. */
    Fit fit(int role) {
        Fit f = fits.get(role);
        if (f == null) {
            f = Fit.of(person, role);
            Fit raced = fits.putIfAbsent(role, f);
            return raced != null ? raced : f;
        }
        return f;
    }

    /** The role's score, 50 + 50 S (not clipped), or NaN when not scored. */
    double points(int role) {
        return points[role];
    }

    int scored() {
        return scoredCount;
    }

    /**
     * Whether {@code a} ranks above {@code b}: every role before the views, scored roles before the rest, then by
     * {@link #tier}, then higher score, then id (the first three are {@link #standing}).
     */
    private boolean above(int a, int b) {
        int sa = standing[a];
        int sb = standing[b];
        if (sa != sb) {
            return sa < sb;
        }
        if ((sa & 4) == 0 && points[a] != points[b]) {
            return points[a] > points[b];
        }
        return index.idOrder[a] < index.idOrder[b];
    }

    /** Role rows, best first: every role but the views, which are seen as their occupations. */
    List<Integer> order() {
        int[] sorted = order;
        if (sorted == null) {
            List<Integer> listed = new ArrayList<>(points.length);
            for (int r = 0; r < points.length; r++) {
                if (tier[r] != VIEW) {
                    listed.add(r);
                }
            }
            Integer[] all = listed.toArray(Integer[]::new);
            Arrays.sort(all, (a, b) -> a.equals(b) ? 0 : above(a, b) ? -1 : 1);
            sorted = Arrays.stream(all).mapToInt(Integer::intValue).toArray();
            order = sorted;
        }
        return Arrays.stream(sorted).boxed().toList();
    }

    /**
     * The row a role is listed as: itself, or for a view the best ranked of the occupations it is linked to
     * (docs/scoring.md, "Views").
     */
    int listedAs(int role) {
        if (tier[role] != VIEW) {
            return role;
        }
        int best = -1;
        for (int o : index.links[role]) {
            if (tier[o] != VIEW && (best < 0 || above(o, best))) {
                best = o;
            }
        }
        return best < 0 ? role : best;
    }

    /**
     * The best {@code limit} families of near-twin occupations (docs/scoring.md, "Families of occupations"), each as
     * its rows in the order, best first.
     */
    List<int[]> families(int limit) {
        List<List<Integer>> out = new ArrayList<>();
        Map<Integer, Integer> position = new HashMap<>();
        for (int r : order()) {
            int family = index.groups.of[r];
            Integer p = position.get(family);
            if (p == null) {
                if (out.size() == limit) {
                    continue;
                }
                p = out.size();
                position.put(family, p);
                out.add(new ArrayList<>());
            }
            out.get(p).add(r);
        }
        return out.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    /**
     * The {@code limit} best families' ids, best first: those of {@link #families}, found from each family's best role
     * (one pass over the roles) and a bounded heap of those, instead of sorting every role. A simulated retake needs
     * only these, so stability costs a pass per retake rather than a sort.
     */
    int[] bestFamilies(int limit) {
        OccupationGroups groups = index.groups;
        int[] best = new int[groups.size()];
        Arrays.fill(best, -1);
        for (int r = 0; r < points.length; r++) {
            int g = groups.of[r];
            if (tier[r] != VIEW && (best[g] < 0 || above(r, best[g]))) {
                best[g] = r;
            }
        }
        int[] rows = best(limit, best);
        int[] families = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            families[i] = groups.of[rows[i]];
        }
        return families;
    }

    /**
     * The {@code k} best role rows, best first, by a bounded heap on the primitive scores: O(n log k), without
     * sorting the rest.
     */
    List<Integer> top(int k) {
        int size = Math.min(k, points.length);
        if (order != null) {
            return order().subList(0, size);
        }
        int[] kept = best(size, null);
        if (kept.length > topRows.length) {
            topRows = kept;
        }
        Integer[] boxed = new Integer[kept.length];
        for (int i = 0; i < kept.length; i++) {
            boxed[i] = kept[i];
        }
        return List.of(boxed);
    }

    /**
     * The {@code k} best of {@code rows} (every role but the views when null; entries below 0 skipped), best first,
     * by a bounded heap that keeps the worst of them at its root.
     */
    private int[] best(int k, int[] rows) {
        int size = Math.min(k, points.length);
        if (rows == null && leading >= size) {
            return bestLeading(size);
        }
        Heap heap = new Heap(size);
        int filled = 0;
        // The worst kept role's standing and, when scored, its score, once the heap is full: most roles fall below it
        // on these alone.
        double worst = Double.NaN;
        int worstStanding = Integer.MAX_VALUE;
        int candidates = rows == null ? points.length : rows.length;
        for (int i = 0; i < candidates && size > 0; i++) {
            int r = rows == null ? i : rows[i];
            if (r < 0) {
                continue;
            }
            int s = standing[r];
            if (s > worstStanding || s == worstStanding && points[r] < worst || tier[r] == VIEW) {
                continue;
            }
            if (filled < size) {
                heap.set(filled, r);
                heap.siftUp(filled++);
            } else if (above(r, heap.rows[0])) {
                heap.set(0, r);
                heap.siftDown(0);
            } else {
                continue;
            }
            if (filled == size) {
                worstStanding = heap.standings[0];
                worst = (worstStanding & 4) == 0 ? heap.points[0] : Double.NaN;
            }
        }
        return bestFirst(heap.rows, filled);
    }

    /**
     * {@link #best} of every role when at least {@code k} roles have standing 0: no other role can then be among the
     * k best, and among these only the score, then the id, decides. So the scan asks one byte and one double of each
     * role, and the heap compares scores alone (ids only on a tie), as the floor's heap does its sums.
     */
    private int[] bestLeading(int k) {
        int[] rows = new int[k];
        double[] keys = new double[k];
        int[] ids = index.idOrder;
        int filled = 0;
        for (int r = 0; r < points.length && k > 0; r++) {
            if (standing[r] != 0) {
                continue;
            }
            double p = points[r];
            if (filled < k) {
                int i = filled++;
                rows[i] = r;
                keys[i] = p;
                while (i > 0 && below(keys, rows, ids, i, (i - 1) / 2)) {
                    swap(rows, keys, i, (i - 1) / 2);
                    i = (i - 1) / 2;
                }
            } else if (p > keys[0] || p == keys[0] && ids[r] < ids[rows[0]]) {
                rows[0] = r;
                keys[0] = p;
                for (int i = 0; ; ) {
                    int worst = i;
                    int left = 2 * i + 1;
                    if (left < k && below(keys, rows, ids, left, worst)) {
                        worst = left;
                    }
                    if (left + 1 < k && below(keys, rows, ids, left + 1, worst)) {
                        worst = left + 1;
                    }
                    if (worst == i) {
                        break;
                    }
                    swap(rows, keys, i, worst);
                    i = worst;
                }
            }
        }
        return bestFirst(rows, filled);
    }

    /** Whether the role in place {@code i} of a heap of scored roles ranks below the one in place {@code j}. */
    private static boolean below(double[] keys, int[] rows, int[] ids, int i, int j) {
        return keys[i] < keys[j] || keys[i] == keys[j] && ids[rows[i]] > ids[rows[j]];
    }

    private static void swap(int[] rows, double[] keys, int i, int j) {
        int row = rows[i];
        rows[i] = rows[j];
        rows[j] = row;
        double key = keys[i];
        keys[i] = keys[j];
        keys[j] = key;
    }

    /** The first {@code filled} of {@code kept}, best first: by insertion, k being small. */
    private int[] bestFirst(int[] kept, int filled) {
        for (int i = 1; i < filled; i++) {
            int row = kept[i];
            int j = i - 1;
            while (j >= 0 && above(row, kept[j])) {
                kept[j + 1] = kept[j];
                j--;
            }
            kept[j + 1] = row;
        }
        return Arrays.copyOf(kept, filled);
    }

    /**
     * The bounded heap of {@link #top}, the worst of the kept roles at its root, with each kept role's standing and
     * score beside its row: a comparison in the heap reads them there, as {@link #above} would read them by row.
     */
    private final class Heap {
        final int[] rows;
        final int[] standings;
        final double[] points;

        Heap(int size) {
            rows = new int[size];
            standings = new int[size];
            this.points = new double[size];
        }

        void set(int i, int row) {
            rows[i] = row;
            standings[i] = standing[row];
            points[i] = Scoreboard.this.points[row];
        }

        /** {@link #above} for the roles in places {@code i} and {@code j}. */
        boolean above(int i, int j) {
            if (standings[i] != standings[j]) {
                return standings[i] < standings[j];
            }
            if ((standings[i] & 4) == 0 && points[i] != points[j]) {
                return points[i] > points[j];
            }
            return index.idOrder[rows[i]] < index.idOrder[rows[j]];
        }

        void siftUp(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!above(parent, i)) {
                    break;
                }
                swap(i, parent);
                i = parent;
            }
        }

        void siftDown(int i) {
            int size = rows.length;
            while (true) {
                int worst = i;
                int left = 2 * i + 1;
                int right = left + 1;
                if (left < size && above(worst, left)) {
                    worst = left;
                }
                if (right < size && above(worst, right)) {
                    worst = right;
                }
                if (worst == i) {
                    return;
                }
                swap(i, worst);
                i = worst;
            }
        }

        private void swap(int i, int j) {
            Scoreboard.swap(rows, points, i, j);
            int s = standings[i];
            standings[i] = standings[j];
            standings[j] = s;
        }
    }

    /**
     * 1 for the best role: its place in the order, which breaks ties by id, so one more than the roles above it; a
     * view's is that of the occupation it is listed as.
     */
    int rank(int role) {
        role = listedAs(role);
        int[] places = this.places;
        if (places == null) {
            // The roles top(k) gave are the k best in order: their ranks need no sort of every role.
            int[] kept = topRows;
            for (int i = 0; i < kept.length; i++) {
                if (kept[i] == role) {
                    return i + 1;
                }
            }
            places = new int[points.length];
            List<Integer> all = order();
            for (int i = 0; i < all.size(); i++) {
                places[all.get(i)] = i;
            }
            this.places = places;
        }
        return places[role] + 1;
    }

    FitEstimate estimate(Fit f) {
        ScoringIndex index = person.index;
        if (!f.scored) {
            return new FitEstimate(index.ids[f.role], index.titles[f.role], FitStatus.NO_COMPARABLE_LEVELS, null,
                    new FitInterval(0, 100), null, List.of(Band.values()), null, null, dealBreakerIds(f.role),
                    familyId(f.role), viewIds(f.role), null);
        }
        FitInterval interval = new FitInterval(Numbers.round1(f.low()), Numbers.round1(f.high()));
        List<Band> bands = bands(interval);
        Band band = bands.size() == 1 && !person.verdictWithheld() ? bands.get(0) : null;
        int rank = rank(f.role);
        double percentile = scoredCount <= 1 ? 100 : 100.0 * (scoredCount - rank) / (scoredCount - 1);
        return new FitEstimate(index.ids[f.role], index.titles[f.role], FitStatus.SCORED, Numbers.round1(f.shown()),
                interval, band, bands, rank, Numbers.round1(percentile), dealBreakerIds(f.role), familyId(f.role),
                viewIds(f.role), null);
    }

    /** The id of the role's family of near-twin occupations; for a view, that of the occupation it is listed as. */
    private String familyId(int role) {
        int family = index.groups.of[listedAs(role)];
        return family < 0 ? null : index.groups.ids[family];
    }

    private List<dev.careerfit.role.RoleId> viewIds(int role) {
        int[] views = index.views[role];
        if (views.length == 0) {
            return List.of();
        }
        dev.careerfit.role.RoleId[] ids = new dev.careerfit.role.RoleId[views.length];
        for (int i = 0; i < views.length; i++) {
            ids[i] = index.ids[views[i]];
        }
        return List.of(ids);
    }

    /**
     * How often each role stays in the top 10 roles, and each family in the top 10 families, over the settings'
     * number of simulated retakes (docs/scoring.md, "Stability"): [0] per role, [1] per family; null when no retake
     * is simulated. The retakes are seeded by the answers, so the same answers state the same stability.
     */
    double[][] stability() {
        double[][] found = stability;
        int n = person.settings.retakes();
        if (found == null && n > 0 && person.enoughForScore()) {
            Random random = retakeRandom();
            double[] role = new double[points.length];
            double[] family = new double[index.groups.size()];
            double[] again = new double[points.length];
            boolean[] againScored = new boolean[points.length];
            byte[] againStanding = new byte[points.length];
            for (int i = 0; i < n; i++) {
                Scoreboard retake = new Scoreboard(this, person.retake(random), again, againScored, againStanding);
                for (int r : retake.best(STABLE_WITHIN, null)) {
                    role[r] += 1.0 / n;
                }
                for (int f : retake.bestFamilies(STABLE_WITHIN)) {
                    family[f] += 1.0 / n;
                }
            }
            found = new double[][] {role, family};
            stability = found;
        }
        return found;
    }

    /** The retakes' random numbers, seeded by the answers: the same answers state the same stability. */
    Random retakeRandom() {
        return new Random(Arrays.hashCode(person.mean) * 31L + Arrays.hashCode(person.answered));
    }

    private static Double share(double[] shares, int i) {
        return Numbers.round3(Math.min(1, shares[i]));
    }

    private List<Band> bands(FitInterval interval) {
        Band top = person.settings.bandOf(interval.high());
        Band bottom = person.settings.bandOf(interval.low());
        List<Band> out = new ArrayList<>();
        for (Band b : Band.values()) {
            if (b.ordinal() >= top.ordinal() && b.ordinal() <= bottom.ordinal()) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * Dimensions the person strongly dislikes and cares about, on which the role ranks high: among the person's
     * {@link Respondent#dealBreaking} ones, in dimension order.
     */
    List<Integer> dealBreakers(int role) {
        List<Integer> out = new ArrayList<>();
        for (int d : person.dealBreaking) {
            if (index.matcher[index.family[d]].dealBreaker(person, role, d)) {
                out.add(d);
            }
        }
        return out;
    }

    private List<DimensionId> dealBreakerIds(int role) {
        List<DimensionId> ids = null;
        for (int d : person.dealBreaking) {
            if (index.matcher[index.family[d]].dealBreaker(person, role, d)) {
                if (ids == null) {
                    ids = new ArrayList<>(2);
                }
                ids.add(index.dimensions.get(d).id());
            }
        }
        return ids == null ? List.of() : ids;
    }

    /**
     * The one "too close to call" rule: neighbours whose difference's interval (same coverage as the scores')
     * includes zero.
     */
    CloseCall closeCall(Fit a, Fit b) {
        if (!a.scored || !b.scored) {
            return null;
        }
        double diff = a.points - b.points;
        double half = person.settings.z() * Fit.differenceError(a, b);
        // Rounded outwards, so that the interval shown still holds zero when the rule says it does.
        return diff - half <= 0 ? new CloseCall(person.index.ids[a.role], person.index.ids[b.role],
                Numbers.round1(diff), new FitInterval(Math.floor(10 * (diff - half)) / 10,
                Math.ceil(10 * (diff + half)) / 10)) : null;
    }

    /**
     * The estimates of {@code rows}, in their order, as {@link #ranking} lists them but without their stability over
     * simulated retakes; none when the answers withhold the verdict, as in the ranking.
     */
    List<FitEstimate> estimates(List<Integer> rows) {
        if (person.verdictWithheld()) {
            return List.of();
        }
        List<FitEstimate> estimates = new ArrayList<>(rows.size());
        for (int row : rows) {
            estimates.add(estimate(fit(row)));
        }
        return estimates;
    }

    /**
     * The ranking of {@code rows}, with the notes given besides this scoreboard's own, led by the best
     * {@code families} families with their best occupations (none when the answers withhold the verdict: then no
     * role either, only what can be said).
     */
    Ranking ranking(List<Integer> rows, List<String> extraNotes, int families) {
        List<String> notes = new ArrayList<>(notes());
        notes.addAll(extraNotes);
        if (person.verdictWithheld()) {
            notes.add("No ranking is given: the answer pattern says more about how the questions were answered than "
                    + "about you. Take the quiz again, reading each activity, for a result.");
            return new Ranking(Ranking.FORMAT, person.bank.version(), scoredCount,
                    Numbers.round3(person.settings.coverage()), List.copyOf(person.flags), profile(person), List.of(),
                    List.of(), notes, List.of());
        }
        double[][] stable = stability();
        List<OccupationFamily> leading = new ArrayList<>();
        List<int[]> best = families(families);
        for (int i = 0; i < best.size(); i++) {
            int[] members = best.get(i);
            int family = index.groups.of[members[0]];
            leading.add(new OccupationFamily(index.groups.ids[family], index.groups.titles[family], i + 1,
                    Arrays.stream(members).limit(FAMILY_ROLES).mapToObj(r -> index.ids[r]).toList(),
                    Arrays.stream(members).limit(FAMILY_ROLES).mapToObj(r -> index.titles[r]).toList(),
                    stable == null ? null : share(stable[1], family)));
        }
        List<FitEstimate> estimates = estimates(rows);
        List<CloseCall> close = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (stable != null) {
                estimates.set(i, estimates.get(i).withStability(share(stable[0], rows.get(i))));
            }
            if (i > 0) {
                CloseCall c = closeCall(fit(rows.get(i - 1)), fit(rows.get(i)));
                if (c != null) {
                    close.add(c);
                }
            }
        }
        return new Ranking(Ranking.FORMAT, person.bank.version(), scoredCount,
                Numbers.round3(person.settings.coverage()), List.copyOf(person.flags), profile(person), estimates,
                close, notes, leading);
    }

    static List<DimensionScore> profile(Respondent person) {
        List<DimensionScore> out = new ArrayList<>();
        for (int d = 0; d < person.index.dimensions.size(); d++) {
            if (person.measured(d)) {
                out.add(score(person, d));
            }
        }
        return out;
    }

    static DimensionScore score(Respondent person, int d) {
        Dimension dim = person.index.dimensions.get(d);
        Double mean = person.measured(d) ? Numbers.round3(person.mean[d]) : null;
        Stance stance = mean == null ? null : mean >= person.settings.wantsFrom() ? Stance.WANTS
                : mean <= person.settings.avoidsFrom() ? Stance.AVOIDS : Stance.NEUTRAL;
        return new DimensionScore(dim.id(), dim.name(), dim.family(), mean, person.answered[d], person.importance[d],
                stance, mean == null ? null : dim.family().shown(mean));
    }

    /** What a reader needs to know about these answers, whatever the role. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        for (int f = 0; f < index.families.size(); f++) {
            // A family that is no fit alone (preparation) is optional: not answering it is nothing to note.
            if (person.counted[f] && !person.active[f] && index.families.get(f).fitsAlone()) {
                notes.add("Your " + index.families.get(f).label() + " are not measured yet, so they neither help nor "
                        + "hurt any role.");
            }
        }
        for (ResponseFlag flag : person.flags) {
            notes.add(flag.withholdsVerdict()
                    ? "Answer pattern: " + flag.description() + ". No verdict is given; the scores are shown as computed."
                    : "Answer pattern: " + flag.description() + String.format(Locale.ROOT,
                    " (your answers lean %+.2f on a -1..1 scale).", person.acquiescence));
        }
        for (int f = 0; f < index.families.size(); f++) {
            int defaulted = 0;
            for (int d : person.measured[f]) {
                if (person.importance[d] == null && person.bank.importanceQuestion(index.dimensions.get(d).id()).isPresent()) {
                    defaulted++;
                }
            }
            if (defaulted > 0) {
                notes.add(defaulted + " of your " + index.families.get(f).label() + (defaulted == 1 ? " has" : " have")
                        + " no importance answer, so " + (defaulted == 1 ? "it counts" : "they count")
                        + " as \"somewhat\" important.");
            }
        }
        if (!person.retired.isEmpty()) {
            notes.add(person.retired.size() + " answer" + (person.retired.size() == 1 ? " is" : "s are")
                    + " to questions that question bank " + person.bank.version() + " no longer asks (from version "
                    + person.answers.bankVersion() + "); " + (person.retired.size() == 1 ? "it is" : "they are")
                    + " not used.");
        }
        return notes;
    }
}
