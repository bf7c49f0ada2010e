package dev.careerfit.all;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * careerfit works the same on the module path (module-info, {@code provides}/{@code uses}) and on the
 * class path ({@code META-INF/services}): a separate JVM runs {@link InstallationCheck} each way.
 */
@Tag("national")
class ModulePathAndClassPathTest {

    @Test
    void findsEveryBuiltInProviderOnTheModulePath() throws Exception {
        String out = run("--module-path", libraries(), "--module", "dev.careerfit.all/dev.careerfit.all.InstallationCheck");

        assertThat(out).contains("careerfit on the module path (dev.careerfit.all)");
        assertBuiltInsLoaded(out);
    }

    @Test
    void findsEveryBuiltInProviderOnTheClassPath() throws Exception {
        String out = run("-cp", libraries(), "dev.careerfit.all.InstallationCheck");

        assertThat(out).contains("careerfit on the class path");
        assertBuiltInsLoaded(out);
    }

    private static void assertBuiltInsLoaded(String out) {
        assertThat(out).contains("provider bls", "provider glassdoor", "provider ml-survey", "provider career-guides")
                .contains("role ml-engineer: Machine Learning Engineer", "role data-scientist", "role ai-engineer")
                .contains("failures: 0")
                .containsPattern("question bank careerfit-standard [0-9.]+: [0-9]+ questions; someone who agrees with "
                        + "everything scores ai-engineer at [0-9]+");
    }

    /** The main code and its libraries, without test classes and test frameworks. */
    private static String libraries() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes"))
                .filter(e -> !e.matches(".*(junit|opentest4j|apiguardian|assertj|byte-buddy|surefire).*"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        assertThat(process.exitValue()).as("exit code; output:%n%s", out).isZero();
        return out;
    }
}
