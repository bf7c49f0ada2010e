package dev.careerfit.all;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scoring needs no JSON library: in a separate JVM whose class path holds core, the quiz engine and the national
 * providers (O*NET 30.1, OEWS May 2024, EP 2024-34) but neither Jackson nor anything that needs it (careerfit-json,
 * careerfit-quiz-json, the document providers), a catalog, a scorer and a ranking are made.
 */
@Tag("national")
class NoJacksonTest {
    /** What needs Jackson, left off the class path. */
    private static final String WITH_JACKSON = ".*(jackson|snakeyaml|careerfit-json|careerfit-quiz-json|provider-document"
            + "|provider-bls-|provider-glassdoor|provider-ml-survey|provider-career-guides|careerfit-all).*";

    @Test
    void buildsACatalogAScorerAndARankingWithoutJackson() throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> !e.matches(".*(junit|opentest4j|apiguardian|assertj|byte-buddy|surefire).*"))
                .filter(e -> !e.matches(WITH_JACKSON) || e.matches(".*provider-bls-(oews|ep).*"))
                .filter(e -> !e.endsWith("/classes") && !e.endsWith("\\classes"))
                .toList();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, entries), NoJacksonCheck.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        assertThat(process.exitValue()).as("exit code; class path:%n%s%noutput:%n%s",
                entries.stream().collect(Collectors.joining("\n")), out).isZero();
        assertThat(entries).noneMatch(e -> e.contains("jackson"));
        assertThat(out).contains("jackson: absent", "catalog: 1016 roles from 3 providers",
                "bank: careerfit-standard 2.0, ").containsPattern("ranking: (9[0-9][0-9]|10[0-9][0-9]) scored; best ");
    }
}
