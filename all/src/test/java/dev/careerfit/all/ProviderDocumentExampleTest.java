package dev.careerfit.all;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provider.document.DocumentProvider;
import dev.careerfit.provider.guides.CareerGuidesProvider;
import dev.careerfit.provider.tck.CareerDataProviderContractTest;
import dev.careerfit.spi.CareerDataProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The complete small example of docs/provider-document-format.md, every file as the page writes it, passes the
 * provider test kit, discovered through its registration as a user's jar would be; and its role coded with an
 * O*NET-SOC code alone gets the national figures of that code, its disagreement with them listed by the catalog.
 */
@Tag("national")
class ProviderDocumentExampleTest extends CareerDataProviderContractTest {
    private static final Path PAGE = Path.of(System.getProperty("careerfit.docs", "../docs"), "provider-document-format.md");
    /** A file of the page: a line "File `path`:", a blank line, then a fenced block. */
    private static final Pattern FILE = Pattern.compile("^File `([^`]+)`:\\R\\R```[a-z]*\\R(.*?)^```$",
            Pattern.MULTILINE | Pattern.DOTALL);

    private static Path resources;
    private ClassLoader previous;

    @BeforeAll
    static void writeTheFilesOfThePage() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher m = FILE.matcher(Files.readString(PAGE));
        while (m.find()) {
            files.put(m.group(1), m.group(2));
        }
        assertThat(files).as("the files of the example in %s", PAGE).containsOnlyKeys("com/example/acme.json",
                "com/example/on-call-questions.yaml", "META-INF/careerfit/provider-documents",
                "META-INF/careerfit/questions");
        resources = Files.createTempDirectory("provider-document-example");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = resources.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
    }

    /** The example's jar on the class path, as the kit's discovery and question checks look for it. */
    @BeforeEach
    void putTheExampleOnTheClassPath() {
        previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader());
    }

    @AfterEach
    void restoreTheClassPath() {
        Thread.currentThread().setContextClassLoader(previous);
    }

    private static ClassLoader loader() {
        try {
            return new URLClassLoader(new URL[] {resources.toUri().toURL()}, ProviderDocumentExampleTest.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected CareerDataProvider provider() {
        return new DocumentProvider(resources.resolve("com/example/acme.json"));
    }

    @Override
    protected List<CareerDataProvider> otherProviders() {
        return List.of(new CareerGuidesProvider());
    }

    /** OEWS May 2024, 15-1243 Database Architects: A_MEDIAN 135,980; Acme says 158,000. */
    @Test
    void theRoleCodedOnlyByOnetSocGetsTheNationalFiguresOfItsSocCodeAndTheirDisagreementIsListed() {
        CareerCatalog catalog = CareerCatalog.builder().classLoader(loader()).build();
        CareerRole architect = catalog.requireRole("data-platform-architect");

        FactGroup<SalaryBand> pay = architect.salariesAt("US").get(0);
        assertThat(pay.values()).extracting(v -> v.provenance().providerId().value()).containsExactly("bls-oews", "acme");
        assertThat(pay.chosen().value().median()).isEqualByComparingTo("135980");
        assertThat(pay.chosen().provenance().origin().appliedFrom()).isEqualTo("SOC 15-1243");
        assertThat(catalog.conflicts()).anySatisfy(c -> assertThat(c.group()).isEqualTo(pay));
        assertThat(architect.links()).extracting(l -> l.role().value()).contains("15-1243.00");
    }
}
