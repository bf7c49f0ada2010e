package dev.careerfit.cli;

import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.fact.Wording;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.StatisticQuality;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

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
        if (p.note() != null) {
            parts.add(p.note());
        }
        return String.join("; ", parts);
    }

    /** The source and everything particular to the figure, in one line. */
    static String sourceWithDetail(Provenance p) {
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
}
