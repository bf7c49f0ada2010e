package dev.careerfit.cli;

import dev.careerfit.CareerfitException;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.fact.Wording;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.PlaceQuery;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Conversion;
import dev.careerfit.provenance.Sourced;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code careerfit salary ID}: what a role pays, where, per source, with a bar chart. */
@Command(name = "salary", description = {"Show what a role pays, place by place, every figure with its source; "
        + "where sources disagree, all of them and which was chosen."})
final class SalaryCommand extends RoleCommandBase {
    private static final int BAR_WIDTH = 30;


    @Option(names = {"-l", "--location"}, paramLabel = "PLACE",
            description = "Only figures for this place, as you would write it: a country (US, GB, UK, United Kingdom), "
                    + "a U.S. state (NY, New York), a city (London), or a city with its state or country (San Francisco, "
                    + "CA; London, UK). Case, accents and punctuation do not count; a country includes its cities. A code "
                    + "that is both a state and a country (CA: California or Canada) needs a city or country beside it. "
                    + "The rule: docs/formats.md, \"Places\".")
    String location;

    @Option(names = {"-p", "--period"}, paramLabel = "PERIOD",
            description = "Show every figure per ${COMPLETION-CANDIDATES}: as the source states it where it "
                    + "does (the BLS publishes both), otherwise converted at " + PayPeriod.HOURS_PER_YEAR
                    + " hours a year (default: as each source states it).")
    PayPeriod period;

    @Option(names = "--json", description = "Print the figures as JSON (" + CatalogJson.SALARY + ", docs/formats.md).")
    boolean json;

    SalaryCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        CareerRole r = role();
        List<FactGroup<SalaryBand>> all = r.groups(FactKinds.SALARY);
        List<FactGroup<SalaryBand>> groups = location == null ? all : at(all);
        if (groups.isEmpty()) {
            throw new CareerfitException(all.isEmpty() ? "no salary figures for '" + r.id() + "'"
                    : "no salary figures for '" + r.id() + "' at '" + location + "'; places with figures: "
                    + all.stream().map(g -> g.value().location().toString()).distinct()
                            .collect(Collectors.joining(", ")));
        }
        List<FactGroup<SalaryBand>> stated = groups;
        if (period != null) {
            groups = groups.stream().map(this::converted).toList();
        }
        PrintWriter out = out();
        if (json) {
            out.println(CatalogJson.text(CatalogJson.salary(r, location, period, groups, stated)));
            return ExitCodes.OK;
        }
        Style style = style();
        out.println(style.bold(r.title() + ": pay") + (period == null ? "" : style.dim("  (" + FactText.lower(period)
                + ": as the source states it where it does, otherwise converted at "
                + Wording.number(PayPeriod.HOURS_PER_YEAR) + " hours a year)")));
        FactPrinter printer = new FactPrinter(out, style);
        groups.forEach(printer::group);
        chart(out, style, groups);
        return ExitCodes.OK;
    }

    /** The groups for the place asked for; a place that cannot be read, or is ambiguous, is a usage error. */
    private List<FactGroup<SalaryBand>> at(List<FactGroup<SalaryBand>> all) {
        PlaceQuery place;
        try {
            place = PlaceQuery.parse(location);
        } catch (IllegalArgumentException e) {
            throw usage("--location: " + e.getMessage());
        }
        return all.stream().filter(g -> place.matches(g.value().location())).toList();
    }

    /**
     * The group per {@link #period}: a figure its source states per that period as stated; any other converted,
     * and then credited to careerfit's conversion of the publisher's figures, not to the publisher alone.
     */
    private FactGroup<SalaryBand> converted(FactGroup<SalaryBand> g) {
        List<Sourced<SalaryBand>> values = g.values().stream().map(s -> s.value().statedPer(period)
                ? s.map(b -> b.convertTo(period))
                : Sourced.of(s.value().convertTo(period),
                        s.provenance().withConversion(Conversion.of(s.value().period(), period)))).toList();
        return new FactGroup<>(g.kind(), g.topic(), g.subject(), values, g.differences(), g.resolution());
    }

    /** Bars of each figure's central estimate, per currency and period so that bars compare like with like. */
    private static void chart(PrintWriter out, Style style, List<FactGroup<SalaryBand>> groups) {
        var byUnit = groups.stream().flatMap(g -> g.values().stream())
                .collect(Collectors.groupingBy(s -> s.value().currency() + " " + s.value().period(),
                        java.util.LinkedHashMap::new, Collectors.toList()));
        byUnit.forEach((unit, values) -> {
            BigDecimal max = values.stream().map(s -> top(s.value())).max(BigDecimal::compareTo)
                    .orElse(BigDecimal.ONE);
            out.println();
            out.println(style.bold("Compared (" + values.get(0).value().currency().getCurrencyCode() + ", "
                    + FactText.lower(values.get(0).value().period()) + ")"));
            int labelWidth = values.stream().mapToInt(s -> label(s).length()).max().orElse(0);
            for (Sourced<SalaryBand> s : values) {
                SalaryBand b = s.value();
                out.println("  " + Style.pad(label(s), labelWidth) + "  " + bar(style, b, max) + "  " + figure(b)
                        + (s.provenance().conversion() != null ? style.dim(" (converted by careerfit)") : ""));
            }
        });
    }

    /**
     * A band's bar: a range is drawn from its low to its high end, as published, never as a midpoint no source
     * gave; any other figure from zero to its central estimate (the median, else the mean...).
     */
    private static String bar(Style style, SalaryBand b, BigDecimal max) {
        if (max.signum() == 0) {
            return style.bar(0, BAR_WIDTH);
        }
        if (b.median() == null && b.mean() == null && b.hasRange()) {
            return style.cyan(style.rangeBar(b.low().doubleValue() / max.doubleValue(),
                    b.high().doubleValue() / max.doubleValue(), BAR_WIDTH));
        }
        return style.cyan(style.bar(b.centralEstimate().doubleValue() / max.doubleValue(), BAR_WIDTH));
    }

    /** The figure a bar stands for, as the source gives it: its range, or its central estimate and which it is. */
    private static String figure(SalaryBand b) {
        if (b.median() == null && b.mean() == null && b.hasRange()) {
            return FactText.money(b.low(), b.currency(), b.period()) + " to "
                    + FactText.money(b.high(), b.currency(), b.period()) + " range";
        }
        return FactText.money(b.centralEstimate(), b.currency(), b.period())
                + (b.centralEstimateTopCoded() ? " or more" : "") + " " + b.centralEstimateKind();
    }

    /** How far a band's bar reaches: the top of its range, or its central estimate. */
    private static BigDecimal top(SalaryBand b) {
        return b.median() == null && b.mean() == null && b.hasRange() ? b.high() : b.centralEstimate();
    }

    private static String label(Sourced<SalaryBand> s) {
        return s.value().location() + ", " + s.provenance().source().publisher();
    }
}
