package dev.careerfit.provider.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.careerfit.InvalidDataException;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The outline, read token by token, must give exactly what binding the whole document gives in the
 * parts it reads, and must give nothing for a document binding would refuse there, so that the
 * problem is reported by the full read with its line and path.
 */
class DocumentOutlineTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"good.json", "good.yaml", "registered.yaml"})
    void outlinesADocumentAsBindingItReadsIt(String resource) throws IOException {
        DocumentLocation location = DocumentLocation.resource(DocumentOutlineTest.class, resource);
        DocumentOutline outline = DocumentOutline.read(location, location.read());
        ProviderDocument bound = DocumentReader.read(location, location.read()).document();

        assertThat(outline).as("a document binding accepts outlines").isNotNull();
        assertThat(outline.header()).isEqualTo(bound.provider());
        assertThat(DocumentOutline.header(location)).isEqualTo(bound.provider());
        assertThat(outline.sources()).isEqualTo(bound.sources());
        assertThat(outline.factors()).isEqualTo(bound.factors());
        List<RoleEntry> boundEntries = RoleDataSet.of(bound.roles()).entries();
        assertThat(outline.roles()).extracting(DocumentOutline.RoleOutline::entry).isEqualTo(boundEntries);
        assertThat(outline.roles()).extracting(r -> r.titles().alternateTitles())
                .isEqualTo(bound.roles().stream().map(r -> r.alternateTitles()).toList());
        assertThat(boundEntries).as("the document has facts whose kinds are compared")
                .anySatisfy(e -> assertThat(e.kinds()).isNotEmpty());
    }

    static Stream<Arguments> notPlain() {
        return Stream.of(
                Arguments.of("an unknown top-level field", "\"factors\":", "\"factorz\":"),
                Arguments.of("an unknown field in a source", "\"licence\":", "\"license\":"),
                Arguments.of("an unknown source kind", "\"EDITORIAL\"", "\"BLOG\""),
                Arguments.of("a repeated role id", "\"id\": \"data-scientist\"", "\"id\": \"ml-engineer\""),
                Arguments.of("a repeated source id", "\"id\": \"example-guide\"", "\"id\": \"bls-ooh\""),
                Arguments.of("a provider id that is not an id", "\"example-stats\"", "\"Example Stats\""),
                Arguments.of("a role without an id", "\"id\": \"data-scientist\",", ""),
                Arguments.of("an unknown field in a role", "\"summary\":", "\"summery\":"),
                Arguments.of("another format", "careerfit-provider/1", "careerfit-provider/2"),
                Arguments.of("broken syntax inside a fact", "\"median\": 136620,", "\"median\": 136620,,"),
                Arguments.of("content after the document", "\n}\n", "\n}\n{}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notPlain")
    void givesNoOutlineWhereBindingFindsAProblem(String name, String good, String bad) throws IOException {
        Path file = dir.resolve("changed.json");
        Files.writeString(file, changed(good, bad));
        DocumentLocation location = DocumentLocation.path(file);

        assertThat(DocumentOutline.read(location, location.read())).isNull();
        assertThat(DocumentReader.read(location, location.read()).failure()).as("binding reports it").isNotNull();
    }

    @Test
    void declinesAValueBindingWouldConvertAndLeavesItToBinding() throws IOException {
        Path file = dir.resolve("number.json");
        Files.writeString(file, changed("\"Data scientist\"", "42"));
        DocumentLocation location = DocumentLocation.path(file);

        assertThat(DocumentOutline.read(location, location.read())).isNull();
        assertThat(CareerCatalog.builder().discoverProviders(false).addProvider(new DocumentProvider(file)).build()
                .requireRole("data-scientist").title()).as("read by binding, which takes a number as text")
                .isEqualTo("42");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"median\": 136620,|\"median\": -5,", "\"ADVANCED\"|\"WIZARD\"",
            "\"source\": \"example-guide\"|\"source\": \"nowhere\""})
    void leavesTheFactsToBinding(String change) throws IOException {
        String[] parts = change.split("\\|");
        Path file = dir.resolve("fact.json");
        Files.writeString(file, changed(parts[0], parts[1]));
        DocumentLocation location = DocumentLocation.path(file);

        assertThat(DocumentOutline.read(location, location.read())).as("the outline does not read facts").isNotNull();
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> new DocumentProvider(file).roles());
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.where()).contains("$.roles[0]."));
    }

    private static String changed(String good, String bad) throws IOException {
        String text;
        try (InputStream in = DocumentOutlineTest.class.getResourceAsStream("good.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int at = text.indexOf(good);
        assertThat(at).as("good.json contains %s", good).isNotNegative();
        return text.substring(0, at) + bad + text.substring(at + good.length());
    }
}
