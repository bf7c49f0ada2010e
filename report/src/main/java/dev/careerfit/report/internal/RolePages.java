package dev.careerfit.report.internal;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.Conflict;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.catalog.LinkedFigure;
import dev.careerfit.catalog.RoleLink;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.education.EntryRequirement;
import dev.careerfit.education.JobZone;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.Framing;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.fact.Wording;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.OutlookMeasure;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Origin;
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
import dev.careerfit.role.DataGap;
import dev.careerfit.role.InterestArea;
import dev.careerfit.role.InterestProfile;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RelatedRole;
import dev.careerfit.role.SkillRequirement;
import dev.careerfit.role.Task;
import dev.careerfit.role.TaskKind;
import dev.careerfit.role.Tool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A role's page, a summary first: what the work is, pay, outlook, the way in and interests, each figure saying what it
 * is and citing its source; then, short, what the work is like, its main tasks, skills and tools, where sources
 * disagree, the occupations it is linked to and related ones. The details give every fact under its heading, every
 * value of a disagreement and what chose one, and where in a release each figure sits.
 */
final class RolePages {
    /** Items a section lists in the short view. */
    private static final int SHORT = 3;
    /** Names a one-line list gives in the short view (tools, other titles, related roles). */
    private static final int NAMES = 8;
    /** The kinds of fact shown beside a role's own for each occupation it is linked to. */
    static final List<FactKind<?>> LINKED_KINDS = List.of(FactKinds.SALARY, FactKinds.OUTLOOK, FactKinds.EDUCATION,
            FactKinds.ATTAINMENT, FactKinds.JOB_ZONE);
    /** Kinds whose facts are O*NET's ratings: many and alike, listed in the details only. */
    private static final Set<FactKind<?>> RATINGS = Set.of(FactKinds.SKILL_RATING, FactKinds.KNOWLEDGE_RATING,
            FactKinds.WORK_STYLE_RATING, FactKinds.EDUCATION_DISTRIBUTION, FactKinds.PREPARATION, FactKinds.ATTAINMENT,
            FactKinds.REPORTED_TITLE, FactKinds.DATA_GAP);

    private final CareerRole role;
    private final CareerCatalog catalog;
    private final boolean details;
    private final boolean inApp;
    private final Citations citations;
    private final FactBlocks facts;
    /** Sections left out to keep the short view within its {@link Budget}. */
    private final Set<String> left;

    private RolePages(Report.Role report, ReportSettings settings, Set<String> left) {
        this.left = left;
        this.role = report.role();
        this.catalog = report.catalog();
        this.details = settings.details();
        this.inApp = !settings.standalone();
        this.citations = new Citations(catalog);
        this.facts = new FactBlocks(citations, catalog.conflictPolicy(), details);
        List<Provenance> all = new ArrayList<>();
        role.allGroups().forEach(g -> g.values().forEach(v -> all.add(v.provenance())));
        citations.prepare(all);
    }

    static Page page(Report.Role report, ReportSettings settings, Set<String> left) {
        return new RolePages(report, settings, left).page();
    }

    private Page page() {
        List<Block> blocks = new ArrayList<>();
        if (role.summary() != null) {
            blocks.add(new Block.Section("what", Text.of("What they do"), List.of(new Block.Paragraph(
                    Text.of(role.summary()), false))));
        }
        List<Block.Field> glance = glance();
        if (!glance.isEmpty()) {
            blocks.add(new Block.Section("glance", Text.of("At a glance"), List.of(new Block.Fields(glance))));
        }
        if (inApp && !role.groups(FactKinds.SALARY).isEmpty()) {
            // In the web app the pay page is a link away; text and whole pages name the command instead.
            blocks.add(new Block.Paragraph(Text.of(Span.link("Pay, place by place", "/roles/" + role.id().value()
                    + "/salary")), false));
        }
        if (details) {
            everyKind(blocks);
        } else {
            shortView(blocks);
        }
        if (!left.contains("related")) {
            related().ifPresent(blocks::add);
        }
        if (!left.contains("links")) {
            links().ifPresent(blocks::add);
        }
        if (!left.contains("differences")) {
            differences().ifPresent(blocks::add);
        }
        if (!details && !inApp) {
            more().ifPresent(blocks::add);
        }
        if (!citations.isEmpty()) {
            blocks.add(new Block.Section("sources", Text.of("Sources"), List.of(citations.sources(details))));
        }
        return new Page(Text.of(role.title()), subtitle(), blocks);
    }

