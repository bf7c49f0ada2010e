package dev.careerfit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.CareerfitException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The role index made at build time lists the roles without opening a provider, and only for the providers and
 * code it was made from: a changed data file or another provider on the class path opens the providers as before,
 * and a damaged index is a one-line error, never a wrong list.
 */
class ShippedRoleIndexTest {
    @TempDir
    Path dir;
    private Path data;
    private Path services;
    private Path index;

    @BeforeEach
    void classPath() throws IOException {
        services = dir.resolve("META-INF/services/dev.careerfit.spi.CareerDataProvider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, RegisteredProviderStub.class.getName() + "\n");
        // A class file is only located, never loaded: it says which folder the index's checks read.
        Path anchor = dir.resolve("dev/careerfit/fixture/Anchor.class");
        Files.createDirectories(anchor.getParent());
        Files.write(anchor, new byte[] {(byte) 0xca, (byte) 0xfe});
        data = anchor.resolveSibling("roles.txt");
        Files.writeString(data, "widget-maker");
        index = dir.resolve(ShippedRoleIndex.RESOURCE);
        Files.createDirectories(index.getParent());
        try (OutputStream out = Files.newOutputStream(index)) {
            ShippedRoleIndex.write(CareerCatalog.builder().classLoader(loader()).build(), loader(),
                    List.of("dev.careerfit.fixture.Anchor"), out);
        }
    }

    @Test
    void listsTheRolesWithoutOpeningAProviderAndOpensThemForTheRest() {
        CareerCatalog opened = CareerCatalog.builder().classLoader(loader()).build();
        CareerCatalog indexed = CareerCatalog.builder().classLoader(loader()).rolesFromShippedIndex().build();

        assertThat(indexed.providersOpened()).isFalse();
        assertThat(indexed.roles()).isEqualTo(opened.roles()).extracting(r -> r.id().value())
                .containsExactly("widget-maker");
        assertThat(indexed.contains(opened.roles().get(0).id())).isTrue();
        assertThat(indexed.fingerprint()).isEqualTo(opened.fingerprint())
                .startsWith("provider registered-stub " + RegisteredProviderStub.class.getName() + " roles 1 ");
        assertThat(indexed.factors()).isEqualTo(opened.factors()).isNotEmpty();
        assertThat(indexed.factor(opened.factors().get(0).id())).contains(opened.factors().get(0));
        assertThat(indexed.providersOpened()).isFalse();

        assertThat(indexed.requireRole("widget-maker").title()).isEqualTo(opened.requireRole("widget-maker").title());
        assertThat(indexed.providersOpened()).isTrue();
        assertThat(indexed.providers()).extracting(ProviderInfo::id).containsExactly("registered-stub");
    }

    @Test
    void aChangedFileOfTheCodeItWasMadeWithOpensTheProviders() throws IOException {
        Files.writeString(data, "widget-makers");

        CareerCatalog catalog = CareerCatalog.builder().classLoader(loader()).rolesFromShippedIndex().build();

        assertThat(catalog.providersOpened()).isTrue();
        assertThat(catalog.roles()).extracting(r -> r.id().value()).containsExactly("widget-maker");
    }

    @Test
    void anotherProviderOnTheClassPathOpensTheProviders() throws IOException {
        Files.writeString(services, RegisteredProviderStub.class.getName() + "\n"
                + ThrowingConstructorProviderStub.class.getName() + "\n");

        CareerCatalog catalog = CareerCatalog.builder().classLoader(loader()).rolesFromShippedIndex().build();

        assertThat(catalog.providersOpened()).isTrue();
        assertThat(catalog.failures()).extracting(ProviderFailure::provider)
                .containsExactly(ThrowingConstructorProviderStub.class.getName());
    }

    @Test
    void theFingerprintNamesTheConflictPolicyTheCatalogIsBuiltWith() {
        CareerCatalog recent = CareerCatalog.builder().classLoader(loader()).rolesFromShippedIndex()
                .conflictPolicy(ConflictPolicies.mostRecentFirst()).build();
        CareerCatalog opened = CareerCatalog.builder().classLoader(loader())
                .conflictPolicy(ConflictPolicies.mostRecentFirst()).build();

        assertThat(recent.fingerprint()).isEqualTo(opened.fingerprint())
                .endsWith("policy " + ConflictPolicies.mostRecentFirst().name())
                .isNotEqualTo(CareerCatalog.builder().classLoader(loader()).build().fingerprint());
        assertThat(recent.providersOpened()).isFalse();
    }

    @Test
    void settingsOrFiltersOpenTheProviders() {
        assertThat(CareerCatalog.builder().classLoader(loader()).rolesFromShippedIndex().exclude("nothing").build()
                .providersOpened()).isTrue();
    }

    @Test
    void aDamagedIndexIsAOneLineErrorThatNamesIt() throws IOException {
        byte[] bytes = Files.readAllBytes(index);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(index, bytes);

        assertThatThrownBy(() -> CareerCatalog.builder().classLoader(loader()).rolesFromShippedIndex().build())
                .isInstanceOf(CareerfitException.class)
                .hasMessageContaining("role-index.bin is damaged (its CRC-32 does not match its contents)")
                .hasMessageContaining("rebuild careerfit-all")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void anIndexOfAnotherFormatIsAnError() throws IOException {
        Files.write(index, new byte[] {1, 2, 3});

        assertThatThrownBy(() -> CareerCatalog.builder().classLoader(loader()).rolesFromShippedIndex().build())
                .isInstanceOf(CareerfitException.class).hasMessageContaining("is damaged (it is 3 bytes long)");
    }

    /**
     * The temporary folder on top of the test classes, with only its own service registrations and careerfit
     * resources (the core tests register broken providers, from which no index is made).
     */
    private ClassLoader loader() {
        try {
            return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader()) {
                @Override
                public Enumeration<URL> getResources(String name) throws IOException {
                    return name.startsWith("META-INF/") ? findResources(name) : super.getResources(name);
                }

                @Override
                public URL getResource(String name) {
                    return name.startsWith("META-INF/") ? findResource(name) : super.getResource(name);
                }
            };
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
