package dev.careerfit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.CareerfitException;
import dev.careerfit.provenance.Source;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.ProviderContext;
import dev.careerfit.spi.RoleDataSet;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A provider that fails at any stage, in any way short of running out of memory, fails on its own. */
class ProviderIsolationTest {
    @TempDir
    Path temp;

    /** A healthy provider whose one method is replaced by {@code broken}. */
    private static CareerDataProvider breaking(String method, Function<ProviderStub, Object> broken) {
        return new ProviderStub("flaky", 5, List.of(TestData.OFFICIAL),
                List.of(TestData.definingProfile("sprocket-maker", TestData.OFFICIAL, 60_000))) {
            private Object fail(String name) {
                return name.equals(method) ? broken.apply(this) : null;
            }

            @Override
            public String id() {
                Object o = fail("id");
                return o != null ? (String) o : super.id();
            }

            @Override
            public int priority() {
                Object o = fail("priority");
                return o != null ? (Integer) o : super.priority();
            }

            @Override
            public String name() {
                Object o = fail("name");
                return o != null ? (String) o : super.name();
            }

            @Override
            public List<Source> sources() {
                fail("sources");
                return super.sources();
            }

            @Override
            public List<dev.careerfit.factor.WorkFactor> factors() {
                fail("factors");
                return super.factors();
            }

            @Override
            public List<RoleProfile> roles() {
                fail("roles");
                return super.roles();
            }
        };
    }

    /** Calls itself until the stack runs out, as a provider that delegates to itself by mistake does. */
    private static Object recurse(ProviderStub p) {
        return recurse(p);
    }

    static Stream<Arguments> brokenMethods() {
        Function<ProviderStub, Object> throwing = p -> {
            throw new IllegalStateException("widgets.json is missing");
        };
        Function<ProviderStub, Object> missingClass = p -> {
            throw new NoClassDefFoundError("com/example/Widgets");
        };
        return Stream.of(
                Arguments.of("id", throwing, "widgets.json is missing"),
                Arguments.of("id", (Function<ProviderStub, Object>) ProviderIsolationTest::recurse, "StackOverflowError"),
                Arguments.of("priority", throwing, "widgets.json is missing"),
                Arguments.of("priority", (Function<ProviderStub, Object>) ProviderIsolationTest::recurse,
                        "it called itself without end (StackOverflowError)"),
                Arguments.of("name", throwing, "widgets.json is missing"),
                Arguments.of("name", missingClass, "com/example/Widgets"),
                Arguments.of("sources", throwing, "widgets.json is missing"),
                Arguments.of("factors", missingClass, "com/example/Widgets"),
                Arguments.of("roles", throwing, "widgets.json is missing"),
                Arguments.of("roles", (Function<ProviderStub, Object>) ProviderIsolationTest::recurse,
                        "it called itself without end (StackOverflowError)"));
    }

    @ParameterizedTest(name = "{0}() failing with {2}")
    @MethodSource("brokenMethods")
    void aProviderFailingInAnyMethodIsReportedInOneLineAndTheOthersLoad(String method,
                                                                       Function<ProviderStub, Object> broken,
                                                                       String message) {
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false)
                .addProvider(breaking(method, broken), new RegisteredProviderStub()).build();