    /** Its codes and other titles: "O*NET-SOC 15-2051.00; also called Data Analyst, Data Engineer and 31 more". */
    private Text subtitle() {
        List<String> parts = new ArrayList<>();
        List<OccupationCode> codes = details ? role.codes() : role.codes().stream().limit(1).toList();
        if (!codes.isEmpty()) {
            parts.add(String.join(", ", codes.stream().map(OccupationCode::toString).toList()));
        } else {
            parts.add("careerfit id " + role.id().value());
        }
        List<String> titles = role.alternateTitles();
        if (!titles.isEmpty()) {
            int shown = details ? titles.size() : Math.min(titles.size(), 4);
            parts.add("also called " + String.join(", ", titles.subList(0, shown))
                    + (titles.size() > shown ? " and " + (titles.size() - shown) + " more" : ""));
        }
        return Text.of(String.join("; ", parts), Tone.MUTED);
    }

    /** What a person reads in one screen: pay, outlook, the way in, interests. */
    private List<Block.Field> glance() {
        List<Block.Field> fields = new ArrayList<>();
        pay().ifPresent(t -> fields.add(new Block.Field("Pay", t)));
        outlook().ifPresent(t -> fields.add(new Block.Field("Outlook", t)));
        wayIn().ifPresent(t -> fields.add(new Block.Field("Way in", t)));
        interests().ifPresent(t -> fields.add(new Block.Field("Interests", t)));
        return fields;
    }

    /** "median pay $112,590 a year in the U.S., May 2024 [1]; the middle half earn $82,630 to $155,810". */
    private Optional<Text> pay() {
        List<FactGroup<SalaryBand>> groups = role.groups(FactKinds.SALARY);
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        FactGroup<SalaryBand> g = groups.stream().filter(x -> x.value().location().country().equals("US")
                && x.value().location().region() == null && x.value().location().city() == null).findFirst()
                .orElse(groups.get(0));
        SalaryBand b = annual(g.value());
        Provenance p = g.chosen().provenance();
        Text.Builder t = Text.builder().add(payFigure(b) + when(p) + " ").add(citations.mark(p));
        if (b.percentiles().containsKey(25) && b.percentiles().containsKey(75)) {
            t.add("; the middle half earn " + money(b, b.percentiles().get(25)) + " to "
                    + money(b, b.percentiles().get(75)));
        }
        if (g.disputed()) {
            t.add("; " + FactBlocks.disputeWords(g), Tone.WARN);
        }
        if (groups.size() > 1 && !inApp) {
            t.add("; figures for " + Words.count(groups.size() - 1, "other place", "other places")
                    + ": careerfit salary " + role.id().value(), Tone.MUTED);
        }
        return Optional.of(t.build());
    }

    /** The band a year where its source states that too: a year's pay is what people compare. */
    private static SalaryBand annual(SalaryBand b) {
        return b.period() != dev.careerfit.market.PayPeriod.ANNUAL && b.otherPeriod() != null ? b.otherPeriod() : b;
    }

    /** "median pay $112,590 a year in the U.S.": the central figure, saying what it is, or the range. */
    private static String payFigure(SalaryBand b) {
        String figure = b.median() == null && b.mean() == null && b.hasRange()
                ? "pay from " + money(b, b.low()) + " to " + money(b, b.high())
                : b.centralEstimateKind() + " pay " + money(b, b.centralEstimate())
                + (b.centralEstimateTopCoded() ? " or more" : "");
        return figure + " " + per(b) + " in " + FactBlocks.place(b.location());
    }

    private static String money(SalaryBand b, java.math.BigDecimal amount) {
        return Wording.money(amount, b.currency(), b.period());
    }

    private static String per(SalaryBand b) {
        return b.period() == dev.careerfit.market.PayPeriod.HOURLY ? "an hour" : "a year";
    }

    /** When a figure is for: its release ("May 2024"), else its years. */
    private static String when(Provenance p) {
        if (p.source().release() != null && p.citedIn() == null) {
            return ", " + p.source().release();
        }
        return p.referencePeriod() == null ? "" : ", " + Words.period(p.referencePeriod());
    }

