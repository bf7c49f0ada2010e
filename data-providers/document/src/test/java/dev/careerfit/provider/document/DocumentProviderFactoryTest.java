package dev.careerfit.provider.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.careerfit.CareerfitException;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.CareerDataProviderFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentProviderFactoryTest {

    @Test
    void isFoundByServiceLoader() {
        assertThat(ServiceLoader.load(CareerDataProviderFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(DocumentProviderFactory.class);
    }

    @Test
    void discoversTheDocumentRegisteredInTestResources() {
        List<CareerDataProvider> providers = new DocumentProviderFactory()
                .createProviders(DocumentProviderFactoryTest.class.getClassLoader());

        assertThat(providers).singleElement().satisfies(provider -> {
            assertThat(provider.id()).isEqualTo("registered-example");
            assertThat(provider.name()).isEqualTo("A provider that is only data");
            assertThat(provider.roles()).extracting(RoleProfile::title).containsExactly("Data analyst");
            assertThat(provider.toString()).startsWith("DocumentProvider[dev/careerfit/provider/document/registered.yaml in ")
                    .endsWith("test-classes/]");
        });
    }

    @Test
    void readsEachDocumentFromTheJarOrFolderThatRegistersIt(@TempDir Path dir) throws Exception {
        Path first = folderWithDocument(dir.resolve("first"), "first-provider");
        Path second = folderWithDocument(dir.resolve("second"), "second-provider");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {first.toUri().toURL(), second.toUri().toURL()},
                null)) {
            List<CareerDataProvider> providers = new DocumentProviderFactory().createProviders(loader);

            assertThat(providers).extracting(CareerDataProvider::id).containsExactly("first-provider", "second-provider");
        }
    }

    @Test
    void returnsAProviderForAMissingDocumentThatFailsWhenUsed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("META-INF/careerfit"));
        Files.writeString(dir.resolve(DocumentProviderFactory.REGISTRATION), "missing/provider.json\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            CareerDataProvider provider = new DocumentProviderFactory().createProviders(loader).get(0);

            assertThat(catchThrowable(provider::id))
                    .isInstanceOf(CareerfitException.class)
                    .hasMessageStartingWith("provider document 'missing/provider.json' listed in file:")
                    .hasMessageEndingWith("/META-INF/careerfit/provider-documents not found on the class path");
        }
    }

    /** A class-path folder with {@code provider.yaml} and its registration, as a data-only jar has. */
    private static Path folderWithDocument(Path folder, String id) throws Exception {
        Files.createDirectories(folder.resolve("META-INF/careerfit"));
        Files.writeString(folder.resolve(DocumentProviderFactory.REGISTRATION), "# one document\n\n/provider.yaml\n");
        Files.writeString(folder.resolve("provider.yaml"), "format: careerfit-provider/1\nprovider: {id: " + id + "}\n");
        return folder;
    }
}
