package dev.careerfit.catalog;

import static dev.careerfit.catalog.TestData.BOARD;
import static dev.careerfit.catalog.TestData.GUIDE;
import static dev.careerfit.catalog.TestData.OFFICIAL;
import static dev.careerfit.catalog.TestData.from;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.education.Expectation;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.ProviderId;
import dev.careerfit.provenance.Source;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.ProviderContext;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The catalog as an index: roles listed and searched without reading their facts, facts merged when a
 * role is asked for, figures published for a code applied to the roles that carry it, and roles that no
 * classification codes linked to the occupations that list their title.
 */
class CareerCatalogIndexTest {

    /** An occupation provider: roles with codes and other titles; counts what is read. */
    static final class OccupationsStub implements CareerDataProvider {
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger profilesRead = new AtomicInteger();
        final AtomicInteger titlesRead = new AtomicInteger();
        private final String id;
        private final Source source;
        private final List<RoleProfile> profiles;
        /** The title the publisher gives each code it publishes figures for, by code. */
        private final Map<String, String> codeTitles;

        OccupationsStub(String id, Source source, List<RoleProfile> profiles) {
            this(id, source, profiles, Map.of());
        }

        OccupationsStub(String id, Source source, List<RoleProfile> profiles, Map<String, String> codeTitles) {
            this.id = id;
            this.source = source;
            this.profiles = profiles;
            this.codeTitles = codeTitles;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public List<Source> sources() {
            return List.of(source);
        }

        @Override
        public List<RoleProfile> roles() {
            throw new AssertionError("the catalog opens this provider; it never asks for all its profiles");
        }

        @Override
        public RoleDataSet open(ProviderContext context) {
            opened.incrementAndGet();
            List<RoleEntry> entries = new ArrayList<>();
            for (RoleProfile p : profiles) {
                entries.add(p.codes().isEmpty() || p.title() != null
                        ? RoleEntry.forRole(p.id(), p.title(), p.codes(), p.facts().kinds())
                        : RoleEntry.forCode(p.codes().get(0), codeTitles.get(p.codes().get(0).code()), p.facts().kinds()));
            }
            return new RoleDataSet() {
                @Override
                public List<RoleEntry> entries() {
                    return entries;
                }

                @Override
                public RoleProfile profile(RoleEntry entry) {
                    profilesRead.incrementAndGet();
                    return profiles.get(entries.indexOf(entry));
                }

                @Override
                public List<String> alternateTitles(RoleEntry entry) {
                    titlesRead.incrementAndGet();
                    return profiles.get(entries.indexOf(entry)).alternateTitles();
                }
            };
        }
    }

    private static RoleProfile occupation(String code, String title, String... otherTitles) {
        RoleProfile.Builder b = RoleProfile.builder(code).title(title).code(OccupationCode.onetSoc(code))
                .code(OccupationCode.soc(code.substring(0, 7)))
                .code(OccupationCode.soc(code.substring(0, 6) + "0"));
        List.of(otherTitles).forEach(b::alternateTitle);
        return b.build();
    }

    /** Figures published for a SOC code, as the BLS publishes them. */
    private static RoleProfile figuresFor(String soc, long salary) {
        return RoleProfile.builder(soc).code(OccupationCode.soc(soc))
                .add(FactKinds.SALARY, from(OFFICIAL, TestData.usMean(salary)))
                .add(FactKinds.EDUCATION, from(OFFICIAL, new EducationRequirement(List.of(EducationLevel.BACHELORS),
                        Expectation.TYPICAL, List.of())))
                .build();
    }

    private final OccupationsStub occupations = new OccupationsStub("occupations", GUIDE, List.of(
            occupation("15-1299.08", "Widget Systems Engineers", "Widget Maker", "Widget Architect"),
            occupation("15-1291.00", "Gadget Technicians", "Gadget Fixer"),
            occupation("15-2051.00", "Data Widgeteers", "widget maker")));
    private final OccupationsStub figures = new OccupationsStub("figures", OFFICIAL, List.of(
            figuresFor("15-1299", 120_000), figuresFor("15-1290", 90_000), figuresFor("15-2051", 112_000),
            figuresFor("99-9999", 1)));

    private final ProviderStub guide = new ProviderStub("guide", 10, List.of(GUIDE, BOARD), List.of(
            RoleProfile.builder("widget-maker").title("Widget Maker")
                    .add(FactKinds.SALARY, from(BOARD, TestData.usMean(112_000)))
                    .add(FactKinds.EDUCATION, from(GUIDE, new EducationRequirement(
                            List.of(EducationLevel.MASTERS, EducationLevel.DOCTORATE), Expectation.TYPICAL, List.of())))
                    .build()));

    private CareerCatalog catalog() {
        return CareerCatalog.builder().discoverProviders(false).addProvider(occupations, figures, guide).build();
    }

    @Test
    void aProviderLeftOutIsNeverOpened() {
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).addProvider(occupations, figures, guide)
                .exclude("occupations", "figures").build();

        assertThat(occupations.opened).hasValue(0);
        assertThat(figures.opened).hasValue(0);
        assertThat(catalog.roles()).extracting(RoleSummary::id).containsExactly(RoleId.of("widget-maker"));
    }