    /** "jobs +33.5% from 2024 to 2034; 23,400 openings a year on average [2]". */
    private Optional<Text> outlook() {
        List<FactGroup<OutlookFigure>> groups = role.groups(FactKinds.OUTLOOK);
        List<Text> parts = new ArrayList<>();
        for (OutlookMeasure m : List.of(OutlookMeasure.EMPLOYMENT_GROWTH_PERCENT, OutlookMeasure.OPENINGS_PER_YEAR,
                OutlookMeasure.OPENINGS_CHANGE_PERCENT)) {
            groups.stream().filter(g -> g.value().measure() == m).findFirst().ifPresent(g -> parts.add(Text.builder()
                    .add(g.text() + " ").add(citations.mark(g.chosen().provenance())).build()));
        }
        if (parts.isEmpty() && !groups.isEmpty()) {
            FactGroup<OutlookFigure> g = groups.get(0);
            parts.add(Text.builder().add(FactBlocks.line(g) + " ").add(citations.mark(g.chosen().provenance())).build());
        }
        return join(parts);
    }

    /** "typically a bachelor's degree [2]; no related work experience; job zone 4 of 5 ...". */
    private Optional<Text> wayIn() {
        List<Text> parts = new ArrayList<>();
        role.groups(FactKinds.EDUCATION).stream().filter(g -> g.value().expectation().describesEntry()).findFirst()
                .ifPresent(g -> parts.add(Text.builder().add(education(g.value()) + " ")
                        .add(citations.mark(g.chosen().provenance())).add(g.disputed() ? "; "
                                + FactBlocks.disputeWords(g) : "", Tone.WARN).build()));
        for (FactGroup<EntryRequirement> g : role.groups(FactKinds.ENTRY_REQUIREMENT)) {
            parts.add(Text.builder().add(g.value().aspect().label() + ": " + Words.uncapitalised(
                    g.value().requirement()) + " ").add(citations.mark(g.chosen().provenance())).build());
        }
        for (FactGroup<JobZone> g : role.groups(FactKinds.JOB_ZONE)) {
            parts.add(Text.builder().add("job zone " + g.value().value() + " of 5, " + g.value().label() + " ")
                    .add(citations.mark(g.chosen().provenance())).build());
        }
        return join(parts);
    }

    private static String education(EducationRequirement e) {
        String level = e.label() != null ? Words.uncapitalised(e.label())
                : Words.and(e.levels().stream().map(l -> l.label()).toList()).replace(" and ", " or ");
        return Wording.lower(e.expectation()) + ": " + level + (e.fields().isEmpty() ? ""
                : " in " + Words.and(e.fields()));
    }

    /** "investigative and conventional, as O*NET rates the work [3]". */
    private Optional<Text> interests() {
        return role.groups(FactKinds.INTERESTS).stream().findFirst().map(g -> {
            InterestProfile p = g.value();
            List<InterestArea> high = p.highPoints().isEmpty() ? p.ratings().entrySet().stream()
                    .sorted((a, b) -> Double.compare(b.getValue().value(), a.getValue().value())).limit(2)
                    .map(java.util.Map.Entry::getKey).toList() : p.highPoints();
            return Text.builder().add("mostly " + Words.and(high.stream().map(Wording::lower).toList()) + " work ")
                    .add(citations.mark(g.chosen().provenance())).build();
        });
    }

    private static Optional<Text> join(List<Text> parts) {
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Text.Builder t = Text.builder();
        for (int i = 0; i < parts.size(); i++) {
            t.add(i == 0 ? "" : "; ").add(parts.get(i));
        }
        return Optional.of(t.build());
    }

