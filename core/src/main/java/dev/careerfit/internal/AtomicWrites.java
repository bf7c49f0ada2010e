package dev.careerfit.internal;

import dev.careerfit.Api;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
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
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a reader sees either the old content or the new, never half of it, even when
 * the process dies mid-write: the bytes go to a temporary file in the same folder, are forced to disk,
 * and the file is then moved over the target (a plain replace where the file system cannot move
 * atomically). Writes go into what the caller named: a symbolic link's target is replaced and the link
 * kept. Only regular files are written: a folder, a device, a FIFO or a socket is refused with an error
 * saying what it is, since replacing one would destroy it and writing into one is not what a file
 * output means (standard output is the caller's to recognise first). Every error names the path the
 * caller gave, never the temporary file. Shared by careerfit's output files and the national providers'
 * snapshots. Not part of the public API.
 */
@Api(Api.Status.INTERNAL)
public final class AtomicWrites {
    /** Links followed before giving up, as Linux does. */
    private static final int MAX_LINKS = 40;
    /** The file type bits of {@code unix:mode}, and the types that are not files. */
    private static final int TYPE = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

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
     *                     {@code out: is a folder, not a file}, {@code x: is a character device, not a file; ...}
     */
    public static void write(Path target, byte[] bytes, NewFile newFile) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        try (Pending pending = open(target, newFile)) {
            pending.write(bytes);
            pending.commit();
        }
    }

    /**
     * Opens {@code target} to be written whole: what is written goes to a temporary file beside the file
     * {@code target} stands for, and replaces it on {@link Pending#commit()}; closing without committing
     * leaves the file as it was. For output too long to hold in memory.
     *
     * @throws IOException naming {@code target} when it cannot be written (see {@link #resolve})
     */
    public static Pending open(Path target, NewFile newFile) throws IOException {
        Objects.requireNonNull(newFile, "newFile");
        Path file = resolve(target);
        try {
            Files.createDirectories(file.getParent());
            Path temp = newFile == NewFile.PRIVATE
                    ? Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp")
                    : file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
                    .nextLong()) + ".tmp");
            return new Pending(target, file, temp);
        } catch (IOException e) {
            throw named(target, e);
        }
    }

    /**
     * The regular file {@code target} stands for, to be replaced or created: {@code target} itself, or where its
     * symbolic links lead (a link to nothing leads to the file to create).
     *
     * @throws IOException naming {@code target} when it is a folder, a device, a FIFO or a socket, or a file that
     *                     cannot be written
     */
    public static Path resolve(Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath();
        try {
            if (!Files.exists(absolute)) {
                return followLinks(absolute);
            }
            BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new FileSystemException(target.toString(), null, "is a folder, not a file");
            }
            if (!attributes.isRegularFile()) {
                throw new FileSystemException(target.toString(), null, "is " + kind(absolute)
                        + ", not a file; give a file, or - for standard output");
            }
            Path file = absolute.toRealPath();
            if (!Files.isWritable(file)) {
                throw new AccessDeniedException(target.toString(), null, "permission denied");
            }
            return file;
        } catch (IOException e) {
            throw named(target, e);
        }
    }

    /** What a path that is neither a file nor a folder is, in words: {@code a FIFO (named pipe)}. */
    public static String kind(Path path) {
        try {
            return switch ((Integer) Files.getAttribute(path, "unix:mode") & TYPE) {
                case FIFO -> "a FIFO (named pipe)";
                case CHARACTER_DEVICE -> "a character device";
                case BLOCK_DEVICE -> "a block device";
                case SOCKET -> "a socket";
                default -> "neither a file nor a folder";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a device or a pipe";
        }
    }

    /** Where a chain of symbolic links that leads to nothing ends: the file to create. */
    private static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            p = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
        }
        return p.normalize();
    }

    /**
     * A file being written beside its final place: an output stream that {@link #commit()} moves into place,
     * forced to disk first, keeping the permissions of the file it replaces. {@link #close()} without a commit
     * removes what was written. Write errors name the path the caller gave.
     */
    @Api(Api.Status.INTERNAL)
    public static final class Pending extends OutputStream {
        private final Path target;
        private final Path file;
        private final Path temp;
        private final FileChannel channel;
        private final OutputStream out;
        private boolean done;

        private Pending(Path target, Path file, Path temp) throws IOException {
            this.target = target;
            this.file = file;
            this.temp = temp;
            try {
                this.channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        }

        /** The regular file this replaces once committed. */
        public Path file() {
            return file;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw named(target, e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw named(target, e);
            }
        }

        /** Moves what was written into place; after this, {@link #close()} does nothing. */
        public void commit() throws IOException {
            if (done) {
                throw new IllegalStateException("already committed or closed");
            }
            try {
                out.flush();
                channel.force(true);
                channel.close();
                keepPermissions(file, temp);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                done = true;
            } catch (IOException e) {
                throw named(target, e);
            } finally {
                if (!done) {
                    close();
                }
            }
        }

        /** Leaves the file as it was, unless committed. */
        @Override
        public void close() throws IOException {
            if (done) {
                return;
            }
            done = true;
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(temp);
            }
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
