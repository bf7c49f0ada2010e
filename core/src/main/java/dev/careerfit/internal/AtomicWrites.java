package dev.careerfit.internal;

import dev.careerfit.Api;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a reader sees either the old content or the new, never half of it, even when
 * the process dies mid-write: the bytes go to a temporary file in the same folder, are forced to disk,
 * and the file is then moved over the target (a plain replace where the file system cannot move
 * atomically). Writes go into what the caller named: a symbolic link's target is replaced and the link
 * kept; a device, a FIFO or anything under {@code /dev} or {@code /proc} ({@code /dev/null},
 * {@code /dev/stdout}) is written to directly. Every error names the path the caller gave, never the
 * temporary file. Shared by careerfit's JSON files and the national providers' snapshots. Not part of
 * the public API.
 */
@Api(Api.Status.INTERNAL)
public final class AtomicWrites {
    /** Links followed before giving up, as Linux does. */
    private static final int MAX_LINKS = 40;
    private static final Path[] SPECIAL_FOLDERS = {Path.of("/dev"), Path.of("/proc")};

    private AtomicWrites() {}

    /** Who may read a file written for the first time; a replaced file always keeps its permissions. */
    @Api(Api.Status.INTERNAL)
    public enum NewFile {
        /** Readable by its owner only: files of personal answers. */
        PRIVATE,
        /** With the folder's usual permissions: files meant to be shared, such as data snapshots. */
        USUAL
    }

    /**
     * Writes {@code bytes} to {@code target}, creating missing parent folders.
     *
     * @throws IOException naming {@code target} as given: {@code report.html: permission denied},
     *                     {@code /dev/full: no space left on device}, {@code out: is a folder, not a file}
     */
    public static void write(Path target, byte[] bytes, NewFile newFile) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(target, "target");
        try {
            Path file = followLinks(target.toAbsolutePath());
            if (file == null) {
                writeDirectly(target, bytes);
            } else if (Files.isDirectory(file)) {
                throw new FileSystemException(target.toString(), null, "is a folder, not a file");
            } else if (Files.exists(file) && !Files.isRegularFile(file)) {
                writeDirectly(file, bytes);
            } else if (Files.exists(file) && !Files.isWritable(file)) {
                throw new AccessDeniedException(target.toString(), null, "permission denied");
            } else {
                replace(file, bytes, newFile);
            }
        } catch (IOException e) {
            throw named(target, e);
        }
    }

    /**
     * The file {@code path} stands for once its symbolic links are followed, or {@code null} when it is
     * or leads into {@code /dev} or {@code /proc}, to be written directly ({@code /dev/stdout} leads to
     * {@code /proc/self/fd/1}, a link to a pipe that no path names).
     */
    private static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; ; hops++) {
            for (Path special : SPECIAL_FOLDERS) {
                if (p.normalize().startsWith(special)) {
                    return null;
                }
            }
            if (!Files.isSymbolicLink(p)) {
                return p;
            }
            if (hops == MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            p = p.getParent().resolve(Files.readSymbolicLink(p));
        }
    }

    private static void writeDirectly(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            out.write(bytes);
        }
    }

    private static void replace(Path file, byte[] bytes, NewFile newFile) throws IOException {
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

    /** {@code e} said of {@code target}, the path the caller gave, rather than of a temporary file or a link. */
    private static IOException named(Path target, IOException e) {
        String name = target.toString();
        if (e instanceof FileSystemException f && name.equals(f.getFile()) && f.getOtherFile() == null) {
            return e;
        }
        IOException named = e instanceof AccessDeniedException
                ? new AccessDeniedException(name, null, "permission denied")
                : new FileSystemException(name, null, reason(e));
        named.initCause(e);
        return named;
    }

    /** What went wrong, in words: {@code no space left on device}, {@code '/a/b' is a file, not a folder}. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            // Only the folders on the way to the file are created, so the path is one of the caller's.
            return "'" + ((FileSystemException) e).getFile() + "' is a file, not a folder";
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
        return reason.length() > 1 && Character.isLowerCase(reason.charAt(1))
                ? reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1) : reason;
    }
}
