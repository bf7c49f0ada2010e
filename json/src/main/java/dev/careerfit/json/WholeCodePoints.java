package dev.careerfit.json;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Gives the YAML reader its text in whole code points. SnakeYAML (2.x, as Jackson's YAML module uses it) fails with
 * an IndexOutOfBoundsException when a read ends on the first half of a surrogate pair at the end of its 1,024-character
 * window, so a YAML file with an emoji at the 1,024th character could not be read. Each read here stops before a
 * trailing high surrogate, which the next read then gives with its partner. Found by {@code AnswersFuzzTest}
 * (docs/reliability.md).
 */
final class WholeCodePoints extends InputDecorator {
    private static final long serialVersionUID = 1L;

    @Override
    public InputStream decorate(IOContext context, InputStream in) {
        return in;
    }

    @Override
    public InputStream decorate(IOContext context, byte[] source, int offset, int length) {
        return null;
    }

    @Override
    public Reader decorate(IOContext context, Reader reader) {
        return new Reader() {
            /** A character held back from the last read: the high surrogate it would have ended on. */
            private int held = -1;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                int n = 0;
                if (held >= 0) {
                    buffer[offset] = (char) held;
                    held = -1;
                    n = 1;
                }
                if (n < length) {
                    int read = reader.read(buffer, offset + n, length - n);
                    if (read < 0) {
                        return n == 0 ? -1 : n;
                    }
                    n += read;
                }
                if (n > 1 && Character.isHighSurrogate(buffer[offset + n - 1])) {
                    held = buffer[offset + n - 1];
                    n--;
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }
}
