package dev.careerfit.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a reader sees either the old content or the new, never half of it, even when
 * the process dies mid-write: the bytes go to a temporary file in the same folder, are forced to disk,
 * and the file is then moved over the target (a plain replace where the file system cannot move
 * atomically). Shared by careerfit's JSON files and the national providers' snapshots. Not part of the
 * public API.
 */
public final class AtomicWrites {
    private AtomicWrites() {}

    /** Who may read a file written for the first time; a replaced file always keeps its permissions. */
    public enum NewFile {
        /** Readable by its owner only: files of personal answers. */
        PRIVATE,
        /** With the folder's usual permissions: files meant to be shared, such as data snapshots. */
        USUAL
    }

    /** Writes {@code bytes} to {@code target}, creating missing parent folders. */
    public static void write(Path target, byte[] bytes, NewFile newFile) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        Path file = Objects.requireNonNull(target, "target").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Path temp = newFile == NewFile.PRIVATE ? Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp")
                : file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
                        .nextLong()) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void keepPermissions(Path file, Path temp) throws IOException {
        if (Files.exists(file) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
        }
    }
}
