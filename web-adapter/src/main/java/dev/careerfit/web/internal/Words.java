package dev.careerfit.web.internal;

import dev.careerfit.Api;
import dev.careerfit.provenance.MadeBy;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Source;
import dev.careerfit.quiz.report.Band;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitInterval;
import java.util.Locale;

/**
 * How the app's own pages word numbers and sources. The report module brings the wording the command line uses to the
 * result, role, salary and sources pages; until then {@link PlainReportPages}' templates use this too.
 */
@Api(Api.Status.INTERNAL)
public final class Words {
    private Words() {}

    /** A count: "1,019". */
    public static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A score or point, with one decimal: "70.4". */
    public static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A share, 0 to 1, as a whole percentage: "90%". */
    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** "69.7 to 71.1". */
    public static String interval(FitInterval interval) {
        return one(interval.low()) + " to " + one(interval.high());
    }

    /** The band in words: "strong", or "good to strong" when the interval spans several. */
    public static String band(FitEstimate e) {
        if (e.band() != null) {
            return e.band().label();
        }
        if (e.bands().isEmpty()) {
            return "";
        }
        Band best = e.bands().get(0);
        Band worst = e.bands().get(e.bands().size() - 1);
        return best == worst ? best.label() : worst.label() + " to " + best.label();
    }

    /** Who published a figure, in what, and which release. */
    public static String source(Source s) {
        return s.toString();
    }

    /** Who published a figure, and the period it is for when the source says. */
    public static String source(Provenance p) {
        if (p.madeBy() != MadeBy.PUBLISHER) {
            // careerfit's reading, conversion or estimate says so, and whose words or figures it used; a conversion
            // comes after the publisher's own reason for not publishing that period.
            return (p.conversion() != null && p.note() != null ? p.note() + " " : "") + p.describe();
        }
        return p.source() + (p.referencePeriod() == null ? "" : ", " + p.referencePeriod());
    }
}