        assertThat(catalog.providers()).extracting(ProviderInfo::id).containsExactly("registered-stub");
        assertThat(catalog.role("widget-maker")).isPresent();
        assertThat(catalog.failures()).singleElement().satisfies(f -> {
            assertThat(f.provider()).isIn("flaky", f.origin().substring(0, f.origin().indexOf(' ')));
            assertThat(f.origin()).contains(ProviderIsolationTest.class.getName()).contains("test-classes");
            assertThat(f.describe()).contains(message).doesNotContain("\n");
            assertThat(f.describe().length()).isLessThan(400);
        });
    }

    @Test
    void aProviderThatDoesNotOpenWithinTheTimeLimitIsSkippedAndReported() {
        CountDownLatch never = new CountDownLatch(1);
        CareerDataProvider hanging = new ProviderStub("hanging", 0, List.of(TestData.OFFICIAL), List.of()) {
            @Override
            public RoleDataSet open(ProviderContext context) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return RoleDataSet.of(List.of());
            }
        };
        long start = System.nanoTime();

        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).providerTimeout(Duration.ofMillis(300))
                .addProvider(hanging, new RegisteredProviderStub()).build();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(catalog.providers()).extracting(ProviderInfo::id).containsExactly("registered-stub");
        assertThat(catalog.failures()).singleElement().satisfies(f -> {
            assertThat(f.provider()).isEqualTo("hanging");
            assertThat(f.stage()).isEqualTo(ProviderFailure.Stage.DATA);
            assertThat(f.describe()).contains("open() did not return within 300 ms", "providerTimeout");
        });
    }

    @Test
    void withoutATimeLimitProvidersAreCalledOnTheBuildingThreadAndStillFailAlone() {
        List<Thread> openedOn = new java.util.ArrayList<>();
        CareerDataProvider recording = new ProviderStub("recording", 0, List.of(TestData.OFFICIAL), List.of()) {
            @Override
            public RoleDataSet open(ProviderContext context) {
                openedOn.add(Thread.currentThread());
                throw new IllegalStateException("broken on purpose");
            }
        };

        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).withoutProviderTimeout()
                .addProvider(recording, new RegisteredProviderStub()).build();

        assertThat(openedOn).containsExactly(Thread.currentThread());
        assertThat(catalog.providers()).extracting(ProviderInfo::id).containsExactly("registered-stub");
        assertThat(catalog.failures()).singleElement().satisfies(f -> assertThat(f.describe())
                .contains("recording", "broken on purpose"));
    }

    @Test
    void theTimeLimitMustBePositive() {
        assertThatThrownBy(() -> CareerCatalog.builder().providerTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("providerTimeout must be positive");
    }

    @Test
    void aServiceEntryNamingAMissingClassNamesTheJarThatListsIt() throws IOException {
        Path jar = temp.resolve("acme-provider.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/" + CareerDataProvider.class.getName()));
            out.write("com.example.acme.AcmeProvider\n".getBytes(StandardCharsets.UTF_8));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            CareerCatalog catalog = CareerCatalog.builder().classLoader(loader).build();

            assertThat(catalog.failures()).singleElement().satisfies(f -> {
                assertThat(f.provider()).isEqualTo("com.example.acme.AcmeProvider");
                assertThat(f.describe()).contains("acme-provider.jar", "com.example.acme.AcmeProvider");
            });
        }
    }

    @Test
    void aProviderFailureListsEveryProblem() {
        CareerCatalog catalog = CareerCatalog.builder().include("invalid-data-stub").build();

        assertThat(catalog.failures()).filteredOn(f -> f.provider().equals("invalid-data-stub")).singleElement()
                .satisfies(f -> {
            assertThat(f.problems()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(f.describe()).doesNotContain("first:");
            f.problems().forEach(p -> assertThat(f.describe()).contains(p.toString()));
        });
    }

    @Test
    void anIncludeNamingNoProviderWarnsAndFailsAStrictCatalog() {
        CareerCatalog lenient = CareerCatalog.builder().include("registred-stub").build();

        assertThat(lenient.providers()).isEmpty();
        assertThat(lenient.warnings()).singleElement().asString()
                .contains("include names provider 'registred-stub'", "registered-stub");
        assertThatThrownBy(() -> CareerCatalog.builder().discoverProviders(false)
                .addProvider(new RegisteredProviderStub()).include("registred-stub").strict(true).build())
                .isInstanceOf(CareerfitException.class)
                .hasMessageContaining("include names provider 'registred-stub'");
    }

    @Test
    void roleByAnInvalidOrMissingIdIsEmpty() {
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false)
                .addProvider(new RegisteredProviderStub()).build();

        assertThat(catalog.role((String) null)).isEmpty();
        assertThat(catalog.role("Not An Id")).isEmpty();
        assertThat(catalog.role("widget-maker")).isPresent();
    }
}
