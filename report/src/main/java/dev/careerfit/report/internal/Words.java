package dev.careerfit.report.internal;

import dev.careerfit.Api;
import dev.careerfit.fact.Wording;
import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.quiz.report.Band;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitInterval;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * careerfit's one wording helper for pages: numbers, scores, points, shares, lists, and what a release's particulars
 * say in words, without its file names and column codes (a person reads "Skills", never {@code Skills.txt}, and
 * nothing of {@code A_MEAN, A_PCT10}). Amounts of money and plain numbers are core's {@link Wording}.
 */
@Api(Api.Status.INTERNAL)
public final class Words {
    /** A file name: no spaces, or an extension of a data file. */
    private static final Pattern FILE = Pattern.compile("(?i).*\\.(txt|xlsx|xls|csv|json|ya?ml|zip|dat)$|[^ ]*_[^ ]*");
    /** An element's code before its title: {@code 2.A.1.e Mathematics}. */
    private static final Pattern ELEMENT_CODE = Pattern.compile("^[0-9]+(\\.[A-Za-z0-9]+)+\\s+");
    /** A scale's code before its name: {@code LV Level}, {@code OI Occupational Interests}. */
    private static final Pattern SCALE_CODE = Pattern.compile("^[A-Z]{1,3}\\s+(?=[A-Z][a-z])");
    /** A file's name in running text: {@code 001_cdb3b6ab2d3ae448.txt}, {@code national_M2024_dl.xlsx}. */
    private static final Pattern FILE_NAME = Pattern.compile("\\b[\\w.-]+\\.(?i:txt|csv|xlsx|xls|json|ya?ml|zip|md)\\b");
    /** A column code: capitals, digits and underscores ({@code A_MEAN}, {@code TOT_EMP}). */
    private static final Pattern COLUMN = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");

    private Words() {}

    /** {@code 1,019}. */
    public static String count(long n) {
        return Wording.number(n);
    }

    /** {@code 1 occupation}, {@code 2 occupations}. */
    public static String count(long n, String singular, String plural) {
        return Wording.count(n, singular, plural);
    }

    /** {@code 23}, {@code 6.5}: at most two decimals. */
    public static String number(double value) {
        return Wording.number(value);
    }

    /** A score or a point of one: {@code 70.4}. */
    public static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** {@code 69.7 to 71.1}. */
    public static String interval(FitInterval i) {
        return score(i.low()) + " to " + score(i.high());
    }

    /** {@code 69.7-71.1}, for a column. */
    public static String range(FitInterval i) {
        return score(i.low()) + "-" + score(i.high());
    }

    /** A share, 0 to 1, as a whole percentage: {@code 90%}. */
    public static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    /**
     * Points in words with the right plural and no needless decimal: {@code +1 point}, {@code +2 points},
     * {@code -0.4 points}; unsigned when {@code signed} is false.
     */
    public static String points(double value, boolean signed) {
        double r = Math.round(value * 10) / 10.0;
        if (r == 0) {
            return "0 points";
        }
        String number = r == Math.rint(r) ? Long.toString((long) Math.abs(r))
                : String.format(Locale.ROOT, "%.1f", Math.abs(r));
        return (signed ? r > 0 ? "+" : "-" : "") + number + (Math.abs(r) == 1 ? " point" : " points");
    }

