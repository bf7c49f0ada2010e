package dev.careerfit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.MadeBy;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RelatedRole;
import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ImportReport;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The versioned JSON of the catalog commands ({@code roles}, {@code role}, {@code salary}, {@code sources}),
 * documented with a JSON Schema each in docs/formats.md: numbers as JSON numbers, and on every figure its
 * provenance, the whole source included. Values are the domain records as Jackson writes them; a provenance's
 * reference period is {@code {"startYear": 2024, "endYear": 2034}}.
 */
final class CatalogJson {
    static final String ROLES = "careerfit-roles/1";
    static final String ROLE = "careerfit-role/2";
    static final String SALARY = "careerfit-salary/2";
    static final String SOURCES = "careerfit-sources/2";

    private static final ObjectMapper MAPPER = CareerfitJson.objectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private CatalogJson() {}

    /** The document as indented text. */
    static String text(JsonNode document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode document(String format) {
        return MAPPER.createObjectNode().put("format", format);
    }

    /** {@code careerfit-roles/1}: a listing, or a search's results, and how many there were. */
    static ObjectNode roles(String search, int matched, int providers, List<RoleSummary> shown) {
        ObjectNode doc = document(ROLES);
        if (search != null) {
            doc.put("search", search);
        }
        doc.put("matched", matched).put("providers", providers);
        ArrayNode roles = doc.putArray("roles");
        for (RoleSummary r : shown) {
            ObjectNode role = roles.addObject().put("id", r.id().value()).put("title", r.title());
            role.set("codes", MAPPER.valueToTree(r.codes()));
            role.set("providers", MAPPER.valueToTree(r.providers()));
            role.set("kinds", strings(r.kinds().stream().sorted(Comparator.comparingInt(FactKind::ordinal))
                    .map(FactKind::id).toList()));
        }
        return doc;
    }

    /** {@code careerfit-role/2}: everything known about one role, each value with its provenance. */
    static ObjectNode role(CareerRole r, CareerCatalog catalog, List<FactKind<?>> linkedKinds) {
        ObjectNode doc = document(ROLE).put("id", r.id().value()).put("title", r.title());
        if (r.summary() != null) {
            doc.put("summary", r.summary());
        }
        doc.set("alternateTitles", strings(r.alternateTitles()));
        doc.set("codes", MAPPER.valueToTree(r.codes()));
        doc.set("providers", strings(r.providers()));
        doc.set("facts", groups(r.allGroups()));
        ArrayNode related = doc.putArray("relatedRoles");
        for (RelatedRole rel : r.relatedRoles()) {
            ObjectNode o = related.addObject().put("role", rel.role().value());
            catalog.summary(rel.role()).ifPresent(s -> o.put("title", s.title()));
            putIfSet(o, "relation", rel.relation());
            putIfSet(o, "tier", rel.tier());
            if (rel.rank() != null) {
                o.put("rank", rel.rank());
            }
        }
        boolean national = !r.isOccupation();
        ArrayNode links = doc.putArray("links");
        for (RoleLink link : r.links()) {
            ObjectNode o = links.addObject().put("role", link.role().value()).put("title", link.title())
                    .put("evidence", link.evidence());
            o.set("provenance", provenance(link.provenance()));
            if (national) {
                CareerRole occupation = catalog.requireRole(link.role().value());
                o.set("facts", groups(linkedKinds.stream().flatMap(k -> occupation.groups(k).stream()).toList()));
            }
        }
        ArrayNode differing = doc.putArray("differencesWithLinked");
        for (Conflict c : r.conflicts()) {
            if (c.withLinkedOccupations()) {
                ObjectNode o = differing.addObject();
                o.set("group", group(c.group()));
                ArrayNode linked = o.putArray("linked");
                for (LinkedFigure f : c.linked()) {
                    ObjectNode l = linked.addObject().put("role", f.role().value()).put("title", f.title())
                            .put("disagrees", f.disagrees());
                    l.set("differences", strings(f.differences()));
                    if (f.group() != null) {
                        l.set("group", group(f.group()));
                    }
                    l.set("context", groups(f.context()));
                }
            }
        }
        policy(doc, catalog);
        return doc;
    }

    /**
     * {@code careerfit-salary/2}: pay place by place, per period as asked: {@code shown} as printed,
     * {@code stated} the same groups as their sources state them.
     */
    static ObjectNode salary(CareerRole r, String location, PayPeriod period, List<FactGroup<SalaryBand>> shown,
                             List<FactGroup<SalaryBand>> stated) {
        ObjectNode doc = document(SALARY).put("role", r.id().value()).put("title", r.title());
        putIfSet(doc, "location", location);
        if (period != null) {
            doc.put("period", period.name()).put("hoursPerYear", PayPeriod.HOURS_PER_YEAR);
        }
        ArrayNode salaries = doc.putArray("salaries");
        for (int n = 0; n < shown.size(); n++) {
            FactGroup<SalaryBand> g = shown.get(n);
            ObjectNode o = group(g);
            for (int i = 0; i < g.values().size(); i++) {
                Sourced<SalaryBand> value = g.values().get(i);
                SalaryBand b = value.value();
                ObjectNode v = (ObjectNode) o.get("values").get(i);
                boolean converted = value.provenance().conversion() != null;
                // The chart's figure: a range's midpoint is careerfit's arithmetic, never the source's figure.
                v.putObject("centralEstimate").put("statistic", b.centralEstimateKind())
                        .put("amount", b.centralEstimate()).put("topCoded", b.centralEstimateTopCoded())
                        .put("madeBy", b.centralEstimateKind().equals("midpoint of range") ? "careerfit-midpoint"
                                : converted ? MadeBy.CAREERFIT_CONVERSION.id() : MadeBy.PUBLISHER.id());
                if (period != null) {
                    v.put("convertedAtHoursPerYear", !stated.get(n).values().get(i).value().statedPer(period));
                }
            }
            salaries.add(o);
        }
        return doc;
    }

    /** {@code careerfit-sources/2}: providers, their sources and release files, failures, warnings, disputes. */
    static ObjectNode sources(CareerCatalog catalog) {
        ObjectNode doc = document(SOURCES);
        ArrayNode providers = doc.putArray("providers");
        for (ProviderInfo p : catalog.providers()) {
            ObjectNode o = providers.addObject().put("id", p.id()).put("name", p.name());
            putIfSet(o, "description", p.description());
            o.put("priority", p.priority()).put("origin", p.origin()).put("roleCount", p.roleCount());
            o.set("sources", MAPPER.valueToTree(p.sources()));
            if (!p.report().isEmpty()) {
                o.set("release", release(p.report()));
            }
        }
        ArrayNode failures = doc.putArray("failures");
        for (ProviderFailure f : catalog.failures()) {
            ObjectNode o = failures.addObject().put("provider", f.provider()).put("origin", f.origin())
                    .put("stage", f.stage().name()).put("message", f.describe());
            o.set("problems", MAPPER.valueToTree(f.problems()));
        }
        doc.set("warnings", strings(catalog.warnings()));
        ArrayNode disagreements = doc.putArray("disagreements");
        for (Conflict c : catalog.conflicts()) {
            ObjectNode o = disagreements.addObject().put("role", c.role().value()).put("text", c.describe())
                    .put("withLinkedOccupations", c.withLinkedOccupations());
            o.set("group", group(c.group()));
        }
        policy(doc, catalog);
        return doc;
    }

    private static ObjectNode release(ImportReport report) {
        ObjectNode o = MAPPER.createObjectNode().put("release", report.release())
                .put("rowsRead", report.rowsRead()).put("rowsLoaded", report.rowsLoaded());
        ArrayNode files = o.putArray("files");
        for (FileReport f : report.files()) {
            ObjectNode file = files.addObject().put("file", f.file());
            putIfSet(file, "part", f.part());
            file.put("status", f.status().name()).put("rowsRead", f.rowsRead()).put("rowsLoaded", f.rowsLoaded());
            ObjectNode skipped = file.putObject("skipped");
            f.skipped().forEach(skipped::put);
            putIfSet(file, "note", f.note());
        }
        o.set("problems", MAPPER.valueToTree(report.problems()));
        return o;
    }

    private static void policy(ObjectNode doc, CareerCatalog catalog) {
        doc.putObject("conflictPolicy").put("name", catalog.conflictPolicy().name())
                .put("description", catalog.conflictPolicy().description());
    }

    private static ArrayNode groups(Collection<? extends FactGroup<?>> groups) {
        ArrayNode list = MAPPER.createArrayNode();
        groups.forEach(g -> list.add(group(g)));
        return list;
    }

    /** A fact group: what it is about, whether its sources disagree, and every value, the chosen one first. */
    private static ObjectNode group(FactGroup<?> g) {
        ObjectNode o = MAPPER.createObjectNode().put("kind", g.kind().id()).put("heading", g.kind().heading())
                .put("topic", g.topic()).put("subject", g.subject()).put("text", g.text())
                .put("disputed", g.disputed());
        o.set("differences", strings(g.differences()));
        putIfSet(o, "resolution", g.resolution());
        ArrayNode values = o.putArray("values");
        for (int i = 0; i < g.values().size(); i++) {
            values.add(value(g.kind(), g.values().get(i), i == 0));
        }
        return o;
    }

    /**
     * One value: whether it was chosen, the value, its words, who made it ({@code madeBy}) and its provenance; for a
     * salary, also each of its figures with what qualifies it (top-coded, not available, converted by careerfit).
     */
    private static <T> ObjectNode value(FactKind<T> kind, Sourced<?> s, boolean chosen) {
        T value = kind.cast(s.value());
        ObjectNode o = MAPPER.createObjectNode().put("chosen", chosen);
        o.set("value", MAPPER.valueToTree(value));
        o.put("text", kind.text(value));
        o.put("madeBy", s.provenance().madeBy().id());
        if (value instanceof SalaryBand band) {
            o.set("figures", figures(band, s.provenance()));
        }
        o.set("provenance", provenance(s.provenance()));
        return o;
    }

    /**
     * Every statistic of a salary band, per period, each marked on itself: {@code topCoded} (the amount is the
     * publisher's limit: at least this much), {@code unavailable} (no amount), and who made the amount.
     */
    private static ArrayNode figures(SalaryBand band, Provenance p) {
        ArrayNode list = MAPPER.createArrayNode();
        String madeBy = p.conversion() != null ? MadeBy.CAREERFIT_CONVERSION.id() : MadeBy.PUBLISHER.id();
        for (SalaryBand b : band.otherPeriod() == null ? List.of(band) : List.of(band, band.otherPeriod())) {
            figure(list, b, SalaryBand.MEDIAN, b.median(), madeBy);
            figure(list, b, SalaryBand.MEAN, b.mean(), madeBy);
            figure(list, b, SalaryBand.LOW, b.low(), madeBy);
            figure(list, b, SalaryBand.HIGH, b.high(), madeBy);
            b.percentiles().forEach((k, v) -> figure(list, b, SalaryBand.percentile(k), v, madeBy));
            b.unavailable().forEach(u -> list.addObject().put("statistic", u).put("period", b.period().name())
                    .put("unavailable", true));
        }
        return list;
    }

    private static void figure(ArrayNode list, SalaryBand b, String statistic, java.math.BigDecimal amount,
                               String madeBy) {
        if (amount != null) {
            list.addObject().put("statistic", statistic).put("period", b.period().name()).put("amount", amount)
                    .put("topCoded", b.isTopCoded(statistic)).put("madeBy", madeBy);
        }
    }

    /** Where a value comes from: the whole source, and what is particular to the value (period, N, note). */
    static ObjectNode provenance(Provenance p) {
        ObjectNode o = MAPPER.valueToTree(p);
        ReferencePeriod period = p.referencePeriod();
        if (period != null) {
            o.putObject("referencePeriod").put("startYear", period.startYear()).put("endYear", period.endYear());
        }
        return o;
    }

    private static ArrayNode strings(Collection<String> values) {
        ArrayNode list = MAPPER.createArrayNode();
        values.forEach(list::add);
        return list;
    }

    private static void putIfSet(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