    @Test
    void listsEveryRoleWithoutReadingItsFacts() {
        CareerCatalog catalog = catalog();

        assertThat(catalog.roles()).extracting(r -> r.id().value())
                .containsExactly("15-1291.00", "15-1299.08", "15-2051.00", "widget-maker");
        assertThat(catalog.summary(RoleId.of("15-1299.08")).orElseThrow().providers())
                .containsExactly("figures", "occupations");
        assertThat(catalog.rolesWith(FactKinds.SALARY)).hasSize(4);
        assertThat(occupations.profilesRead).hasValue(0);
        assertThat(figures.profilesRead).hasValue(0);
    }

    @Test
    void readsOnlyTheFactsOfTheRoleAskedFor() {
        CareerCatalog catalog = catalog();

        catalog.requireRole("15-1291.00");

        assertThat(occupations.profilesRead).hasValue(1);
        assertThat(figures.profilesRead).as("the figures of its broad group only").hasValue(1);
    }

    @Test
    void appliesFiguresPublishedForTheMostSpecificCodeAndSaysSo() {
        CareerCatalog catalog = catalog();

        FactGroup<SalaryBand> engineers = catalog.requireRole("15-1299.08").salariesAt("US").get(0);
        assertThat(engineers.values()).singleElement().satisfies(v -> {
            assertThat(v.value().mean()).isEqualByComparingTo("120000");
            assertThat(v.provenance().origin().appliedFrom()).isEqualTo("SOC 15-1299");
            assertThat(v.provenance().providerId()).isEqualTo(ProviderId.of("figures"));
        });
        FactGroup<SalaryBand> technicians = catalog.requireRole("15-1291.00").salariesAt("US").get(0);
        assertThat(technicians.value().mean()).as("no figure for 15-1291, so its broad group's")
                .isEqualByComparingTo("90000");
        assertThat(technicians.chosen().provenance().origin().appliedFrom()).isEqualTo("SOC 15-1290");
    }

    @Test
    void warnsAboutFiguresForACodeNoRoleCarries() {
        assertThat(catalog().warnings()).anySatisfy(w -> assertThat(w).contains("figures").contains("99-9999"));
    }

    @Test
    void searchesTitlesThenOtherTitles() {
        CareerCatalog catalog = catalog();

        assertThat(catalog.search("widget")).extracting(r -> r.id().value())
                .containsExactly("15-1299.08", "15-2051.00", "widget-maker");
        assertThat(catalog.search("widget maker")).extracting(r -> r.id().value())
                .as("the exact title first, then the roles known by it")
                .containsExactly("widget-maker", "15-1299.08", "15-2051.00");
        assertThat(catalog.search("fixer")).extracting(r -> r.id().value()).containsExactly("15-1291.00");
        assertThat(catalog.search("nothing like it")).isEmpty();
    }

    @Test
    void linksARoleToTheOccupationsThatListItsTitleWithTheEvidence() {
        CareerRole widgetMaker = catalog().requireRole("widget-maker");

        assertThat(widgetMaker.links()).extracting(l -> l.role().value()).containsExactly("15-1299.08", "15-2051.00");
        assertThat(widgetMaker.links().get(0).evidence())
                .isEqualTo("Why be a widget maker lists 'Widget Maker' as another title of 15-1299.08 Widget Systems Engineers");
        assertThat(widgetMaker.links().get(0).provenance().source()).isEqualTo(GUIDE);
    }

    @Test
    void anOccupationShowsTheRolesLinkedToIt() {
        CareerRole engineers = catalog().requireRole("15-1299.08");

        assertThat(engineers.links()).singleElement().satisfies(l -> {
            assertThat(l.role()).isEqualTo(RoleId.of("widget-maker"));
            assertThat(l.title()).isEqualTo("Widget Maker");
        });
    }

    @Test
    void reportsWhereARolesFiguresDifferFromItsLinkedOccupations() {
        CareerCatalog catalog = catalog();
        CareerRole widgetMaker = catalog.requireRole("widget-maker");

        assertThat(widgetMaker.conflicts()).filteredOn(Conflict::withLinkedOccupations)
                .extracting(c -> c.kind().id()).containsExactly("salary", "education");
        Conflict salary = widgetMaker.conflicts().get(0);
        assertThat(salary.linked()).extracting(l -> l.role().value(), LinkedFigure::disagrees)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("15-1299.08", true),
                        org.assertj.core.groups.Tuple.tuple("15-2051.00", false));
        assertThat(salary.describe()).startsWith("widget-maker: salary in US (USD): mean $112,000 a year")
                .contains("differs on amount from the figures of the linked occupation 15-1299.08 (A Statistics Office")
                .doesNotContain("15-2051.00");
        Conflict education = widgetMaker.conflicts().get(1);
        assertThat(education.differences()).containsExactly("minimum level");
        assertThat(catalog.conflicts()).containsAll(widgetMaker.conflicts());
    }

    @Test
    void everyKindHasAUniqueIdAndDocumentField() {
        List<FactKind<?>> kinds = FactKinds.all();

        assertThat(kinds).extracting(FactKind::id).doesNotHaveDuplicates();
        assertThat(kinds).extracting(FactKind::field).doesNotHaveDuplicates();
        assertThat(kinds).extracting(FactKind::ordinal).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, kinds.size()).boxed().toList());
        assertThat(Set.copyOf(kinds)).hasSameSizeAs(kinds);
        assertThat(Map.of("salary", FactKinds.SALARY)).allSatisfy((id, kind) ->
                assertThat(FactKind.byId(id)).contains(kind));
    }
}
