package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code careerfit serve} from the packaged jar, as a person starts it: it prints where it listens (loopback by
 * default), answers pages and the API from the built-in catalog, and a port that is taken or out of range is one
 * line and a non-zero exit. Runs after packaging (failsafe), on the JDK that runs the build.
 */
class ServeIT {
    static final Pattern ADDRESS = Pattern.compile("careerfit serves at (http://127\\.0\\.0\\.1:\\d+/) \\(ready in");

    @TempDir
    Path home;

    private ProcessBuilder careerfit(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-jar", Path.of("target/careerfit.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("CAREERFIT_HOME", home.toString());
        return pb;
    }

    @Test
    void servesThePagesAndTheApiOnLoopback() throws Exception {
        Process serve = careerfit("serve", "--port", "0").redirectError(home.resolve("err.txt").toFile()).start();
        try {
            String line = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(line).as(Files.exists(home.resolve("err.txt")) ? Files.readString(home.resolve("err.txt")) : "")
                    .isNotNull();
            Matcher m = ADDRESS.matcher(line);
            assertThat(m.find()).as(line).isTrue();
            URI base = URI.create(m.group(1));
            HttpURLConnection start = (HttpURLConnection) base.toURL().openConnection();
            assertThat(start.getResponseCode()).isEqualTo(200);
            assertThat(body(start)).contains("Which careers fit you?");
            assertThat(start.getHeaderField("Content-Security-Policy")).isNotBlank();
            HttpURLConnection ranking = (HttpURLConnection) base.resolve("/api/ranking?limit=3").toURL().openConnection();
            ranking.setRequestMethod("POST");
            ranking.setRequestProperty("Content-Type", "application/json");
            ranking.setDoOutput(true);
            ranking.getOutputStream().write(Files.readAllBytes(Path.of("../docs/example-answers-ml-engineer.json")));
            assertThat(ranking.getResponseCode()).isEqualTo(200);
            assertThat(body(ranking)).contains("\"format\" : \"careerfit-ranking/1\"");
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(home.resolve("err.txt"))).as("nothing on standard error but warnings")
                .doesNotContain("Exception").doesNotContain("SLF4J");
    }

    private static String body(HttpURLConnection connection) throws IOException {
        try (var in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPortTakenOrOutOfRangeIsOneLineAndANonZeroExit() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Process serve = careerfit("serve", "--port", Integer.toString(taken.getLocalPort())).start();
            assertThat(serve.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String err = new String(serve.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(serve.exitValue()).as(err).isEqualTo(ExitCodes.ERROR);
            assertThat(err.strip().lines()).hasSize(1);
            assertThat(err).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": the port is taken");
        }
        Process wrong = careerfit("serve", "--port", "70000").start();
        assertThat(wrong.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = new String(wrong.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(wrong.exitValue()).as(err).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("--port must be between 0 and 65535, was 70000");
    }
}
