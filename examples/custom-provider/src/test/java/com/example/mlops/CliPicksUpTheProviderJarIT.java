package com.example.mlops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, given to careerfit's command line with {@code --providers}, adds its role, its
 * figure for ml-engineer and its questions. Runs after {@code package}, in a JVM of its own whose
 * class path is careerfit's, not this project's.
 */
class CliPicksUpTheProviderJarIT {
    private static final Path JAR = Path.of("target", "mlops-provider-1.0.0.jar");

    @Test
    void rolesListsTheNewRole() throws Exception {
        assertThat(careerfit("roles")).contains("mlops-engineer", "MLOps Engineer");
    }

    @Test
    void roleMlEngineerShowsTheBerlinFigureWithItsSourceAndTheDisagreementItJoins() throws Exception {
        String out = careerfit("role", "ml-engineer", "--details");

        assertThat(out).contains("Berlin", "Example Co. (fictional)");
        assertThat(out).containsPattern("(?s)share of jobs in technology.*Why this one");
    }

    @Test
    void theQuizScoresTheNewRoleWithItsOnCallQuestions() throws Exception {
        String out = careerfit("score", "--answers", "src/test/resources/mlops-answers.yaml", "--role",
                "mlops-engineer", "--json");

        assertThat(out).contains("\"role\" : \"mlops-engineer\"").contains("\"score\"").contains("on-call");
    }

    private static String careerfit(String... args) throws Exception {
        assertThat(JAR).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", careerfitClassPath(), "dev.careerfit.cli.Main", "--providers", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("careerfit %s%n%s", String.join(" ", args), out).isZero();
        return out;
    }

    /** careerfit and its dependencies, without this project's own classes (the jar brings those). */
    private static String careerfitClassPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> !e.endsWith("classes") && Files.exists(Path.of(e)))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
