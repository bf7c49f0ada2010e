package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program under any locale: in the C locale (ASCII, as in a bare container) a pound sign still prints as
 * one, and a place typed in capitals is found under a Turkish default locale, whose dotless i would break a
 * case-insensitive match made through the default locale.
 */
@Tag("national")
class LocaleAndCharsetTest {
    @TempDir
    Path home;

    String run(List<String> jvmOptions, String... args) throws Exception {
        ProcessBuilder pb = QuizProcessTest.program(home, jvmOptions, args);
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        pb.environment().put("LC_ALL", "C");
        Path out = home.resolve("out.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(home.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(home.resolve("err.txt"))).isZero();
        return new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
    }

    @Test
    void poundsAreWrittenOutAsGbpInTheCLocale() throws Exception {
        String out = run(List.of(), "salary", "ml-engineer", "--location", "London, UK");

        // The seed guide 002 gives London's range in pounds; an ASCII terminal cannot show '£'.
        assertThat(out).contains("In London, GB (GBP)").containsPattern("range +GBP 60,000 to GBP 85,000")
                .doesNotContain("?");
    }

    @Test
    void placesInCapitalsAreFoundUnderATurkishLocale() throws Exception {
        String out = run(List.of("-Duser.language=tr", "-Duser.country=TR"), "salary", "ml-engineer",
                "--location", "SAN FRANCISCO, CALIFORNIA");

        assertThat(out).contains("In San Francisco, CA (USD)").doesNotContain("London");
    }
}
