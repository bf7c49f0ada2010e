package dev.careerfit.quiz;

import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.quiz.report.Band;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitInterval;
import dev.careerfit.quiz.report.FitStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fit of one person to one role (docs/scoring.md):
 * <pre>
 * fit  = 50 + 50 * sum_K(w e a) / sum_K(w e)                       over the scored factors K
 * low  = 50 + 50 * (sum_K(w e aLow)  - sum_U(w e) - z sqrt(sum_K (w e seLow)^2))  / sum(w e)
 * high = 50 + 50 * (sum_K(w e aHigh) + sum_U(w e) + z sqrt(sum_K (w e seHigh)^2)) / sum(w e)
 * </pre>
 * where U are the factors the role has that are not scored (too few answers, or no questions).
 */
final class RoleFit {
    /** One factor of the role, as it enters the sums. */
    record Term(FactorId factor, FactGroup<FactorExposure> group, double exposure, double weight, Attitude attitude) {
        double mass() {
            return weight * exposure;
        }
    }

    private final Person person;
    private final CareerRole role;
    private final List<Term> terms;
    private final Map<FactorId, Term> byFactor = new HashMap<>();
    private final double knownMass;
    private final double totalMass;
    private final double sum;
    private final double sumLow;
    private final double sumHigh;
    private final double unknownMass;
    private final double varianceLow;
    private final double varianceHigh;

    RoleFit(Person person, CareerRole role) {
        this.person = person;
        this.role = role;
        List<FactGroup<FactorExposure>> groups = role.groups(FactKinds.FACTOR);
        List<Term> list = new ArrayList<>(groups.size());
        double known = 0;
        double total = 0;
        double s = 0;
        double sLow = 0;
        double sHigh = 0;
        double unknown = 0;
        double vLow = 0;
        double vHigh = 0;
        for (FactGroup<FactorExposure> g : groups) {
            FactorId f = g.value().factor();
            Term t = new Term(f, g, g.value().normalisedIntensity(), person.weight(f), person.attitude(f));
            list.add(t);
            byFactor.put(f, t);
            double m = t.mass();
            total += m;
            Attitude a = t.attitude();
            if (a.scored()) {
                known += m;
                s += m * a.mean();
                sLow += m * a.meanLow();
                sHigh += m * a.meanHigh();
                vLow += (m * a.seLow()) * (m * a.seLow());
                vHigh += (m * a.seHigh()) * (m * a.seHigh());
            } else {
                unknown += m;
            }
        }
        this.terms = List.copyOf(list);
        this.knownMass = known;
        this.totalMass = total;
        this.sum = s;
        this.sumLow = sLow;
        this.sumHigh = sHigh;
        this.unknownMass = unknown;
        this.varianceLow = vLow;
        this.varianceHigh = vHigh;
    }

    CareerRole role() {
        return role;
    }

    Person person() {
        return person;
    }

    List<Term> terms() {
        return terms;
    }

    Term term(FactorId factor) {
        return byFactor.get(factor);
    }

    double knownMass() {
        return knownMass;
    }

    double totalMass() {
        return totalMass;
    }

    /** The score, or {@code null} when no factor with weight and exposure is scored. */
    Double point() {
        return knownMass > 0 ? 50 + 50 * sum / knownMass : null;
    }

    double low() {
        if (totalMass <= 0) {
            return 0;
        }
        double z = person.settings().z();
        return clamp(50 + 50 * (sumLow - unknownMass - z * Math.sqrt(varianceLow)) / totalMass);
    }

    double high() {
        if (totalMass <= 0) {
            return 100;
        }
        double z = person.settings().z();
        return clamp(50 + 50 * (sumHigh + unknownMass + z * Math.sqrt(varianceHigh)) / totalMass);
    }

    /** Points {@code t} adds to or takes from 50, or {@code null} unless scored. */
    Double contribution(Term t) {
        return t.attitude().scored() && knownMass > 0 ? 50 * t.mass() * t.attitude().mean() / knownMass : null;
    }

    /** The score if {@code factor} had attitude {@code attitude} and weight {@code weight}; {@code null} if none. */
    Double pointWith(FactorId factor, Attitude attitude, double weight) {
        Term t = byFactor.get(factor);
        double s = sum;
        double known = knownMass;
        if (t.attitude().scored()) {
            s -= t.mass() * t.attitude().mean();
            known -= t.mass();
        }
        if (attitude.scored()) {
            double m = weight * t.exposure();
            s += m * attitude.mean();
            known += m;
        }
        return known > 0 ? 50 + 50 * s / known : null;
    }

    FitEstimate estimate() {
        Double point = point();
        FitInterval interval = new FitInterval(Numbers.round1(low()), Numbers.round1(high()));
        List<Band> bands = bands(person.settings(), interval);
        return new FitEstimate(role.id(), role.title(), point == null ? FitStatus.NOT_ENOUGH_ANSWERS : FitStatus.SCORED,
                point == null ? null : Numbers.round1(point), interval, bands.size() == 1 ? bands.get(0) : null, bands);
    }

    /** The bands {@code interval} spans, best first. */
    static List<Band> bands(ScoringSettings settings, FitInterval interval) {
        Band top = settings.bandOf(interval.high());
        Band bottom = settings.bandOf(interval.low());
        List<Band> out = new ArrayList<>();
        for (Band b : Band.values()) {
            if (b.ordinal() >= top.ordinal() && b.ordinal() <= bottom.ordinal()) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * Where {@code a}'s score minus {@code b}'s is likely to lie. Both come from the same answers, so a
     * factor both roles have alike cancels out rather than adding its uncertainty twice: the difference
     * is one weighted sum of attitudes with coefficient c = 50 w (e_a / W_a - e_b / W_b), bounded like a
     * score. {@code null} when either role has no weight at all.
     */
    static double[] difference(RoleFit a, RoleFit b) {
        if (a.totalMass <= 0 || b.totalMass <= 0) {
            return null;
        }
        Map<FactorId, Double> coefficients = new HashMap<>();
        for (Term t : a.terms) {
            coefficients.merge(t.factor(), 50 * t.mass() / a.totalMass, Double::sum);
        }
        for (Term t : b.terms) {
            coefficients.merge(t.factor(), -50 * t.mass() / b.totalMass, Double::sum);
        }
        double z = a.person.settings().z();
        double low = 0;
        double high = 0;
        double varLow = 0;
        double varHigh = 0;
        for (Map.Entry<FactorId, Double> e : coefficients.entrySet()) {
            double c = e.getValue();
            Attitude att = a.person.attitude(e.getKey());
            if (!att.scored()) {
                low -= Math.abs(c);
                high += Math.abs(c);
            } else if (c >= 0) {
                low += c * att.meanLow();
                high += c * att.meanHigh();
                varLow += c * att.seLow() * c * att.seLow();
                varHigh += c * att.seHigh() * c * att.seHigh();
            } else {
                low += c * att.meanHigh();
                high += c * att.meanLow();
                varLow += c * att.seHigh() * c * att.seHigh();
                varHigh += c * att.seLow() * c * att.seLow();
            }
        }
        return new double[] {low - z * Math.sqrt(varLow), high + z * Math.sqrt(varHigh)};
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(100, v));
    }
}