    /** The short view after the summary: a few items of the sections a person looks at first. */
    private void shortView(List<Block> blocks) {
        if (!left.contains("factors")) {
            factors().ifPresent(blocks::add);
        }
        List<FactGroup<Task>> tasks = role.groups(FactKinds.TASK);
        if (!tasks.isEmpty() && !left.contains("tasks")) {
            List<FactGroup<Task>> core = tasks.stream().filter(g -> g.value().kind() != TaskKind.SUPPLEMENTAL).toList();
            blocks.add(section("tasks", "Main tasks", (core.isEmpty() ? tasks : core).stream().limit(SHORT)
                    .map(g -> new Item(Mark.POINT, Text.builder().add(g.value().statement() + " ")
                            .add(citations.mark(g.chosen().provenance())).build())).toList(), tasks.size()));
        }
        List<FactGroup<SkillRequirement>> skills = role.groups(FactKinds.SKILL);
        if (!skills.isEmpty() && !left.contains("skills")) {
            // Names and levels on a line or two; each skill's notes and every source's value: --details.
            List<FactGroup<SkillRequirement>> first = skills.stream().limit(NAMES).toList();
            Text.Builder t = Text.builder().add(String.join(", ", first.stream().map(g -> g.value().skill().name()
                    + " (" + Wording.lower(g.value().proficiency()) + ")").toList())
                    + (skills.size() > first.size() ? " and " + (skills.size() - first.size()) + " more" : "") + " ")
                    .add(citations.marks(first.stream().map(g -> g.chosen().provenance()).toList()));
            blocks.add(new Block.Section("skills", Text.of("Skills the sources name"),
                    List.of(new Block.Paragraph(t.build(), false))));
        }
        List<FactGroup<Tool>> tools = role.groups(FactKinds.TOOL);
        if (!tools.isEmpty() && !left.contains("tools")) {
            List<FactGroup<Tool>> first = tools.stream().sorted(Comparator.comparing((FactGroup<Tool> g)
                    -> !g.value().inDemand()).thenComparing(g -> !g.value().isHotTechnology())).limit(NAMES).toList();
            Text.Builder t = Text.builder().add(String.join(", ", first.stream().map(g -> g.value().name()).toList())
                    + (tools.size() > first.size() ? " and " + (tools.size() - first.size()) + " more" : "") + " ")
                    .add(citations.marks(first.stream().map(g -> g.chosen().provenance()).toList()));
            blocks.add(new Block.Section("tools", Text.of("Tools and technology"),
                    List.of(new Block.Paragraph(t.build(), false))));
        }
        if (!left.contains("disputes")) {
            disputes().ifPresent(blocks::add);
        }
    }

    /** Pros and cons the sources name, and how much of each the work has. */
    private Optional<Block> factors() {
        List<FactGroup<FactorExposure>> groups = role.groups(FactKinds.FACTOR);
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        List<Item> items = new ArrayList<>();
        for (Framing framing : List.of(Framing.PRO, Framing.CON)) {
            List<FactGroup<FactorExposure>> named = groups.stream().filter(g -> g.value().framing() == framing).toList();
            if (!named.isEmpty()) {
                Text.Builder t = Text.builder().add((framing == Framing.PRO ? "Pros: " : "Cons: ") + Words.and(named
                        .stream().map(g -> factorName(g.value()).toLowerCase(Locale.ROOT)).toList()) + " ")
                        .add(citations.marks(named.stream().map(g -> g.chosen().provenance()).toList()));
                items.add(new Item(framing == Framing.PRO ? Mark.PRO : Mark.CON, t.build()));
            }
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block.Section("factors", Text.of("What the work is like"),
                List.of(new Block.Items(items, false))));
    }

    private static String factorName(FactorExposure f) {
        return WorkFactors.standard(f.factor()).map(WorkFactor::name).orElse(f.factor().value());
    }

    /** Where the role's own sources disagree: each group in a line, with what chose the value shown. */
    private Optional<Block> disputes() {
        List<FactGroup<?>> disputed = role.allGroups().stream().filter(FactGroup::disputed).toList();
        if (disputed.isEmpty()) {
            return Optional.empty();
        }
        List<Item> items = disputed.stream().limit(SHORT).map(g -> new Item(Mark.POINT, Text.builder()
                .add(Words.capitalised(g.subject()) + ": " + FactBlocks.disputeWords(g) + "; shown: ")
                .add(citations.mark(g.chosen().provenance())).build())).toList();
        return Optional.of(section("disputes", "Where its sources disagree", items, disputed.size()));
    }

