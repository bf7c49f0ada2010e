package dev.careerfit.report.internal;

import dev.careerfit.catalog.FactGroup;
import dev.careerfit.fact.Wording;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.report.Report;
import dev.careerfit.report.ReportSettings;
import dev.careerfit.report.page.Block;
import dev.careerfit.report.page.Block.Item;
import dev.careerfit.report.page.Block.Mark;
import dev.careerfit.report.page.Page;
import dev.careerfit.report.page.Span;
import dev.careerfit.report.page.Text;
import dev.careerfit.report.page.Tone;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A role's pay, place by place: each source's statistics in a table, a year and an hour, each saying what it is
 * (median, 90th percentile); where sources disagree every value and what chose one; then each figure's central
 * estimate compared on bars, like with like (one currency, one period), and the sources.
 */
final class SalaryPages {
    private final Report.Salary salary;
    private final Citations citations;
    private final FactBlocks facts;
    private final boolean details;
    /** Sections left out to keep the short view within its {@link Budget}. */
    private final Set<String> left;

    private SalaryPages(Report.Salary salary, ReportSettings settings, Set<String> left) {
        this.salary = salary;
        this.left = left;
        this.details = settings.details();
        this.citations = new Citations(null);
        this.facts = new FactBlocks(citations, null, settings.details());
        List<Provenance> all = new ArrayList<>();
        salary.shown().forEach(g -> g.values().forEach(v -> all.add(v.provenance())));
        citations.prepare(all);
        // The role's other values name the guides its figures were cited in.
        salary.role().allGroups().forEach(g -> g.values().forEach(v -> citations.learn(v.provenance())));
    }

    static Page page(Report.Salary salary, ReportSettings settings, Set<String> left) {
        return new SalaryPages(salary, settings, left).page();
    }

    private Page page() {
        List<Block> blocks = new ArrayList<>();
        for (FactGroup<SalaryBand> g : salary.shown()) {
            blocks.add(group(g));
        }
        if (!left.contains("compared")) {
            blocks.add(chart());
        }
        blocks.add(new Block.Section("sources", Text.of("Sources"), List.of(citations.sources(details))));
        Text subtitle = salary.request().payPeriod().map(p -> Text.of("Every figure " + per(p) + ": as the source "
                + "states it where it does, otherwise converted by careerfit at " + Wording.number(PayPeriod.HOURS_PER_YEAR)
                + " hours a year", Tone.MUTED)).orElse(null);
        return new Page(Text.of(salary.role().title() + ": pay"), subtitle, blocks);
    }

    private static String per(PayPeriod p) {
        return p == PayPeriod.HOURLY ? "an hour" : "a year";
    }

