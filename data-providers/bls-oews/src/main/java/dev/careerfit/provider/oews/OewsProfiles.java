package dev.careerfit.provider.oews;

import dev.careerfit.fact.FactKinds;
import dev.careerfit.fact.Wording;
import dev.careerfit.market.Location;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.OutlookMeasure;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.StatisticQuality;
import dev.careerfit.role.DataGap;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns one OEWS row into careerfit facts: one salary band (annual, with the hourly figures as published
 * alongside), the wage and salary employment, and a data gap for what the row marks as not available.
 * Used when a snapshot is written (to index each entry's kinds of fact) and when a profile is read, so
 * the two always agree.
 */
final class OewsProfiles {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Location US = Location.national("US");

    private OewsProfiles() {}

    static RoleProfile profile(OewsOccupation o, OewsEdition edition, Source source) {
        RoleProfile.Builder b = RoleProfile.builder(RoleId.of(o.code()));
        Provenance base = Provenance.of(source);
        if (edition.year() != null) {
            base = base.withReferencePeriod(ReferencePeriod.year(edition.year()));
        }
        salary(b, o, edition, base);
        employment(b, o, edition, base);
        return b.build();
    }

    private static void salary(RoleProfile.Builder b, OewsOccupation o, OewsEdition edition, Provenance base) {
        Band annual = Band.of(PayPeriod.ANNUAL, o.annual(), edition.annualLimit());
        Band hourly = Band.of(PayPeriod.HOURLY, o.hourly(), edition.hourlyLimit());
        Origin origin = Origin.table(edition.table());
        if (annual == null && hourly == null) {
            boolean allStarred = o.annual().stream().allMatch(f -> f.is(Figure.NOT_AVAILABLE))
                    && o.hourly().stream().allMatch(f -> f.is(Figure.NOT_AVAILABLE));
            b.add(FactKinds.DATA_GAP, new DataGap(FactKinds.SALARY, release(edition)
                    + (allStarred ? " publishes no wage estimates for this occupation ('*' in every wage column)"
                    : " gives this occupation's wages only as top-coded ('#') and states no limit")),
                    base.withOrigin(origin.withElement(null, columns(PayPeriod.ANNUAL) + "; " + columns(PayPeriod.HOURLY))));
            return;
        }
        Band primary = annual != null ? annual : hourly;
        Band other = annual != null ? hourly : null;
        SalaryBand band = other == null ? primary.band() : primary.band().withOtherPeriod(other.band());
        List<String> notes = new ArrayList<>();
        if (o.isBroadGroup()) {
            notes.add(broadGroupNote(o));
        }
        if (o.annualOnly()) {
            notes.add("OEWS releases annual wages only for this occupation (ANNUAL is TRUE): its workers are typically "
                    + "paid by the year and work fewer than 2,080 hours a year, so no hourly wages are published.");
        }
        if (o.hourlyOnly()) {
            notes.add("OEWS releases hourly wages only for this occupation (HOURLY is TRUE): its workers are typically "
                    + "paid by the hour and work fewer than 2,080 hours a year, so no annual wages are published.");
        }
        topCodedNotes(primary, other, edition, notes);
        for (Band x : other == null ? List.of(primary) : List.of(primary, other)) {
            if (!x.starred().isEmpty()) {
                notes.add(capitalise(words(x.period(), x.starred())) + verb(x.starred()) + " not available ('*' in the "
                        + "release).");
            }
            if (!x.limitUnknown().isEmpty()) {
                notes.add(capitalise(words(x.period(), x.limitUnknown())) + verb(x.limitUnknown()) + " top-coded ('#') "
                        + "but the release states no limit, so careerfit shows " + (x.limitUnknown().size() == 1
                        ? "it" : "them") + " as not available.");
            }
        }
        Provenance p = base.withOrigin(origin.withElement(null, columns(primary.period())
                + (other == null ? "" : "; " + columns(other.period()))));
        if (o.meanRse().isNumber()) {
            p = p.withQuality(StatisticQuality.relativeStandardError(o.meanRse().value().doubleValue()));
            notes.add("The relative standard error is the mean wage's (" + OewsImporter.MEAN_PRSE + ").");
        }
        b.add(FactKinds.SALARY, band, p.withNote(String.join(" ", notes)));
    }

    private static void topCodedNotes(Band primary, Band other, OewsEdition edition, List<String> notes) {
        if (primary.topCoded().isEmpty() && (other == null || other.topCoded().isEmpty())) {
            return;
        }
        String limits = "the OEWS top-coding limit ('#' in the release)";
        if (other != null && other.topCoded().equals(primary.topCoded())) {
            notes.add(capitalise(words(null, primary.topCoded())) + verb(primary.topCoded()) + " at least "
                    + money(limit(edition, primary.period()), primary.period()) + " (" + money(limit(edition,
                    other.period()), other.period()) + "): " + limits + ".");
            return;
        }
        for (Band x : other == null ? List.of(primary) : List.of(primary, other)) {
            if (!x.topCoded().isEmpty()) {
                notes.add(capitalise(words(x.period(), x.topCoded())) + verb(x.topCoded()) + " at least "
                        + money(limit(edition, x.period()), x.period()) + ": " + limits + ".");
            }
        }
    }

    private static void employment(RoleProfile.Builder b, OewsOccupation o, OewsEdition edition, Provenance base) {
        if (edition.year() == null) {
            return;
        }
        Provenance p = base.withOrigin(Origin.table(edition.table()).withElement(null, OewsImporter.TOT_EMP));
        Figure jobs = o.employment();
        if (!jobs.isNumber()) {
            b.add(FactKinds.DATA_GAP, new DataGap(FactKinds.OUTLOOK, release(edition) + " publishes no employment "
                    + "estimate for this occupation ('**' in " + OewsImporter.TOT_EMP + ")"), p);
            return;
        }
        List<String> notes = new ArrayList<>();
        if (o.isBroadGroup()) {
            notes.add(broadGroupNote(o));
        }
        notes.add("Wage and salary jobs rounded to the nearest 10; the self-employed are not counted.");
        if (o.employmentRse().isNumber()) {
            p = p.withQuality(StatisticQuality.relativeStandardError(o.employmentRse().value().doubleValue()));
        }
        b.add(FactKinds.OUTLOOK, new OutlookFigure(OutlookMeasure.WAGE_AND_SALARY_JOBS,
                jobs.value().doubleValue(), edition.year(), null, null), p.withNote(String.join(" ", notes)));
    }

    private static String broadGroupNote(OewsOccupation o) {
        return "OEWS publishes SOC broad group " + o.code() + " as one occupation, its most detailed estimate "
                + "(O_GROUP detailed): the figures cover every detailed occupation in the group.";
    }

    private static String release(OewsEdition edition) {
        return edition.period() == null ? "OEWS" : "OEWS " + edition.period();
    }

    private static BigDecimal limit(OewsEdition edition, PayPeriod period) {
        return period == PayPeriod.ANNUAL ? edition.annualLimit() : edition.hourlyLimit();
    }

    /** The columns a band was read from, in the release's order: {@code A_MEAN, A_PCT10, ...}. */
    private static String columns(PayPeriod period) {
        return String.join(", ", OewsOccupation.STATISTICS.stream().map(s -> period == PayPeriod.ANNUAL
                ? OewsImporter.annualColumn(s) : OewsImporter.hourlyColumn(s)).toList());
    }

    static String money(BigDecimal amount, PayPeriod period) {
        return Wording.money(amount, USD, period) + (period == PayPeriod.HOURLY ? " an hour" : " a year");
    }

    private static String words(PayPeriod period, Set<String> statistics) {
        List<String> w = statistics.stream().map(s -> "the " + (period == null ? ""
                : period == PayPeriod.ANNUAL ? "annual " : "hourly ") + word(s)).toList();
        if (w.size() == 1) {
            return w.get(0);
        }
        return String.join(", ", w.subList(0, w.size() - 1)) + " and " + w.get(w.size() - 1);
    }

    private static String word(String statistic) {
        return switch (statistic) {
            case SalaryBand.MEAN, SalaryBand.MEDIAN -> statistic;
            default -> statistic.substring(1) + "th percentile";
        };
    }

    private static String verb(Set<String> statistics) {
        return statistics.size() == 1 ? " is" : " are";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** SalaryBand's name for an OEWS statistic: {@code mean}, {@code median}, {@code p10}. */
    static String statisticName(String statistic) {
        return switch (statistic) {
            case "MEAN" -> SalaryBand.MEAN;
            case "MEDIAN" -> SalaryBand.MEDIAN;
            default -> SalaryBand.percentile(Integer.parseInt(statistic.substring(3)));
        };
    }

    /**
     * One period's statistics as a band, with what the release marks: {@code #} with a known limit is the
     * limit, marked top-coded; {@code *} is unavailable; {@code #} without a limit is unavailable too, and said.
     */
    private record Band(PayPeriod period, SalaryBand band, Set<String> topCoded, Set<String> starred,
                        Set<String> limitUnknown) {

        /** The band, or {@code null} when the release gives no amount for any statistic of the period. */
        static Band of(PayPeriod period, List<Figure> figures, BigDecimal limit) {
            BigDecimal mean = null;
            BigDecimal median = null;
            TreeMap<Integer, BigDecimal> percentiles = new TreeMap<>();
            Set<String> topCoded = new LinkedHashSet<>();
            Set<String> starred = new LinkedHashSet<>();
            Set<String> limitUnknown = new LinkedHashSet<>();
            for (int i = 0; i < figures.size(); i++) {
                String name = statisticName(OewsOccupation.STATISTICS.get(i));
                Figure f = figures.get(i);
                BigDecimal amount = null;
                if (f.isNumber()) {
                    amount = f.value();
                } else if (f.is(Figure.TOP_CODED) && limit != null) {
                    amount = limit;
                    topCoded.add(name);
                } else if (f.is(Figure.TOP_CODED)) {
                    limitUnknown.add(name);
                } else {
                    starred.add(name);
                }
                if (amount == null) {
                    continue;
                }
                switch (name) {
                    case SalaryBand.MEAN -> mean = amount;
                    case SalaryBand.MEDIAN -> median = amount;
                    default -> percentiles.put(Integer.parseInt(name.substring(1)), amount);
                }
            }
            if (mean == null && median == null && percentiles.isEmpty()) {
                return null;
            }
            Set<String> unavailable = new LinkedHashSet<>(starred);
            unavailable.addAll(limitUnknown);
            SalaryBand band = new SalaryBand(USD, period, US, mean, median, null, null, percentiles, null, topCoded,
                    unavailable, null);
            return new Band(period, band, topCoded, starred, limitUnknown);
        }
    }
}
