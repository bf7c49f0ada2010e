package dev.careerfit.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careerfit.Api;
import dev.careerfit.internal.AtomicWrites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes files so that a reader sees either the old content or the new, never half of it, even when
 * the process dies mid-write: the content goes to a temporary file in the same folder, is flushed to
 * disk, and is then moved over the target. Where the file system cannot move atomically the move is
 * a plain replace. A replaced file keeps its permissions; a new one is readable by its owner only. A
 * symbolic link stays and its target is replaced; a folder, a device or a FIFO is refused. Errors name
 * the path given, never the temporary file. For the files careerfit keeps (the quiz's saves), through
 * {@link OutputTarget}, the one output path, which a file that may be standard output uses directly.
 *
 * @since 0.1
 */
@Api(Api.Status.INTERNAL)
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes {@code content} as UTF-8 to {@code target}, creating missing parent folders. */
    public static void writeString(Path target, String content) throws IOException {
        Objects.requireNonNull(content, "content");
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code value} to {@code target} with {@code mapper}, ending the file with a newline. */
    public static void write(Path target, ObjectMapper mapper, Object value) throws IOException {
        Objects.requireNonNull(mapper, "mapper");
        String text = mapper.writeValueAsString(value);
        writeString(target, text.endsWith("\n") ? text : text + "\n");
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        // The one output path: a new file of answers stays private to its owner; a replaced one keeps its permissions.
        OutputTarget output = OutputTarget.of(target, List.of());
        if (output.isStandardOutput()) {
            throw new FileSystemException(target.toString(), null, "is standard output, not a file");
        }
        AtomicWrites.write(target, bytes, AtomicWrites.NewFile.PRIVATE);
    }
}
