package dev.careerfit.quiz;

import dev.careerfit.quiz.bank.Dimension;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.report.Band;
import dev.careerfit.quiz.report.CloseCall;
import dev.careerfit.quiz.report.DimensionScore;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitInterval;
import dev.careerfit.quiz.report.FitStatus;
import dev.careerfit.quiz.report.ResponseFlag;
import dev.careerfit.quiz.report.RoleComparison;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Every role's fit for one person, ranked: the normative reading (rank and percentile among all scored
 * roles), deal-breakers per role, the one "too close to call" rule, and the notes a reader needs.
 */
final class Ranking {
    private final Person person;
    private final Fit[] fits;
    /** Role rows, best first; roles without a score last, by id. */
    private final Integer[] order;
    private final int[] rankOf;
    private final int scored;

    Ranking(Person person) {
        this.person = person;
        ScoringIndex index = person.index;
        int n = index.size();
        this.fits = new Fit[n];
        int count = 0;
        for (int r = 0; r < n; r++) {
            fits[r] = Fit.of(person, r);
            count += fits[r].scored ? 1 : 0;
        }
        this.scored = count;
        this.order = new Integer[n];
        for (int r = 0; r < n; r++) {
            order[r] = r;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer r) -> fits[r].scored ? -fits[r].points
                : Double.POSITIVE_INFINITY).thenComparing(r -> index.ids[r].value()));
        this.rankOf = new int[n];
        for (int i = 0; i < n; i++) {
            rankOf[order[i]] = i + 1;
        }
    }

    Fit fit(int role) {
        return fits[role];
    }

    int scored() {
        return scored;
    }

    /** Role rows, best first. */
    List<Integer> order() {
        return Arrays.asList(order);
    }

    FitEstimate estimate(Fit f) {
        ScoringIndex index = person.index;
        if (!f.scored) {
            return new FitEstimate(index.ids[f.role], index.titles[f.role], person.enoughForScore()
                    ? FitStatus.NO_COMPARABLE_LEVELS : FitStatus.NOT_ENOUGH_ANSWERS, null,
                    new FitInterval(0, 100), null, List.of(Band.values()), null, null, dealBreakerIds(f.role));
        }
        FitInterval interval = new FitInterval(Numbers.round1(f.low()), Numbers.round1(f.high()));
        List<Band> bands = bands(interval);
        Band band = bands.size() == 1 && !person.verdictWithheld() ? bands.get(0) : null;
        int rank = rankOf[f.role];
        double percentile = scored <= 1 ? 100 : 100.0 * (scored - rank) / (scored - 1);
        return new FitEstimate(index.ids[f.role], index.titles[f.role], FitStatus.SCORED, Numbers.round1(f.shown()),
                interval, band, bands, rank, Numbers.round1(percentile), dealBreakerIds(f.role));
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

    /** Work factors the person strongly dislikes and cares about, on which the role ranks high. */
    List<Integer> dealBreakers(int role) {
        ScoringIndex index = person.index;
        ScoringSettings s = person.settings;
        List<Integer> out = new ArrayList<>();
        for (int d = 0; d < index.dimensions.size(); d++) {
            if (index.family[d] == DimensionFamily.WORK_FACTOR && person.measured(d)
                    && person.mean[d] <= s.dealBreakerAttitude() && person.importance[d] != null
                    && person.importance[d] >= s.dealBreakerImportance() && index.has(role, d)
                    && 100 * index.percentile[role][d] >= s.dealBreakerPercentile()) {
                out.add(d);
            }
        }
        return out;
    }

    private List<String> dealBreakerIds(int role) {
        return dealBreakers(role).stream().map(d -> person.index.dimensions.get(d).id()).toList();
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

    RoleComparison comparison(List<Integer> rows) {
        List<FitEstimate> estimates = new ArrayList<>(rows.size());
        List<CloseCall> close = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            estimates.add(estimate(fits[rows.get(i)]));
            if (i > 0) {
                CloseCall c = closeCall(fits[rows.get(i - 1)], fits[rows.get(i)]);
                if (c != null) {
                    close.add(c);
                }
            }
        }
        return new RoleComparison(RoleComparison.FORMAT, person.bank.version(), scored,
                Numbers.round3(person.settings.coverage()), List.copyOf(person.flags), profile(person), estimates,
                close, notes());
    }

    static List<DimensionScore> profile(Person person) {
        List<DimensionScore> out = new ArrayList<>();
        for (int d = 0; d < person.index.dimensions.size(); d++) {
            if (person.measured(d)) {
                out.add(score(person, d));
            }
        }
        return out;
    }

    static DimensionScore score(Person person, int d) {
        Dimension dim = person.index.dimensions.get(d);
        return new DimensionScore(dim.id(), dim.name(), dim.family(),
                person.measured(d) ? Numbers.round3(person.mean[d]) : null, person.answered[d], person.importance[d]);
    }

    /** What a reader needs to know about these answers, whatever the role. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (!person.enoughForScore()) {
            notes.add("No scores yet: a score needs at least " + person.settings.minimumItems() + " answers to "
                    + "interest, value or work-factor questions (" + person.scoredItems + " so far).");
        }
        for (DimensionFamily f : DimensionFamily.values()) {
            if (!person.active(f)) {
                notes.add("Your " + f.label() + " are not measured yet, so they neither help nor hurt any role.");
            }
        }
        for (ResponseFlag flag : person.flags) {
            notes.add(flag.withholdsVerdict()
                    ? "Answer pattern: " + flag.description() + ". No verdict is given; the scores are shown as computed."
                    : "Answer pattern: " + flag.description() + String.format(Locale.ROOT,
                    " (your answers lean %+.2f on a -1..1 scale).", person.acquiescence));
        }
        int defaulted = 0;
        for (int d = 0; d < person.index.dimensions.size(); d++) {
            if (person.index.family[d] == DimensionFamily.WORK_FACTOR && person.measured(d)
                    && person.importance[d] == null) {
                defaulted++;
            }
        }
        if (defaulted > 0) {
            notes.add(defaulted + " work factor" + (defaulted == 1 ? " has" : "s have") + " no importance answer, so "
                    + (defaulted == 1 ? "it counts" : "they count") + " as \"somewhat\" important.");
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
