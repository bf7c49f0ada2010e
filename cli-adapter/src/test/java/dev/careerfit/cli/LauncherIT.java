package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code careerfit} launcher as a newcomer meets it: in a fresh copy of the repository the first run
 * builds (here a stand-in for the Maven wrapper puts the packaged jar in place), trains the start-up archive
 * and runs the command; the second run does neither again. Runs after packaging (failsafe), on the JDK that
 * runs the build.
 */
@Tag("national")
class LauncherIT {
    @TempDir
    Path root;

    record Run(int exitCode, String out, String err) {}

    private Run launch(String... args) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("bash", root.resolve("careerfit")
                .toString()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("CAREERFIT_HOME", root.resolve("home").toString());
        pb.environment().put("NO_COLOR", "1");
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void aFreshCopyBuildsOnItsFirstRunThenStartsFromTheArchive() throws Exception {
        Path module = Path.of("").toAbsolutePath();
        Path jar = module.resolve("target/careerfit.jar");
        assertThat(jar).as("the packaged runnable jar").exists();
        Files.copy(module.resolveSibling("careerfit"), root.resolve("careerfit"));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(root.resolve("cli-adapter/target"));
        // Stands in for the Maven wrapper: "builds" by putting the packaged jar in place.
        Path mvnw = root.resolve("mvnw");
        Files.writeString(mvnw, "#!/usr/bin/env bash\ncp '" + jar + "' '" + root.resolve("cli-adapter/target/careerfit.jar")
                + "'\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
        Thread.sleep(1100); // the jar must come out newer than pom.xml, at file-date resolution

        Run first = launch("--version");
        Run second = launch("roles", "--limit", "1");
        Run resume = launch("quiz", "--resume");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("careerfit: building with the Maven wrapper");
        assertThat(first.out()).containsIgnoringCase("careerfit");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).doesNotContain("building");
        assertThat(second.out()).contains("1,019 occupations and roles in all");
        // Messages name the program as it was run: the launcher passes its path on.
        assertThat(resume.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(resume.err()).contains("start one with: " + root.resolve("careerfit") + " quiz");
        assertThat(Files.exists(root.resolve("cli-adapter/target/careerfit.jsa"))
                || Files.exists(root.resolve("cli-adapter/target/careerfit.aot"))).as("a start-up archive").isTrue();
        Path archive = root.resolve("cli-adapter/target/careerfit.jsa");
        if (Files.exists(archive)) {
            // What makes it start fast: picocli's classes come from the archive (rewritten as Java 8 class files at
            // package time), and listing the roles opens no provider (the role index careerfit-all ships), nor does
            // ranking every occupation (the scoring index, found through the role index); a text page loads no
            // Jackson databind.
            String classes = classesLoaded(root, archive, "roles", "--limit", "1");
            String scored = classesLoaded(root, archive, "score", "--answers", TextReportTest.EXAMPLE.toString(),
                    "--all");
            assertThat(scored).contains("dev.careerfit.quiz.Scoreboard ")
                    .doesNotContain("dev.careerfit.catalog.CatalogIndex ");
            assertThat(classes).doesNotContain("com.fasterxml.jackson.databind.ObjectMapper ");
            assertThat(classes).contains("picocli.CommandLine source: shared objects file")
                    .doesNotContain("dev.careerfit.catalog.CatalogIndex ");
            assertThat(classes.lines().filter(l -> l.contains("picocli") && l.contains("source: file:")))
                    .as("picocli classes loaded from the jar").isEmpty();
        }
    }

    /** The classes loaded by running the launcher's jar on {@code args} with its archive, one line each. */
    private static String classesLoaded(Path root, Path archive, String... args) throws Exception {
        Path log = Files.createTempFile(root, "classes", ".txt");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load:file=" + log, "-jar",
                root.resolve("cli-adapter/target/careerfit.jar").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(root.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Files.readString(log);
    }
}