    /** Every kind of fact the role has, in {@link FactKinds#all()} order, with what a source says it does not publish. */
    private void everyKind(List<Block> blocks) {
        List<FactGroup<DataGap>> gaps = role.groups(FactKinds.DATA_GAP);
        for (FactKind<?> kind : FactKinds.all()) {
            if (kind == FactKinds.DATA_GAP) {
                continue;
            }
            List<Item> items = new ArrayList<>();
            for (FactGroup<DataGap> gap : gaps) {
                if (gap.value().kind() == kind) {
                    items.add(new Item(Mark.POINT, Text.builder().add(gap.value().statement() + " ", Tone.MUTED)
                            .add(citations.mark(gap.chosen().provenance())).build()));
                }
            }
            role.groups(kind).forEach(g -> items.add(facts.item(g)));
            if (!items.isEmpty()) {
                blocks.add(new Block.Section(kind.id(), Text.of(kind.heading()), List.of(new Block.Items(items, false))));
            }
        }
        List<Item> other = gaps.stream().filter(g -> g.value().kind() == FactKinds.DATA_GAP).map(facts::item).toList();
        if (!other.isEmpty()) {
            blocks.add(new Block.Section("not-published", Text.of(FactKinds.DATA_GAP.heading()),
                    List.of(new Block.Items(other, false))));
        }
    }

    /** What the short view left out, by heading and count: what --details adds. */
    private Optional<Block> more() {
        List<String> left = new ArrayList<>();
        for (FactKind<?> kind : FactKinds.all()) {
            int n = role.groups(kind).size();
            boolean shown = kind == FactKinds.TASK || kind == FactKinds.SKILL || kind == FactKinds.FACTOR;
            int inShort = shown ? Math.min(n, SHORT) : 0;
            if (n > inShort && kind != FactKinds.DATA_GAP && kind != FactKinds.TOOL) {
                left.add(Words.uncapitalised(kind.heading()) + " (" + n + ")");
            }
        }
        if (left.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block.Paragraph(Text.of("--details adds " + Words.count(left.size(), "heading",
                "headings") + " (" + String.join(", ", left.stream().limit(4).toList()) + (left.size() > 4 ? "..." : "")
                + "), every source's figures and every value where sources disagree.", Tone.MUTED), true));
    }

    private Block section(String id, String title, List<Item> items, int total) {
        List<Block> blocks = new ArrayList<>(List.of(new Block.Items(items, false)));
        if (total > items.size()) {
            blocks.add(new Block.Paragraph(Text.of("and " + (total - items.size()) + " more (--details)", Tone.MUTED),
                    true));
        }
        return new Block.Section(id, Text.of(title), blocks);
    }

    /** Related occupations by title, in O*NET's order. */
    private Optional<Block> related() {
        List<RelatedRole> related = role.relatedRoles();
        if (related.isEmpty()) {
            return Optional.empty();
        }
        int shown = details ? related.size() : Math.min(related.size(), 5);
        Text.Builder t = Text.builder();
        for (int i = 0; i < shown; i++) {
            RelatedRole r = related.get(i);
            String title = catalog.summary(r.role()).map(s -> s.title()).orElse(r.role().value());
            t.add(i == 0 ? "" : ", ").add(Span.link(title, "/roles/" + r.role().value()))
                    .add(" " + r.role().value(), Tone.MUTED);
        }
        if (related.size() > shown) {
            t.add(" and " + (related.size() - shown) + " more (--details)", Tone.MUTED);
        }
        return Optional.of(new Block.Section("related", Text.of("Related occupations"),
                List.of(new Block.Paragraph(t.build(), false))));
    }

    /** The occupations the role is linked to (or the roles linked to this occupation), and why. */
    private Optional<Block> links() {
        if (role.links().isEmpty()) {
            return Optional.empty();
        }
        boolean national = !role.isOccupation();
        Text heading = Text.of(national ? "Occupations it is linked to" : "Roles linked to this occupation");
        if (!details) {
            // Titles on a line: their figures are under the differences, and every one with --details.
            Text.Builder t = Text.builder();
            for (RoleLink link : role.links()) {
                t.add(t.isEmpty() ? "" : ", ").add(Span.link(link.title(), "/roles/" + link.role().value()))
                        .add(" " + link.role().value(), Tone.MUTED);
            }
            return Optional.of(new Block.Section("links", heading, List.of(new Block.Paragraph(t.build(), false))));
        }
        List<Item> items = new ArrayList<>();
        for (RoleLink link : role.links()) {
            List<Block> under = new ArrayList<>();
            if (details) {
                under.add(new Block.Paragraph(Text.builder().add("why: " + link.evidence() + " ", Tone.MUTED)
                        .add(citations.mark(link.provenance())).build(), true));
            }
            if (national) {
                CareerRole occupation = catalog.requireRole(link.role().value());
                List<Item> figures = new ArrayList<>();
                for (FactKind<?> kind : LINKED_KINDS) {
                    for (FactGroup<?> g : occupation.groups(kind)) {
                        figures.add(new Item(Mark.POINT, Text.builder().add(FactBlocks.line(g) + whose(g) + " ")
                                .add(citations.mark(g.chosen().provenance())).build()));
                    }
                }
                if (!figures.isEmpty()) {
                    under.add(new Block.Items(figures, false));
                }
            }
            items.add(new Item(Mark.POINT, Text.of(Span.link(link.title(), "/roles/" + link.role().value()),
                    Span.of(" " + link.role().value(), Tone.MUTED)), under));
        }
        return Optional.of(new Block.Section("links", heading, List.of(new Block.Items(items, false))));
    }

