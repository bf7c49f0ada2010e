package dev.careerfit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.fact.FactKinds;
import dev.careerfit.role.RoleId;
import dev.careerfit.spi.CareerDataProvider;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CareerCatalogLoadingTest {

    @Test
    void discoversTheProviderRegisteredOnTheTestClassPath() {
        CareerCatalog catalog = CareerCatalog.builder().build();

        assertThat(catalog.providers()).extracting(ProviderInfo::id).contains("registered-stub");
        assertThat(catalog.role("widget-maker")).get().extracting(CareerRole::title).isEqualTo("Title of widget-maker");
        assertThat(catalog.providers()).filteredOn(p -> p.id().equals("registered-stub")).first()
                .satisfies(p -> assertThat(p.origin()).contains(RegisteredProviderStub.class.getName()));
    }

    @Test
    void reportsAProviderWhoseConstructorThrowsAndKeepsLoadingTheRest() {
        CareerCatalog catalog = CareerCatalog.builder().build();

        assertThat(catalog.failures()).anySatisfy(f -> {
            assertThat(f.stage()).isEqualTo(ProviderFailure.Stage.INSTANTIATION);
            assertThat(f.provider()).isEqualTo(ThrowingConstructorProviderStub.class.getName());
            assertThat(f.describe()).contains("cannot read widgets.properties")
                    .contains("docs/providers.md#provider-could-not-be-created");
        });
        assertThat(catalog.role("widget-maker")).isPresent();
    }

    @Test
    void reportsAServiceEntryNamingAMissingClass() {
        CareerCatalog catalog = CareerCatalog.builder().build();

        assertThat(catalog.failures()).anySatisfy(f -> {
            assertThat(f.stage()).isEqualTo(ProviderFailure.Stage.INSTANTIATION);
            assertThat(f.describe()).contains("dev.careerfit.catalog.NoSuchProviderClass");
        });
    }

    @Test
    void collectsEveryProblemOfAProviderWithInvalidDataBeforeRejectingIt() {
        CareerCatalog catalog = CareerCatalog.builder().build();

        ProviderFailure failure = catalog.failures().stream().filter(f -> f.provider().equals("invalid-data-stub"))
                .findFirst().orElseThrow();
        assertThat(failure.stage()).isEqualTo(ProviderFailure.Stage.VALIDATION);
        assertThat(failure.problems()).extracting(Object::toString).anySatisfy(p -> assertThat(p)
                        .contains("role 'gadget-maker' salaries[0]").contains("'job-board' is not among"))
                .anySatisfy(p -> assertThat(p).contains("unknown work factor 'juggling'"))
                .anySatisfy(p -> assertThat(p).contains("role id is listed twice"));
        assertThat(catalog.role("gadget-maker")).isEmpty();
    }

    @Test
    void strictModeFailsFastNamingTheBrokenProvider() {
        assertThatThrownBy(() -> CareerCatalog.builder().strict(true).build())
                .isInstanceOf(ProviderLoadException.class)
                .hasMessageContaining("provider '")
                .satisfies(e -> assertThat(((ProviderLoadException) e).failures()).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void strictModePassesWhenEveryProviderIsHealthy() {
        CareerCatalog catalog = CareerCatalog.builder().strict(true).discoverProviders(false)
                .addProvider(new RegisteredProviderStub()).build();

        assertThat(catalog.failures()).isEmpty();
        assertThat(catalog.roleIds()).containsExactly(RoleId.of("widget-maker"));
    }

    @Test
    void discoveryCanBeSwitchedOffAndProvidersAddedByHand() {
        ProviderStub byHand = new ProviderStub("by-hand", 0, List.of(TestData.OFFICIAL),
                List.of(TestData.definingProfile("sprocket-maker", TestData.OFFICIAL, 60_000)));

        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).addProvider(byHand).build();

        assertThat(catalog.providers()).extracting(ProviderInfo::id).containsExactly("by-hand");
        assertThat(catalog.failures()).isEmpty();
    }

    @Test
    void aDuplicateIdIsReportedNamingTheIdAndBothClasses() {
        CareerDataProvider impostor = new ProviderStub("registered-stub", 0, List.of(), List.of());

        CareerCatalog catalog = CareerCatalog.builder().addProvider(impostor).build();

        assertThat(catalog.failures()).anySatisfy(f -> {
            assertThat(f.stage()).isEqualTo(ProviderFailure.Stage.DUPLICATE_ID);
            assertThat(f.describe()).contains("'registered-stub'").contains(ProviderStub.class.getName())
                    .contains(RegisteredProviderStub.class.getName());
        });
    }

    @Test
    void anInvalidProviderIdIsReported() {
        CareerDataProvider badId = new ProviderStub("Bad Id!", 0, List.of(), List.of());

        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).addProvider(badId).build();

        assertThat(catalog.failures()).singleElement().satisfies(f -> {
            assertThat(f.stage()).isEqualTo(ProviderFailure.Stage.ID);
            assertThat(f.describe()).contains("'Bad Id!'");
        });
    }

    @Test
    void includeAndExcludeFilterProvidersById() {
        CareerCatalog included = CareerCatalog.builder().include("registered-stub").build();
        CareerCatalog excluded = CareerCatalog.builder().exclude("registered-stub", "invalid-data-stub").build();

        assertThat(included.providers()).extracting(ProviderInfo::id).containsExactly("registered-stub");
        assertThat(excluded.providers()).extracting(ProviderInfo::id).doesNotContain("registered-stub");
        assertThat(excluded.failures()).noneMatch(f -> f.provider().equals("invalid-data-stub"));
    }

    @Test
    void discoversThroughTheGivenClassLoaderOnly() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            CareerCatalog catalog = CareerCatalog.builder().classLoader(empty).build();

            assertThat(catalog.providers()).isEmpty();
            assertThat(catalog.failures()).isEmpty();
        }
    }

    @Test
    void ordersProvidersByPriorityThenId() {
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).addProvider(
                new ProviderStub("b-low", 1, List.of(), List.of()),
                new ProviderStub("a-low", 1, List.of(), List.of()),
                new ProviderStub("z-high", 9, List.of(), List.of())).build();

        assertThat(catalog.providers()).extracting(ProviderInfo::id).containsExactly("z-high", "a-low", "b-low");
    }

    @Test
    void leavesOutARoleThatNoProviderDefinesAndWarns() {
        ProviderStub onlyFigures = new ProviderStub("figures", 0, List.of(TestData.OFFICIAL), List.of(
                dev.careerfit.role.RoleProfile.builder("orphan")
                        .add(FactKinds.SALARY, TestData.from(TestData.OFFICIAL, TestData.usMean(1000))).build()));

        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).addProvider(onlyFigures).build();

        assertThat(catalog.role("orphan")).isEmpty();
        assertThat(catalog.warnings()).singleElement().asString().contains("'orphan'").contains("no loaded provider defines it");
    }

    @Test
    void requireRoleNamesTheUnknownIdAndTheKnownOnes() {
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false)
                .addProvider(new RegisteredProviderStub()).build();

        assertThatThrownBy(() -> catalog.requireRole("astronaut"))
                .isInstanceOf(UnknownRoleException.class)
                .hasMessage("unknown role 'astronaut'; known roles: widget-maker");
    }
}
