package dev.careerfit.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/**
 * Standard output or standard error as the program writes them. A {@link PrintWriter} (picocli's writers are
 * ones) swallows a failed write and only sets a flag; this one also keeps the failure, so that the program says
 * what went wrong ({@code standard output: no space left on device}) and exits non-zero instead of reporting
 * success after output that went nowhere.
 */
final class CheckedWriter extends PrintWriter {
    private final Recorder recorder;

    private CheckedWriter(Recorder recorder, Charset charset) {
        super(CliContext.encoder(recorder, charset), true);
        this.recorder = recorder;
    }

    /** A writer to {@code stream} in the {@linkplain CliContext#outputCharset() output charset}. */
    static CheckedWriter of(OutputStream stream) {
        return new CheckedWriter(new Recorder(stream), CliContext.outputCharset());
    }

    /** The first write that failed, after flushing what is pending. */
    Optional<IOException> failure() {
        flush();
        return Optional.ofNullable(recorder.failure);
    }

    /**
     * Throws when a write to {@code out} failed: for commands that write long output, so that they stop at the
     * first failure rather than compute what cannot be written.
     *
     * @param what the stream in words, {@code standard output}
     */
    static void check(PrintWriter out, String what) throws IOException {
        if (out.checkError()) {
            IOException cause = out instanceof CheckedWriter c ? c.recorder.failure : null;
            throw new IOException(what + ": " + reason(cause), cause);
        }
    }

    /** Why a write failed, in the words of the rest of the program's messages: {@code no space left on device}. */
    static String reason(IOException failure) {
        String message = failure == null || failure.getMessage() == null ? "cannot be written" : failure.getMessage();
        return message.length() > 1 && Character.isLowerCase(message.charAt(1))
                ? message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1) : message;
    }

    /** Whether {@code failure} means the reader went away ({@code careerfit roles | head}), not that output was lost. */
    static boolean readerGone(IOException failure) {
        return failure.getMessage() != null && failure.getMessage().toLowerCase(Locale.ROOT).contains("broken pipe");
    }

    /** Passes writes on and remembers the first that failed. */
    private static final class Recorder extends FilterOutputStream {
        volatile IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
