package dev.careerfit.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Objects;

/**
 * Writes files so that a reader sees either the old content or the new, never half of it, even when
 * the process dies mid-write: the content goes to a temporary file in the same folder, is flushed to
 * disk, and is then moved over the target. Where the file system cannot move atomically the move is
 * a plain replace. A replaced file keeps its permissions; a new one is readable by its owner only.
 *
 * @since 0.1
 */
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
        Path file = Objects.requireNonNull(target, "target").toAbsolutePath();
        Path folder = file.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            keepPermissions(file, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Temporary files are private to their owner; a file that is replaced keeps the permissions it had,
     * and a new file stays private, which suits files of personal answers.
     */
    private static void keepPermissions(Path file, Path temp) throws IOException {
        if (Files.exists(file) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
        }
    }
}