    /** One place: each value's statistics in a table, its source under it; and what chose one where they differ. */
    private Block group(FactGroup<SalaryBand> g) {
        SalaryBand first = g.value();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < g.values().size(); i++) {
            Sourced<SalaryBand> v = g.values().get(i);
            // The short view says where each value is from; its notes and conversion are in the details.
            String particulars = details ? citations.particulars(v.provenance()) : "";
            Text.Builder from = Text.builder().add(g.values().size() > 1 && i == 0 && g.disputed() ? "Shown: " : "",
                    Tone.STRONG).add("From ").add(citations.mark(v.provenance()));
            if (g.disputed() && g.agreesWithAll(v)) {
                from.add(" (agrees with every other value)", Tone.MUTED);
            }
            if (!particulars.isEmpty()) {
                from.add("; " + particulars, Tone.MUTED);
            }
            blocks.add(new Block.Paragraph(from.build(), false));
            blocks.add(table(v.value()));
        }
        if (g.disputed()) {
            blocks.add(new Block.Paragraph(Text.of(FactBlocks.disputeWords(g) + ".", Tone.WARN), false));
            if (facts != null && salary.role() != null) {
                blocks.add(new Block.Paragraph(Text.builder().add("careerfit shows the first: ")
                        .add(citations.mark(g.chosen().provenance())).add(".").build(), true));
            }
        }
        return new Block.Section("pay-" + first.location().key().replace('/', '-').toLowerCase(java.util.Locale.ROOT),
                Text.of("In " + FactBlocks.place(first.location()) + " (" + first.currency().getCurrencyCode() + ")"),
                blocks);
    }

    /** The statistics of a band: one row each, a column per period the source states. */
    private static Block table(SalaryBand b) {
        List<SalaryBand> periods = b.otherPeriod() == null ? List.of(b) : List.of(b, b.otherPeriod());
        List<Text> header = new ArrayList<>(List.of(Text.of("")));
        periods.forEach(p -> header.add(Text.of(per(p.period()))));
        Map<String, List<Text>> rows = new LinkedHashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            SalaryBand p = periods.get(i);
            put(rows, "median", i, periods.size(), p, SalaryBand.MEDIAN, p.median());
            put(rows, "mean", i, periods.size(), p, SalaryBand.MEAN, p.mean());
            for (Map.Entry<Integer, BigDecimal> e : p.percentiles().entrySet()) {
                put(rows, Words.ordinal(e.getKey()) + " percentile", i, periods.size(), p,
                        SalaryBand.percentile(e.getKey()), e.getValue());
            }
            if (p.hasRange()) {
                List<Text> row = rows.computeIfAbsent("range", k -> blank(periods.size()));
                row.set(i, Text.of(money(p, SalaryBand.LOW, p.low()) + " to " + money(p, SalaryBand.HIGH, p.high())));
            }
            for (String u : p.unavailable()) {
                List<Text> row = rows.computeIfAbsent(u.startsWith("p") ? Words.ordinal(Integer.parseInt(u.substring(1)))
                        + " percentile" : u, k -> blank(periods.size()));
                row.set(i, Text.of("not published", Tone.MUTED));
            }
        }
        List<List<Text>> table = new ArrayList<>();
        rows.forEach((name, cells) -> {
            List<Text> row = new ArrayList<>(List.of(Text.of(name)));
            row.addAll(cells);
            table.add(row);
        });
        return new Block.Table(header, table);
    }

    private static void put(Map<String, List<Text>> rows, String name, int column, int columns, SalaryBand b,
                            String statistic, BigDecimal amount) {
        if (amount != null) {
            rows.computeIfAbsent(name, k -> blank(columns)).set(column, Text.of(money(b, statistic, amount)));
        }
    }

    private static List<Text> blank(int n) {
        List<Text> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cells.add(Text.of(""));
        }
        return cells;
    }

    private static String money(SalaryBand b, String statistic, BigDecimal amount) {
        return Wording.money(amount, b.currency(), b.period()) + (b.isTopCoded(statistic) ? " or more" : "");
    }

    /** Each value's central estimate as a bar, per currency and period, so that bars compare like with like. */
    private Block chart() {
        Map<String, List<Sourced<SalaryBand>>> byUnit = new LinkedHashMap<>();
        for (FactGroup<SalaryBand> g : salary.shown()) {
            for (Sourced<SalaryBand> v : g.values()) {
                byUnit.computeIfAbsent(v.value().currency().getCurrencyCode() + " " + v.value().period(),
                        k -> new ArrayList<>()).add(v);
            }
        }
        List<Block> charts = new ArrayList<>();
        byUnit.forEach((unit, values) -> {
            double max = values.stream().mapToDouble(s -> top(s.value()).doubleValue()).max().orElse(1);
            List<Block.Bar> bars = new ArrayList<>();
            for (Sourced<SalaryBand> s : values) {
                SalaryBand b = s.value();
                boolean range = b.median() == null && b.mean() == null && b.hasRange();
                double from = range && max > 0 ? b.low().doubleValue() / max : 0;
                double to = max > 0 ? top(b).doubleValue() / max : 0;
                Text value = Text.builder().add(range ? Wording.money(b.low(), b.currency(), b.period()) + " to "
                        + Wording.money(b.high(), b.currency(), b.period()) + " range"
                        : Wording.money(b.centralEstimate(), b.currency(), b.period())
                        + (b.centralEstimateTopCoded() ? " or more" : "") + " " + b.centralEstimateKind())
                        .add(s.provenance().conversion() != null ? " (converted by careerfit)" : "", Tone.MUTED).build();
                bars.add(new Block.Bar(Text.builder().add(FactBlocks.place(b.location()) + " ")
                        .add(Span.reference(citations.number(s.provenance()))).build(), from, to, Double.NaN, value));
            }
            SalaryBand any = values.get(0).value();
            charts.add(new Block.Bars(Text.of("In " + any.currency().getCurrencyCode() + ", " + per(any.period())
                    ), bars));
        });
        return new Block.Section("compared", Text.of("Each figure compared"), charts);
    }

    /** How far a band's bar reaches: the top of its range, or its central estimate. */
    private static BigDecimal top(SalaryBand b) {
        return b.median() == null && b.mean() == null && b.hasRange() ? b.high() : b.centralEstimate();
    }

}
