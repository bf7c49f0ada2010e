package dev.careerfit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one output path every adapter uses: what it writes into, what it refuses, and what a failed run leaves. */
class OutputTargetTest {
    @TempDir
    Path dir;

    @Test
    void aDashIsStandardOutputWrittenThroughTheCallersWriter() throws IOException {
        StringWriter out = new StringWriter();

        OutputTarget target = OutputTarget.of("-", List.of());
        target.write("page", out);

        assertThat(target.isStandardOutput()).isTrue();
        assertThat(target.file()).isEmpty();
        assertThat(target.beside(name -> name + ".errors")).isEmpty();
        assertThat(out).hasToString("page");
    }

    @Test
    void longOutputReplacesTheFileOnlyOnCommit() throws IOException {
        Path file = Files.writeString(dir.resolve("results.jsonl"), "old\n");
        OutputTarget target = OutputTarget.of(file.toString(), List.of());

        try (OutputTarget.Output out = target.open(null)) {
            out.write("half");
        }
        assertThat(file).hasContent("old");
        try (OutputTarget.Output out = target.open(null)) {
            out.write("new\n");
            out.commit();
        }
        assertThat(file).hasContent("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFileBesideIsInTheFolderOfTheNameGivenNotOfWhereALinkLeads() throws IOException {
        Path real = Files.createDirectories(dir.resolve("runs")).resolve("a.jsonl");
        Path link = Files.createSymbolicLink(dir.resolve("latest.jsonl"), real);

        OutputTarget target = OutputTarget.of(link.toString(), List.of());

        assertThat(target.file()).contains(real);
        assertThat(target.beside(name -> name.replace(".jsonl", ".errors.jsonl")))
                .contains(dir.resolve("latest.errors.jsonl"));
    }

    @Test
    void anInputIsRefusedByIdentityWhateverItsName() throws IOException {
        Path input = Files.writeString(dir.resolve("people.jsonl"), "{}\n");
        Path hard = Files.createLink(dir.resolve("copy.jsonl"), input);

        assertThatThrownBy(() -> OutputTarget.of(input.toString(), List.of(input))).isInstanceOf(FileSystemException.class)
                .hasMessage(input + ": is also an input of this command; writing the output there would destroy it: "
                        + "give another file");
        assertThatThrownBy(() -> OutputTarget.of(hard.toString(), List.of(input)))
                .hasMessageContaining("is the same file as " + input + ", an input of this command");
        assertThat(input).hasContent("{}");
    }

    @Test
    void twoNamesForAFileNotYetMadeAreTheSameOutput() {
        Path later = dir.resolve("later.jsonl");

        assertThatThrownBy(() -> OutputTarget.of(dir.resolve("x/../later.jsonl").toString(), List.of(later)))
                .hasMessageContaining("an input of this command");
    }

    @Test
    void aFolderAndAFifoAreRefusedSayingWhatTheyAre() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        assertThatThrownBy(() -> OutputTarget.of(dir.toString(), List.of())).hasMessage(dir + ": is a folder, not a file");
        assertThatThrownBy(() -> OutputTarget.of(fifo.toString(), List.of()))
                .hasMessage(fifo + ": is a FIFO (named pipe), not a file; give a file, or - for standard output");
    }
}
