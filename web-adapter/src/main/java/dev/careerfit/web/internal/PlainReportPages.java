package dev.careerfit.web.internal;

import dev.careerfit.Api;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.catalog.ProviderInfo;
import dev.careerfit.catalog.RoleLink;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Conversion;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.web.ReportPages;
import dev.careerfit.web.ResultPage;
import dev.careerfit.report.SalaryRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web app's own pages for the result, a role, its pay and the sources: plain lists over the library's objects,
 * until careerfit's report module gives the browser what the command line prints. No catalog JSON.
 */
@Api(Api.Status.INTERNAL)
public final class PlainReportPages implements ReportPages {
    /** The most items a role page lists under one heading. */
    static final int ITEMS = 12;

    private final Templates templates = new Templates();

    /**
     * One heading of a role page.
     *
     * @param heading what the facts are
     * @param items   the first of them
     * @param more    how many more there are
     */
    @Api(Api.Status.INTERNAL)
    public record Section(String heading, List<Item> items, int more) {}

    /**
     * One fact, in words, with its source.
     *
     * @param text   the fact
     * @param source who published it, and for when
     */
    @Api(Api.Status.INTERNAL)
    public record Item(String text, String source) {}

    /**
     * A role page's model.
     *
     * @param role     the role
     * @param sections its facts, by kind
     * @param links    the occupations it is linked to by title, and why
     */
    @Api(Api.Status.INTERNAL)
    public record RoleModel(CareerRole role, List<Section> sections, List<RoleLink> links) {}

    /**
     * A salary page's model.
     *
     * @param role    the role
     * @param request the place and period asked for
     * @param figures every figure for them, with its source
     */
    @Api(Api.Status.INTERNAL)
    public record SalaryModel(CareerRole role, SalaryRequest request, List<Item> figures) {}

    /**
     * The sources page's model.
     *
     * @param providers every provider, with its sources
     * @param conflicts where the sources disagree, in words
     */
    @Api(Api.Status.INTERNAL)
    public record SourcesModel(List<ProviderInfo> providers, List<String> conflicts) {}

    @Override
    public void result(ResultPage result, Appendable html) throws IOException {
        templates.render("plain/result.jte", result, html);
    }

    @Override
    public void role(CareerRole role, Appendable html) throws IOException {
        Map<String, List<Item>> byKind = new LinkedHashMap<>();
        for (FactGroup<?> g : role.allGroups()) {
            byKind.computeIfAbsent(g.kind().heading(), k -> new ArrayList<>())
                    .add(new Item(g.text(), Words.source(g.chosen().provenance())));
        }
        List<Section> sections = new ArrayList<>();
        byKind.forEach((heading, items) -> sections.add(new Section(heading,
                items.subList(0, Math.min(ITEMS, items.size())), Math.max(0, items.size() - ITEMS))));
        templates.render("plain/role.jte", new RoleModel(role, sections, role.links()), html);
    }

    @Override
    public void salary(CareerRole role, SalaryRequest request, Appendable html) throws IOException {
        List<Item> figures = new ArrayList<>();
        for (FactGroup<SalaryBand> g : role.groups(FactKinds.SALARY)) {
            if (request.placeQuery().map(p -> p.matches(g.value().location())).orElse(true)) {
                for (Sourced<SalaryBand> s : g.values()) {
                    Sourced<SalaryBand> shown = request.payPeriod().map(period -> s.value().statedPer(period)
                            ? s.map(b -> b.convertTo(period))
                            // Not the publisher's figure any more: careerfit's conversion of it, and it says so.
                            : Sourced.of(s.value().convertTo(period),
                                    s.provenance().withConversion(Conversion.of(s.value().period(), period))))
                            .orElse(s);
                    figures.add(new Item(FactKinds.SALARY.text(shown.value()), Words.source(shown.provenance())));
                }
            }
        }
        templates.render("plain/salary.jte", new SalaryModel(role, request, figures), html);
    }

    @Override
    public void sources(CareerCatalog catalog, Appendable html) throws IOException {
        templates.render("plain/sources.jte", new SourcesModel(catalog.providers(),
                catalog.conflicts().stream().map(c -> c.describe()).toList()), html);
    }
}