    /** {@code 1st}, {@code 2nd}, {@code 23rd}. */
    public static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** The band in words: {@code strong}, or {@code good to strong} when the likely range spans several. */
    public static String band(FitEstimate e) {
        if (e.band() != null) {
            return e.band().label();
        }
        if (e.bands().isEmpty()) {
            return "no verdict";
        }
        Band best = e.bands().get(0);
        Band worst = e.bands().get(e.bands().size() - 1);
        return best == worst ? best.label() + ", no verdict" : worst.label() + " to " + best.label();
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    public static String and(Collection<String> items) {
        List<String> list = new ArrayList<>(items);
        if (list.size() <= 1) {
            return list.isEmpty() ? "" : list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }

    /** {@code Word} from {@code word}. */
    public static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code word} from {@code Word}, unless the word is an acronym ({@code O*NET}, {@code BLS}). */
    public static String uncapitalised(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code Investigative} from {@code Investigative: research and analysis}: the name before a colon. */
    public static String shortName(String name) {
        int colon = name.indexOf(':');
        return colon > 0 ? name.substring(0, colon) : name;
    }

    /** {@code items} without repeats (ignoring case and surrounding space), in their first order. */
    public static List<String> distinct(Collection<String> items) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String item : items) {
            seen.putIfAbsent(item.strip().toLowerCase(Locale.ROOT), item.strip());
        }
        return new ArrayList<>(seen.values());
    }

    /** {@code 2024}, {@code 2024 to 2034}. */
    public static String period(ReferencePeriod p) {
        return p.startYear() == p.endYear() ? Integer.toString(p.startYear()) : p.startYear() + " to " + p.endYear();
    }

    /**
     * A table or file of a release by its published title, for a person: {@code Skills} for {@code Skills.txt},
     * {@code Table 1.2} as it is; empty for a name that is only a file's ({@code national_M2024_dl}).
     */
    public static Optional<String> published(String table) {
        if (table == null) {
            return Optional.empty();
        }
        String t = table.strip();
        String stem = t.replaceFirst("(?i)\\.(txt|xlsx|xls|csv)$", "");
        // A name without spaces that carries digits, hyphens or underscores is a file's, not a publisher's title.
        boolean fileLike = !stem.contains(" ") && stem.matches(".*[-_0-9].*");
        if (stem.equals(t) && FILE.matcher(t).matches() || fileLike || !stem.matches(".*[a-z].*")) {
            return Optional.empty();
        }
        return Optional.of(stem);
    }

    /** An element by its published title: {@code Mathematics} for {@code 2.A.1.e Mathematics}. */
    public static Optional<String> element(String element) {
        if (element == null) {
            return Optional.empty();
        }
        String title = ELEMENT_CODE.matcher(element.strip()).replaceFirst("");
        return title.matches("(?i)task \\d+") || !title.matches(".*[a-z].*") ? Optional.empty() : Optional.of(title);
    }

    /** A scale by its name: {@code level} for {@code LV Level}; empty for column codes. */
    public static Optional<String> scale(String scale) {
        if (scale == null || COLUMN.matcher(scale).find()) {
            return Optional.empty();
        }
        String name = SCALE_CODE.matcher(scale.strip()).replaceFirst("");
        return name.matches(".*[a-z].*") ? Optional.of(uncapitalised(name)) : Optional.empty();
    }

    /**
     * Where in a release a figure sits, in the publisher's titles: {@code Skills: Mathematics, level; rated 08/2023
     * by analysts}; empty when the release names it only by file and column codes.
     */
    public static String origin(Origin o) {
        if (o == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        published(o.table()).ifPresent(parts::add);
        element(o.element()).ifPresent(parts::add);
        scale(o.scale()).ifPresent(parts::add);
        String where = String.join(", ", parts);
        String when = o.collected() == null && o.domainSource() == null ? ""
                : "collected" + (o.collected() == null ? "" : " " + o.collected())
                + (o.domainSource() == null ? "" : " (" + o.domainSource() + ")");
        return where.isEmpty() ? when : when.isEmpty() ? where : where + "; " + when;
    }

    /**
     * Text from a source with any release column code and file name taken out: "the mean wage's (MEAN_PRSE)" reads "the
     * mean wage's", "as the career guide 001_cdb3b6ab2d3ae448.txt cites" reads "as the career guide cites".
     */
    public static String withoutCodes(String text) {
        // "Task Ratings.txt" reads "Task Ratings": a title; a name of digits and underscores is a file's alone.
        return FILE_NAME.matcher(COLUMN.matcher(text).replaceAll("")).replaceAll(m -> java.util.regex.Matcher
                .quoteReplacement(published(m.group()).orElse(""))).replaceAll("\\s*\\(\\s*\\)", "").replaceAll("\\s+([.,;])", "$1")
                .replaceAll("\\s{2,}", " ").strip();
    }
}
