package dev.careerfit.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.provenance.ReferencePeriod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesANewFileAndItsMissingFolders() throws Exception {
        Path target = dir.resolve(".careerfit/progress.json");

        AtomicFiles.writeString(target, "{}\n");

        assertThat(target).hasContent("{}");
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFileBehind() throws Exception {
        Path target = dir.resolve("progress.json");
        Files.writeString(target, "old");

        AtomicFiles.writeString(target, "new");

        assertThat(target).hasContent("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void keepsThePermissionsOfTheFileItReplaces() throws Exception {
        Path target = dir.resolve("shared.json");
        Files.writeString(target, "old");
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(target, shared);

        AtomicFiles.writeString(target, "new");

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(shared);
    }

    @Test
    void writesAValueWithAMapperEndingInANewline() throws Exception {
        Path target = dir.resolve("period.json");

        AtomicFiles.write(target, CareerfitJson.objectMapper(), Map.of("period", ReferencePeriod.year(2023)));

        assertThat(Files.readString(target)).isEqualTo("{\n  \"period\" : \"2023\"\n}\n");
    }
}
