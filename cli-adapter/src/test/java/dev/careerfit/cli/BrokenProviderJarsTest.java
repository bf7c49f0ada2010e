package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Provider jars that cannot be used are named, with what is wrong, instead of being skipped in silence. */
class BrokenProviderJarsTest {
    @TempDir
    Path temp;

    static Stream<Arguments> unreadableJars() throws IOException {
        byte[] random = new byte[4096];
        new Random(11).nextBytes(random);
        return Stream.of(
                Arguments.of("a text file", "this is not a jar\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("random bytes", random),
                Arguments.of("an empty file", new byte[0]),
                Arguments.of("a truncated jar", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableJars")
    void aJarThatCannotBeReadIsAnErrorNamingIt(String what, byte[] content) throws IOException {
        Path jar = temp.resolve("providers/acme-provider.jar");
        if (content == null) {
            Path whole = ProviderJarFixture.write(temp.resolve("whole/acme-provider.jar"), WidgetStatsProviderStub.class);
            byte[] bytes = Files.readAllBytes(whole);
            content = Arrays.copyOf(bytes, bytes.length / 2);
        }
        Files.createDirectories(jar.getParent());
        Files.write(jar, content);

        for (String spec : new String[] {jar.toString(), jar.getParent().toString()}) {
            CliRun.Result r = new CliRun(temp.resolve("home")).run("sources", "--providers", spec);

            assertThat(r.exitCode()).as("exit code with %s", spec).isEqualTo(ExitCodes.ERROR);
            assertThat(r.errLines()).singleElement().asString()
                    .startsWith("careerfit: --providers: '" + jar + "' is not a readable jar")
                    .doesNotContain("Exception");
        }
    }

    @Test
    @Tag("national")
    void aProviderThatRecursesWithoutEndIsOneLineInSourcesAndAnError() throws IOException {
        Path jar = ProviderJarFixture.write(temp.resolve("recursing.jar"), RecursingProviderStub.class);

        CliRun.Result r = new CliRun(temp.resolve("home")).run("sources", "--providers", jar.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.out().replaceAll("\\s+", " ")).containsOnlyOnce("StackOverflowError")
                .contains("provider 'recursing' (" + RecursingProviderStub.class.getName() + " in ")
                .contains("failed to load its data: recursing: it called itself without end (StackOverflowError)");
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: --providers recursing.jar: provider "
                + "'recursing'").contains("StackOverflowError");
    }

    @Test
    @Tag("national")
    void sourcesListsEveryProblemOfABrokenDocumentInTheUsersJarNamingThatJar() throws IOException {
        String document = """
                {
                  "format": "careerfit-provider/1",
                  "provider": {"id": "acme"},
                  "sources": [{"id": "acme-survey", "publisher": "Acme", "title": "Survey", "kind": "GUESS"}],
                  "roles": [{"id": "widget-tester", "title": "Widget tester", "sumary": "Tests widgets."}],
                  "extra": 1
                }
                """;
        Path jar = ProviderJarFixture.write(temp.resolve("acme-provider.jar"), Map.of(
                "META-INF/careerfit/provider-documents", "com/acme/acme.json\n", "com/acme/acme.json", document));

        CliRun.Result r = new CliRun(temp.resolve("home")).run("sources", "--providers", jar.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: --providers acme-provider.jar: "
                + "provider 'acme'").contains("3 problems, the first: acme.json:4:85");
        // A problem's place (file, line, column, JSON path) is what the person must fix: named in full.
        assertThat(r.out().replaceAll("\\s+", " "))
                .contains("provider 'acme' (DocumentProvider[com/acme/acme.json in acme-provider.jar]")
                .contains("3 problems")
                .contains("- acme.json:4:85 $.sources[0].kind: 'GUESS' is not one of")
                .contains("- acme.json:5:73 $.roles[0].sumary: unknown field 'sumary'")
                .contains("- acme.json:6:3 $.extra: unknown field 'extra'")
                .doesNotContain("first:");
    }
}
