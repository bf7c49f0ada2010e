package dev.careerfit.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.Conflict;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.catalog.LinkedFigure;
import dev.careerfit.catalog.ProviderFailure;
import dev.careerfit.catalog.ProviderInfo;
import dev.careerfit.catalog.RoleLink;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.fact.FactKind;
import dev.careerfit.json.CareerfitJson;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.MadeBy;
import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.provenance.StatisticQuality;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.report.Report;
import dev.careerfit.report.ReportFormat;
import dev.careerfit.report.ReportSettings;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RelatedRole;
import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ImportReport;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versioned JSON of every report, for programs (docs/formats.md, a JSON Schema each in docs/schemas): a fit result
 * as the quiz engine's {@code careerfit-fit-report} or {@code careerfit-ranking}; the catalog's pages as
 * {@value #ROLES}, {@value #ROLE}, {@value #SALARY} and {@value #SOURCES}. Numbers are JSON numbers and every value
 * carries its provenance; each source is written once, under {@code sources}, and values refer to it by id. The
 * catalog's documents are written as a stream, value by value, never built whole in memory: a role's page of 650
 * facts is written in a heap of a few megabytes.
 */
@Api(Api.Status.INTERNAL)
public final class JsonFormat implements ReportFormat {
    public static final String ROLES = "careerfit-roles/1";
    public static final String ROLE = "careerfit-role/3";
    public static final String SALARY = "careerfit-salary/3";
    public static final String SOURCES = "careerfit-sources/3";

    /**
     * The mapper, made when a JSON page is first written: every command lists the formats, and making a mapper loads
     * and sets up Jackson's databind and the JDK's calendar and locale data, a third of a text page's start-up
     * (docs/performance.md).
     */
    private static final class Mapper {
        static final ObjectMapper MAPPER = CareerfitJson.objectMapper().copy()
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String description() {
        return "versioned JSON for programs (docs/formats.md), every value with its provenance";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(Report report, ReportSettings settings, Appendable out) throws IOException {
        if (report instanceof Report.FitResults r) {
            out.append(QuizJson.toJson(r.asked() != null ? r.asked() : r.ranking())).append('\n');
            return;
        }
        if (report instanceof Report.Questions q) {
            out.append(QuizJson.toJson(q.bank().listing())).append('\n');
            return;
        }
        if (report instanceof Report.QuestionCard) {
            throw new CareerfitException("a quiz's question has no JSON of its own; the bank's is: careerfit questions "
                    + "--json");
        }
        Writer writer = out instanceof Writer w ? w : new AppendableWriter(out);
        try (JsonGenerator g = Mapper.MAPPER.getFactory().createGenerator(writer)) {
            g.useDefaultPrettyPrinter();
            new Document(g).write(report);
        }
        writer.write('\n');
        writer.flush();
    }

    /** One document being written: the sources its values refer to are gathered and written last, each once. */
    private static final class Document {
        private final JsonGenerator g;
        private final Map<SourceId, Source> sources = new LinkedHashMap<>();

        Document(JsonGenerator g) {
            this.g = g;
        }

        void write(Report report) throws IOException {
            g.writeStartObject();
            if (report instanceof Report.Roles r) {
                roles(r);
            } else if (report instanceof Report.Role r) {
                role(r.role(), r.catalog());
            } else if (report instanceof Report.Salary s) {
                salary(s);
            } else if (report instanceof Report.Sources s) {
                sources(s.catalog());
            } else {
                throw new IllegalArgumentException("no JSON for " + report.getClass().getName());
            }
            if (!(report instanceof Report.Roles)) {
                g.writeArrayFieldStart("sources");
                for (Source s : sources.values()) {
                    source(s);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }

        private void roles(Report.Roles r) throws IOException {
            g.writeStringField("format", ROLES);
            if (r.search() != null) {
                g.writeStringField("search", r.search());
            }
            g.writeNumberField("matched", r.matched());
            g.writeNumberField("providers", r.catalog().providers().size());
            g.writeArrayFieldStart("roles");
            for (RoleSummary s : r.shown()) {
                g.writeStartObject();
                g.writeStringField("id", s.id().value());
                g.writeStringField("title", s.title());
                codes(s.codes());
                strings("providers", s.providers());
                strings("kinds", s.kinds().stream().sorted(Comparator.comparingInt(FactKind::ordinal))
                        .map(FactKind::id).toList());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void role(CareerRole r, CareerCatalog catalog) throws IOException {
            g.writeStringField("format", ROLE);
            g.writeStringField("id", r.id().value());
            g.writeStringField("title", r.title());
            optional("summary", r.summary());
            strings("alternateTitles", r.alternateTitles());
            codes(r.codes());
            strings("providers", r.providers());
            groups("facts", r.allGroups());
            g.writeArrayFieldStart("relatedRoles");
            for (RelatedRole rel : r.relatedRoles()) {
                g.writeStartObject();
                g.writeStringField("role", rel.role().value());
                var summary = catalog.summary(rel.role());
                if (summary.isPresent()) {
                    g.writeStringField("title", summary.get().title());
                }
                optional("relation", rel.relation());
                optional("tier", rel.tier());
                if (rel.rank() != null) {
                    g.writeNumberField("rank", rel.rank());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            boolean national = !r.isOccupation();
            g.writeArrayFieldStart("links");
            for (RoleLink link : r.links()) {
                g.writeStartObject();
                g.writeStringField("role", link.role().value());
                g.writeStringField("title", link.title());
                g.writeStringField("evidence", link.evidence());
                g.writeFieldName("provenance");
                provenance(link.provenance());
                if (national) {
                    CareerRole occupation = catalog.requireRole(link.role().value());
                    groups("facts", RolePages.LINKED_KINDS.stream().flatMap(k -> occupation.groups(k).stream())
                            .toList());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("differencesWithLinked");
            for (Conflict c : r.conflicts()) {
                if (!c.withLinkedOccupations()) {
                    continue;
                }
                g.writeStartObject();
                g.writeFieldName("group");
                group(c.group());
                g.writeArrayFieldStart("linked");
                for (LinkedFigure f : c.linked()) {
                    g.writeStartObject();
                    g.writeStringField("role", f.role().value());
                    g.writeStringField("title", f.title());
                    g.writeBooleanField("disagrees", f.disagrees());
                    strings("differences", f.differences());
                    if (f.group() != null) {
                        g.writeFieldName("group");
                        group(f.group());
                    }
                    groups("context", f.context());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            policy(catalog);
        }

        private void salary(Report.Salary s) throws IOException {
            g.writeStringField("format", SALARY);
            g.writeStringField("role", s.role().id().value());
            g.writeStringField("title", s.role().title());
            optional("location", s.request().location());
            if (s.request().period() != null) {
                g.writeStringField("period", s.request().period().name());
                g.writeNumberField("hoursPerYear", dev.careerfit.market.PayPeriod.HOURS_PER_YEAR);
            }
            g.writeArrayFieldStart("salaries");
            for (int n = 0; n < s.shown().size(); n++) {
                FactGroup<SalaryBand> shown = s.shown().get(n);
                FactGroup<SalaryBand> stated = s.stated().get(n);
                groupStart(shown);
                g.writeArrayFieldStart("values");
                for (int i = 0; i < shown.values().size(); i++) {
                    Sourced<SalaryBand> value = shown.values().get(i);
                    valueStart(shown.kind(), value, i == 0);
                    SalaryBand b = value.value();
                    boolean converted = value.provenance().conversion() != null;
                    // The chart's figure: a range's midpoint is careerfit's arithmetic, never the source's figure.
                    g.writeObjectFieldStart("centralEstimate");
                    g.writeStringField("statistic", b.centralEstimateKind());
                    g.writeNumberField("amount", b.centralEstimate());
                    g.writeBooleanField("topCoded", b.centralEstimateTopCoded());
                    g.writeStringField("madeBy", b.centralEstimateKind().equals("midpoint of range")
                            ? "careerfit-midpoint" : converted ? MadeBy.CAREERFIT_CONVERSION.id() : MadeBy.PUBLISHER.id());
                    g.writeEndObject();
                    if (s.request().period() != null) {
                        g.writeBooleanField("convertedAtHoursPerYear",
                                !stated.values().get(i).value().statedPer(s.request().period()));
                    }
                    g.writeFieldName("provenance");
                    provenance(value.provenance());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void sources(CareerCatalog catalog) throws IOException {
            g.writeStringField("format", SOURCES);
            g.writeArrayFieldStart("providers");
            for (ProviderInfo p : catalog.providers()) {
                g.writeStartObject();
                g.writeStringField("id", p.id());
                g.writeStringField("name", p.name());
                optional("description", p.description());
                g.writeNumberField("priority", p.priority());
                g.writeStringField("origin", p.origin());
                g.writeNumberField("roleCount", p.roleCount());
                g.writeArrayFieldStart("sources");
                for (Source s : p.sources()) {
                    g.writeString(cite(s));
                }
                g.writeEndArray();
                if (!p.report().isEmpty()) {
                    release(p.report());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("failures");
            for (ProviderFailure f : catalog.failures()) {
                g.writeStartObject();
                g.writeStringField("provider", f.provider());
                g.writeStringField("origin", f.origin());
                g.writeStringField("stage", f.stage().name());
                g.writeStringField("message", f.describe());
                g.writeFieldName("problems");
                Mapper.MAPPER.writeValue(g, f.problems());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings("warnings", catalog.warnings());
            g.writeArrayFieldStart("disagreements");
            for (Conflict c : catalog.conflicts()) {
                g.writeStartObject();
                g.writeStringField("role", c.role().value());
                g.writeStringField("text", c.describe());
                g.writeBooleanField("withLinkedOccupations", c.withLinkedOccupations());
                g.writeFieldName("group");
                group(c.group());
                g.writeEndObject();
            }
            g.writeEndArray();
            policy(catalog);
        }

        private void release(ImportReport report) throws IOException {
            g.writeObjectFieldStart("release");
            g.writeStringField("release", report.release());
            g.writeNumberField("rowsRead", report.rowsRead());
            g.writeNumberField("rowsLoaded", report.rowsLoaded());
            g.writeArrayFieldStart("files");
            for (FileReport f : report.files()) {
                g.writeStartObject();
                g.writeStringField("file", f.file());
                optional("part", f.part());
                g.writeStringField("status", f.status().name());
                g.writeNumberField("rowsRead", f.rowsRead());
                g.writeNumberField("rowsLoaded", f.rowsLoaded());
                g.writeObjectFieldStart("skipped");
                for (Map.Entry<String, Long> e : f.skipped().entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                optional("note", f.note());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("problems");
            Mapper.MAPPER.writeValue(g, report.problems());
            g.writeEndObject();
        }

        private void policy(CareerCatalog catalog) throws IOException {
            g.writeObjectFieldStart("conflictPolicy");
            g.writeStringField("name", catalog.conflictPolicy().name());
            g.writeStringField("description", catalog.conflictPolicy().description());
            g.writeEndObject();
        }

        private void groups(String field, Collection<? extends FactGroup<?>> groups) throws IOException {
            g.writeArrayFieldStart(field);
            for (FactGroup<?> group : groups) {
                group(group);
            }
            g.writeEndArray();
        }

        /** A fact group: what it is about, whether its sources disagree, and every value, the chosen one first. */
        private void group(FactGroup<?> group) throws IOException {
            groupStart(group);
            g.writeArrayFieldStart("values");
            for (int i = 0; i < group.values().size(); i++) {
                value(group.kind(), group.values().get(i), i == 0);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void groupStart(FactGroup<?> group) throws IOException {
            g.writeStartObject();
            g.writeStringField("kind", group.kind().id());
            g.writeStringField("heading", group.kind().heading());
            g.writeStringField("topic", group.topic());
            g.writeStringField("subject", group.subject());
            g.writeStringField("text", group.text());
            g.writeBooleanField("disputed", group.disputed());
            strings("differences", group.differences());
            optional("resolution", group.resolution());
        }

        /**
         * One value: whether it was chosen, the value, its words, who made it ({@code madeBy}) and its provenance; for
         * a salary, also each of its figures with what qualifies it.
         */
        private void value(FactKind<?> kind, Sourced<?> s, boolean chosen) throws IOException {
            valueStart(kind, s, chosen);
            g.writeFieldName("provenance");
            provenance(s.provenance());
            g.writeEndObject();
        }

        private <T> void valueStart(FactKind<T> kind, Sourced<?> s, boolean chosen) throws IOException {
            T value = kind.cast(s.value());
            g.writeStartObject();
            g.writeBooleanField("chosen", chosen);
            g.writeFieldName("value");
            Mapper.MAPPER.writeValue(g, value);
            g.writeStringField("text", kind.text(value));
            g.writeStringField("madeBy", s.provenance().madeBy().id());
            if (value instanceof SalaryBand band) {
                figures(band, s.provenance());
            }
        }

        /**
         * Every statistic of a salary band, per period, each marked on itself: {@code topCoded} (the amount is the
         * publisher's limit: at least this much), {@code unavailable} (no amount), and who made the amount.
         */
        private void figures(SalaryBand band, Provenance p) throws IOException {
            String madeBy = p.conversion() != null ? MadeBy.CAREERFIT_CONVERSION.id() : MadeBy.PUBLISHER.id();
            g.writeArrayFieldStart("figures");
            for (SalaryBand b : band.otherPeriod() == null ? List.of(band) : List.of(band, band.otherPeriod())) {
                figure(b, SalaryBand.MEDIAN, b.median(), madeBy);
                figure(b, SalaryBand.MEAN, b.mean(), madeBy);
                figure(b, SalaryBand.LOW, b.low(), madeBy);
                figure(b, SalaryBand.HIGH, b.high(), madeBy);
                for (Map.Entry<Integer, BigDecimal> e : b.percentiles().entrySet()) {
                    figure(b, SalaryBand.percentile(e.getKey()), e.getValue(), madeBy);
                }
                for (String u : b.unavailable()) {
                    g.writeStartObject();
                    g.writeStringField("statistic", u);
                    g.writeStringField("period", b.period().name());
                    g.writeBooleanField("unavailable", true);
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        }

        private void figure(SalaryBand b, String statistic, BigDecimal amount, String madeBy) throws IOException {
            if (amount != null) {
                g.writeStartObject();
                g.writeStringField("statistic", statistic);
                g.writeStringField("period", b.period().name());
                g.writeNumberField("amount", amount);
                g.writeBooleanField("topCoded", b.isTopCoded(statistic));
                g.writeStringField("madeBy", madeBy);
                g.writeEndObject();
            }
        }

        /**
         * Where a value comes from: its source by id ({@code sources} names each once), and what is particular to the
         * value: the document that cited it, its years, precision, note, where in the release it sits, careerfit's
         * basis, reading or conversion, and the provider that supplied it.
         */
        private void provenance(Provenance p) throws IOException {
            g.writeStartObject();
            g.writeStringField("source", cite(p.source()));
            optional("citedIn", p.citedIn());
            if (p.referencePeriod() != null) {
                g.writeObjectFieldStart("referencePeriod");
                g.writeNumberField("startYear", p.referencePeriod().startYear());
                g.writeNumberField("endYear", p.referencePeriod().endYear());
                g.writeEndObject();
            }
            StatisticQuality q = p.quality();
            if (q != null) {
                g.writeFieldName("quality");
                Mapper.MAPPER.writeValue(g, q);
            }
            optional("note", p.note());
            if (p.providerId() != null) {
                g.writeStringField("providerId", p.providerId().value());
            }
            Origin o = p.origin();
            if (o != null) {
                g.writeFieldName("origin");
                Mapper.MAPPER.writeValue(g, o);
            }
            optional("basis", p.basis());
            if (p.reading() != null) {
                g.writeObjectFieldStart("reading");
                g.writeStringField("source", cite(p.reading().source()));
                g.writeStringField("words", p.reading().words());
                g.writeEndObject();
            }
            if (p.conversion() != null) {
                g.writeFieldName("conversion");
                Mapper.MAPPER.writeValue(g, p.conversion());
            }
            g.writeEndObject();
        }

        /** {@code s}'s id, remembering {@code s} for the document's {@code sources}. */
        private String cite(Source s) {
            sources.putIfAbsent(s.id(), s);
            return s.id().value();
        }

        private void source(Source s) throws IOException {
            Mapper.MAPPER.writeValue(g, s);
        }

        private void codes(List<OccupationCode> codes) throws IOException {
            g.writeFieldName("codes");
            Mapper.MAPPER.writeValue(g, codes);
        }

        private void strings(String field, Collection<String> values) throws IOException {
            g.writeArrayFieldStart(field);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }

        private void optional(String field, String value) throws IOException {
            if (value != null) {
                g.writeStringField(field, value);
            }
        }
    }

    /** An {@link Appendable} as a {@link Writer}, for the JSON generator. */
    private static final class AppendableWriter extends Writer {
        private final Appendable out;

        AppendableWriter(Appendable out) {
            this.out = out;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            out.append(java.nio.CharBuffer.wrap(buffer, offset, length));
        }

        @Override
        public void flush() {
            // An Appendable has nothing to flush.
        }

        @Override
        public void close() {
            // The caller owns the Appendable.
        }
    }
}
