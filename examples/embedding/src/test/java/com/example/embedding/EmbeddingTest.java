package com.example.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Both ways of embedding score the sample answers file alike and name the top role with its interval. */
class EmbeddingTest {

    @Test
    void plainJavaNamesTheTopRoleWithItsScoreAndInterval() throws Exception {
        String out = capture(() -> PlainJavaApp.main(new String[] {"answers.yaml"}));

        assertThat(out).matches("Top role: .+ \\([a-z0-9.-]+\\), score \\d+\\.\\d, interval \\d+\\.\\d-\\d+\\.\\d.*\\R");
        // The sample person loves analysis and maths and avoids production work: computer and mathematical work
        // (SOC major group 15) or the guides' data roles.
        assertThat(out).containsPattern("\\((15-\\d{4}\\.\\d{2}|data-scientist|ml-engineer|ai-engineer)\\)");
    }

    @Test
    void guiceGivesTheSameAnswerAsPlainJava() throws Exception {
        String plain = capture(() -> PlainJavaApp.main(new String[] {"answers.yaml"}));
        String guice = capture(() -> GuiceApp.main(new String[] {"answers.yaml"}));

        assertThat(guice).isEqualTo(plain);
    }

    private interface Action {
        void run() throws Exception;
    }

    private static String capture(Action action) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
