package dev.careerfit.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.app.ModulePathWiring;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An application that puts careerfit-guice and Guice on the module path and adds nothing else gets a working
 * injector: careerfit-guice's module makes the module system resolve {@code jakarta.inject}, which Guice (an
 * automatic module) uses but does not require. Without it the injector failed with
 * {@code NoClassDefFoundError: jakarta/inject/Provider} (issue 11).
 */
@Tag("national")
class ModulePathTest {
    @Test
    void guiceWiresTheScorerOnTheModulePathWithoutExtraFlags() throws Exception {
        Set<String> libraries = new LinkedHashSet<>();
        String testClasses = null;
        for (String property : List.of("jdk.module.path", "surefire.test.class.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                continue;
            }
            for (String entry : value.split(File.pathSeparator)) {
                if (entry.endsWith("test-classes")) {
                    testClasses = entry;
                } else if (!entry.matches(".*(junit|opentest4j|apiguardian|assertj|byte-buddy|surefire).*")) {
                    libraries.add(entry);
                }
            }
        }
        assertThat(testClasses).as("the test classes' folder").isNotNull();

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", String.join(File.pathSeparator, libraries), "--add-modules", "dev.careerfit.guice",
                "-cp", testClasses, ModulePathWiring.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        assertThat(process.exitValue()).as("exit code; output:%n%s", out).isZero();
        assertThat(out).contains("careerfit-guice on the module path: dev.careerfit.guice").containsPattern("[0-9]+ roles");
    }
}
