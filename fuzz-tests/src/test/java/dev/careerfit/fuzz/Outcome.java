package dev.careerfit.fuzz;

import dev.careerfit.CareerfitException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one acceptable outcome of reading outside input (docs/reliability.md): a result, or a
 * {@link CareerfitException} whose message says what is wrong in at most a few lines. Anything else (another
 * exception, an empty or runaway message) reaches the fuzzer as a finding.
 */
final class Outcome {
    /** Longer than any message careerfit means to print (an echoed input is cut well before this). */
    static final int LONGEST_MESSAGE = 4_000;

    private Outcome() {}

    /**
     * Runs {@code read}; a careerfit exception, or one of the {@code documented} exceptions the API's javadoc
     * names for bad input (e.g. {@code IllegalArgumentException} from a value parser), must explain itself.
     */
    @SafeVarargs
    static void resultOrExplained(ThrowingRead read, Class<? extends RuntimeException>... documented) {
        try {
            read.run();
        } catch (CareerfitException e) {
            explained(e);
        } catch (IOException e) {
            throw new UncheckedIOException("the harness's own file failed", e);
        } catch (RuntimeException e) {
            for (Class<? extends RuntimeException> type : documented) {
                if (type.isInstance(e)) {
                    explained(e);
                    return;
                }
            }
            throw e;
        }
    }

    private static void explained(RuntimeException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            throw new AssertionError("an exception without a message", e);
        }
        if (message.length() > LONGEST_MESSAGE) {
            throw new AssertionError("a message of " + message.length() + " characters", e);
        }
    }

    /**
     * {@code bytes} written to {@code name} in this JVM's temporary folder, for readers that take files. One folder
     * for the whole run, each file rewritten in place: a folder per input (the first version) left millions of
     * folders and a {@code deleteOnExit} list that grew with every input. The folder is in memory ({@code /dev/shm})
     * where there is one: on the build machine's disk, truncating the file for every input (blocks freed and
     * discarded) was most of a file reader's time per input.
     */
    static Path file(String name, byte[] bytes) throws IOException {
        Path file = Folder.PATH.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** Made on first use, removed when the JVM ends. */
    private static final class Folder {
        static final Path PATH = make();

        private static Path make() {
            try {
                Path memory = Path.of("/dev/shm");
                Path folder = Files.isDirectory(memory) && Files.isWritable(memory)
                        ? Files.createTempDirectory(memory, "careerfit-fuzz") : Files.createTempDirectory("careerfit-fuzz");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try (var files = Files.list(folder)) {
                        for (Path f : files.toList()) {
                            Files.deleteIfExists(f);
                        }
                        Files.deleteIfExists(folder);
                    } catch (IOException e) {
                        // A temporary folder left behind is harmless.
                    }
                }));
                return folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A read of outside input, which may touch the file system. */
    @FunctionalInterface
    interface ThrowingRead {
        void run() throws IOException;
    }
}
