package dev.careerfit.cli;

import dev.careerfit.education.CareerPath;
import dev.careerfit.education.EducationDistribution;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.education.JobZone;
import dev.careerfit.education.PathStep;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.market.IndustryShare;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.market.SatisfactionRate;
import dev.careerfit.market.WorkforceShare;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.role.Certification;
import dev.careerfit.role.FaqEntry;
import dev.careerfit.role.InterestProfile;
import dev.careerfit.role.Misconception;
import dev.careerfit.role.Rating;
import dev.careerfit.role.SkillRequirement;
import dev.careerfit.role.Task;
import dev.careerfit.role.Tool;
import dev.careerfit.role.WorkValueProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every domain value in plain words, one line each, the same in the terminal and in HTML reports.
 * Formatting only: the figures are the catalog's, unchanged except for rounding to whole units.
 */
final class FactText {
    private FactText() {}

    /** {@code value} in plain words; values of unknown types fall back to their {@code toString()}. */
    static String describe(Object value) {
        if (value instanceof SalaryBand b) {
            return salary(b);
        } else if (value instanceof IndustryShare s) {
            return s.percent() == null ? s.industry() + " (employs the role; no share given)"
                    : s.industry() + ": " + number(s.percent()) + "% of jobs";
        } else if (value instanceof OutlookFigure f) {
            return outlook(f);
        } else if (value instanceof EducationRequirement e) {
            return education(e);
        } else if (value instanceof EducationDistribution d) {
            return d.percentByLevel().entrySet().stream()
                    .sorted(Map.Entry.<EducationLevel, Double>comparingByValue().reversed())
                    .map(e -> e.getKey().label() + " " + number(e.getValue()) + "%")
                    .collect(Collectors.joining(", ", "workers hold ", ""));
        } else if (value instanceof JobZone z) {
            return "job zone " + z.value() + " of 5: " + z.label();
        } else if (value instanceof SatisfactionRate s) {
            return number(s.percent()) + "% satisfied with the job";
        } else if (value instanceof WorkforceShare w) {
            return w.group() + ": " + number(w.percent()) + "% of the workforce";
        } else if (value instanceof FactorExposure f) {
            return number(f.intensity()) + " of 5" + (f.framing() == dev.careerfit.factor.Framing.NEUTRAL ? ""
                    : " (" + lower(f.framing()) + ")") + (f.statement() == null ? "" : ": " + f.statement());
        } else if (value instanceof InterestProfile p) {
            return ratings(p.ratings());
        } else if (value instanceof WorkValueProfile p) {
            return ratings(p.ratings());
        } else if (value instanceof SkillRequirement s) {
            return s.skill().name() + ": " + lower(s.proficiency())
                    + (s.importance() == null ? "" : ", importance " + rating(s.importance()))
                    + (s.note() == null ? "" : " (" + s.note() + ")");
        } else if (value instanceof Task t) {
            return t.statement();
        } else if (value instanceof Tool t) {
            return t.name() + (t.category() == null ? "" : " (" + t.category() + ")") + (t.inDemand() ? ", in demand" : "");
        } else if (value instanceof CareerPath p) {
            return p.name() + ": " + p.steps().stream().map(FactText::step).collect(Collectors.joining(" -> "));
        } else if (value instanceof Certification c) {
            return c.name() + " (" + c.issuer() + ")";
        } else if (value instanceof Misconception m) {
            return "\"" + m.myth() + "\": " + m.reality();
        } else if (value instanceof FaqEntry f) {
            return f.question() + " " + f.answer();
        }
        return String.valueOf(value);
    }

    /** Where a figure comes from, in one line, with the providing provider. */
    static String source(Provenance p) {
        return p.describe() + (p.providerId() == null ? "" : " [" + p.providerId() + "]");
    }

    static String salary(SalaryBand b) {
        List<String> parts = new ArrayList<>();
        if (b.median() != null) {
            parts.add("median " + money(b.median(), b.currency(), b.period()));
        }
        if (b.mean() != null) {
            parts.add("mean " + money(b.mean(), b.currency(), b.period()));
        }
        if (b.hasRange()) {
            parts.add("range " + money(b.low(), b.currency(), b.period()) + " to "
                    + money(b.high(), b.currency(), b.period()));
        }
        b.percentiles().forEach((p, v) -> parts.add(p + "th percentile " + money(v, b.currency(), b.period())));
        return String.join(", ", parts) + (b.period() == PayPeriod.HOURLY ? " an hour" : " a year")
                + (b.basis() == null ? "" : " (" + b.basis() + ")");
    }

    /** {@code $165,000} a year or {@code $79.33} an hour; other currencies by their symbol or code. */
    static String money(BigDecimal amount, Currency currency, PayPeriod period) {
        int decimals = period == PayPeriod.HOURLY ? 2 : 0;
        String symbol = currency.getSymbol(Locale.US);
        String figure = grouped(amount.setScale(decimals, RoundingMode.HALF_EVEN), decimals);
        return symbol.length() == 1 ? symbol + figure : symbol + " " + figure;
    }

    /** A number without needless decimals: {@code 23}, {@code 6.5}, {@code 1,234}. */
    static String number(double value) {
        DecimalFormat f = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(value);
    }

    private static String grouped(BigDecimal amount, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(amount);
    }

    private static String outlook(OutlookFigure f) {
        String scope = f.scope() == null ? "" : " (" + f.scope() + ")";
        return switch (f.measure()) {
            case EMPLOYMENT_GROWTH_PERCENT -> signed(f.value()) + "% employment growth " + f.year() + "-" + f.endYear();
            case OPENINGS_PER_YEAR -> number(f.value()) + " openings a year" + scope;
            case JOBS_IN_YEAR -> number(f.value()) + " jobs in " + f.year() + scope;
            case CURRENT_OPENINGS -> number(f.value()) + " open positions" + scope;
            case ANNUAL_GROWTH_PERCENT -> signed(f.value()) + "% growth in " + f.year() + scope;
        };
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + number(value);
    }

    private static String education(EducationRequirement e) {
        return lower(e.expectation()) + ": " + e.levels().stream().map(EducationLevel::label)
                .collect(Collectors.joining(" or ")) + (e.fields().isEmpty() ? "" : " in " + String.join(", ", e.fields()));
    }

    private static String step(PathStep s) {
        return s.title() + (s.duration() == null ? "" : " (" + s.duration() + ")") + (s.optional() ? " [optional]" : "");
    }

    private static String ratings(Map<? extends Enum<?>, Rating> ratings) {
        return ratings.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue().value(), a.getValue().value()))
                .map(e -> lower(e.getKey()) + " " + rating(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String rating(Rating r) {
        return number(r.value()) + "/" + number(r.scale().maximum());
    }

    /** {@code WORKING_CONDITIONS} as {@code working conditions}. */
    static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
