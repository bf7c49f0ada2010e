package dev.careerfit.json;

import dev.careerfit.Api;
import dev.careerfit.internal.AtomicWrites;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where a program writes what a user asked for: a file they named, or standard output ({@code -}). This is the
 * one way careerfit writes output (reports, {@code careerfit batch}'s results and errors, the quiz's saves, and
 * any later adapter), so the same rules hold everywhere:
 * <ul>
 *   <li>output goes into what was named: a symbolic link is followed and kept, the file it leads to replaced;</li>
 *   <li>a regular file is replaced atomically (written beside it, forced to disk, moved over it), so a run that
 *       fails half way leaves the old file whole; a new file is readable by its owner only, a replaced one keeps
 *       its permissions;</li>
 *   <li>a folder, a device, a FIFO or a socket is refused with a message saying what it is, unless it is this
 *       process's standard output ({@code /dev/stdout}), which is then written to as standard output;</li>
 *   <li>never the same file as one of the command's inputs, compared by file identity (a hard or symbolic link
 *       to an input is that input), nor as another output of the same command.</li>
 * </ul>
 * Files are written in UTF-8. Errors are {@link IOException}s whose message names the path as the user gave it,
 * never a temporary file: {@code results.jsonl: is the same file as the input people.jsonl; ...}. Checking a
 * target ({@link #of}) before the work and writing it after is the intended use; writing checks again.
 *
 * @since 0.2
 */
@Api(Api.Status.EXPERIMENTAL)
public final class OutputTarget {
    /** The name that means standard output. */
    public static final String STANDARD_OUTPUT = "-";
    /** This process's standard output as a file, where the system shows it as one (Linux, then other Unixes). */
    private static final List<Path> STANDARD_OUTPUT_FILES = List.of(Path.of("/proc/self/fd/1"), Path.of("/dev/stdout"));
    /** This process's standard input as a file, where the system shows it as one. */
    private static final Path STANDARD_INPUT_FILE = Path.of("/proc/self/fd/0");

    private final String name;
    private final Path file;

    private OutputTarget(String name, Path file) {
        this.name = name;
        this.file = file;
    }

    /** Standard output. */
    public static OutputTarget standardOutput() {
        return new OutputTarget(STANDARD_OUTPUT, null);
    }

    /**
     * The output {@code name} stands for, checked: {@code -} is standard output; anything else must be, or lead
     * to, a regular file that can be written or created, and not any of {@code inputs}.
     *
     * @param inputs the files the command reads
     * @throws IOException naming {@code name}: a folder, a device or FIFO that is not standard output, a file
     *                     that cannot be written, or one of {@code inputs}
     */
    public static OutputTarget of(String name, Collection<Path> inputs) throws IOException {
        Objects.requireNonNull(name, "name");
        return name.equals(STANDARD_OUTPUT) ? standardOutput() : of(Path.of(name), inputs);
    }

    /** As {@link #of(String, Collection)}, for a path: {@code Path.of("-")} is standard output too. */
    public static OutputTarget of(Path path, Collection<Path> inputs) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(inputs, "inputs");
        String name = path.toString();
        if (name.equals(STANDARD_OUTPUT) || isStandardOutput(path)) {
            return new OutputTarget(name, null);
        }
        Path file = AtomicWrites.resolve(path);
        for (Path input : inputs) {
            if (same(file, input)) {
                String which = input.equals(STANDARD_INPUT_FILE) ? "standard input," : input.toString().equals(name)
                        ? "also" : "the same file as " + input + ",";
                throw new FileSystemException(name, null, "is " + which + " an input of this command; writing the "
                        + "output there would destroy it: give another file");
            }
        }
        return new OutputTarget(name, file);
    }

    /**
     * This process's standard input as a file ({@code /proc/self/fd/0}) where the system shows it as one: an input
     * to name when a command reads standard input, so that {@code < people.jsonl -o people.jsonl} is refused.
     */
    public static Optional<Path> standardInputFile() {
        return Files.exists(STANDARD_INPUT_FILE) ? Optional.of(STANDARD_INPUT_FILE) : Optional.empty();
    }

    /** Whether this is standard output ({@code -}, or a path that is the process's standard output). */
    public boolean isStandardOutput() {
        return file == null;
    }

    /** The regular file written, where links lead; empty for standard output. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The target as the user named it, for messages. */
    public String name() {
        return name;
    }

    /**
     * A file beside this one, named by {@code rename} from this one's name ({@code results.jsonl} to
     * {@code results.errors.jsonl}), in the folder of the name given rather than where a link leads. Empty for
     * standard output: only a file has a folder to put another file beside it.
     */
    public Optional<Path> beside(UnaryOperator<String> rename) {
        if (file == null) {
            return Optional.empty();
        }
        Path given = Path.of(name);
        return Optional.of(given.resolveSibling(rename.apply(given.getFileName().toString())));
    }

    /** Writes {@code text} whole: to the file, replacing it atomically, or to {@code standardOutput}, flushed. */
    public void write(String text, Writer standardOutput) throws IOException {
        try (Output out = open(standardOutput)) {
            out.write(text);
            out.commit();
        }
    }

    /**
     * Opens this target for long output: for a file, a writer to a temporary file beside it that {@link
     * Output#commit()} moves into place and {@link Output#close()} without a commit removes; for standard output,
     * {@code standardOutput} itself (closing it leaves it open).
     */
    public Output open(Writer standardOutput) throws IOException {
        if (file == null) {
            return new Output(Objects.requireNonNull(standardOutput, "standardOutput"), null);
        }
        AtomicWrites.Pending pending = AtomicWrites.open(Path.of(name), AtomicWrites.NewFile.PRIVATE);
        return new Output(new OutputStreamWriter(pending, StandardCharsets.UTF_8), pending);
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Output being written: text goes to a file's temporary neighbour or to standard output. {@link #commit()}
     * puts a file in place (and flushes standard output); {@link #close()} before it leaves the file as it was.
     */
    @Api(Api.Status.EXPERIMENTAL)
    public static final class Output extends FilterWriter {
        private final AtomicWrites.Pending pending;
        private boolean committed;

        private Output(Writer out, AtomicWrites.Pending pending) {
            super(out);
            this.pending = pending;
        }

        /** The output is complete: a file replaces the old one; standard output is flushed. */
        public void commit() throws IOException {
            flush();
            if (pending != null) {
                pending.commit();
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (pending == null) {
                flush();
            } else if (!committed) {
                pending.close();
            }
        }
    }

    /** Whether {@code path} exists and is this process's standard output. */
    private static boolean isStandardOutput(Path path) {
        if (!Files.exists(path)) {
            return false;
        }
        for (Path stdout : STANDARD_OUTPUT_FILES) {
            if (Files.exists(stdout)) {
                try {
                    return Files.isSameFile(path, stdout);
                } catch (IOException | SecurityException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code file}, a resolved output, is {@code other}: the same file when both exist (whatever their
     * names), else the same place once links are followed.
     */
    private static boolean same(Path file, Path other) {
        try {
            boolean fileExists = Files.exists(file);
            if (fileExists != Files.exists(other)) {
                return false;
            }
            return fileExists ? Files.isSameFile(file, other) : AtomicWrites.resolve(other).equals(file);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