    /**
     * Whose figures an occupation's are when its publisher published them for another code: ", figures of SOC
     * 15-1299 Computer Occupations, All Other"; empty when they are the occupation's own.
     */
    private static String whose(FactGroup<?> g) {
        Origin o = g.chosen().provenance().origin();
        return o == null || o.appliedFromTitle() == null ? "" : " (figures of " + o.appliedFrom() + ", "
                + o.appliedFromTitle() + ")";
    }

    /** Where the role's own figures differ from its linked occupations': side by side, not merged. */
    private Optional<Block> differences() {
        List<Conflict> differing = role.conflicts().stream().filter(Conflict::withLinkedOccupations).toList();
        if (differing.isEmpty()) {
            return Optional.empty();
        }
        List<Item> items = new ArrayList<>();
        for (Conflict c : differing.stream().limit(details ? Integer.MAX_VALUE : SHORT).toList()) {
            List<Item> linked = new ArrayList<>();
            for (LinkedFigure f : c.linked()) {
                if (f.group() != null && (details || f.disagrees())) {
                    linked.add(new Item(Mark.POINT, Text.builder().add(f.title() + whose(f.group()) + ": "
                            + brief(f.group()) + " ").add(citations.mark(f.group().chosen().provenance()))
                            .add(f.disagrees() ? "" : " (agrees)", Tone.MUTED).build()));
                }
                if (details) {
                    for (FactGroup<?> context : f.context()) {
                        linked.add(new Item(Mark.POINT, Text.builder().add(f.title() + ", " + FactBlocks.line(context)
                                + " ", Tone.MUTED).add(citations.mark(context.chosen().provenance())).build()));
                    }
                }
            }
            items.add(new Item(Mark.POINT, Text.builder().add(Words.capitalised(c.subject()) + ", this role: "
                    + brief(c.group()) + " ").add(citations.mark(c.chosen().provenance()))
                    .add(" (differs on " + String.join(" and ", c.differences()) + ")", Tone.WARN).build(),
                    List.of(new Block.Items(linked, false))));
        }
        List<Block> blocks = new ArrayList<>(List.of(new Block.Items(items, false)));
        if (differing.size() > items.size()) {
            blocks.add(new Block.Paragraph(Text.of("and " + (differing.size() - items.size()) + " more (--details)",
                    Tone.MUTED), true));
        }
        if (details) {
            blocks.add(new Block.Paragraph(Text.of("The role's own figures stand for the role; the linked occupations' "
                    + "are national figures for occupations whose titles include it or whose code it carries, shown "
                    + "beside them, not merged.", Tone.MUTED), true));
        }
        return Optional.of(new Block.Section("differences", Text.of("Where its figures differ from the linked "
                + "occupations'"), blocks));
    }

    /** A group's value in a phrase: pay by its central figure a year in the short view, every figure in the details. */
    private String brief(FactGroup<?> g) {
        if (!details && g.value() instanceof SalaryBand b) {
            SalaryBand a = annual(b);
            return a.median() == null && a.mean() == null && a.hasRange() ? money(a, a.low()) + " to "
                    + money(a, a.high()) + " " + per(a) : a.centralEstimateKind() + " " + money(a, a.centralEstimate())
                    + " " + per(a);
        }
        return g.text();
    }

    static <T> Sourced<T> chosen(FactGroup<T> g) {
        return g.chosen();
    }
}
