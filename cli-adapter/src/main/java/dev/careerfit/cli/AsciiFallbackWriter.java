package dev.careerfit.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;

/**
 * Writes what the charset can show as it is, and each character it cannot in plain ASCII words: currency
 * signs as their codes ({@code £60,000} as {@code GBP 60,000}), typographic quotes and dashes as their ASCII
 * forms, anything else as {@code ?}. For terminals in a locale such as {@code LC_ALL=C}.
 */
final class AsciiFallbackWriter extends FilterWriter {
    private static final Map<Character, String> ASCII = Map.ofEntries(
            Map.entry('\u00a3', "GBP "), Map.entry('\u20ac', "EUR "), Map.entry('\u00a5', "JPY "),
            Map.entry('\u20b9', "INR "), Map.entry('\u2018', "'"), Map.entry('\u2019', "'"),
            Map.entry('\u201c', "\""), Map.entry('\u201d', "\""), Map.entry('\u2013', "-"), Map.entry('\u2014', "-"),
            Map.entry('\u2026', "..."), Map.entry('\u00d7', "x"), Map.entry('\u2264', "<="), Map.entry('\u2265', ">="),
            Map.entry('\u00b5', "u"), Map.entry('\u00a0', " "), Map.entry('\u2212', "-"), Map.entry('\u00b1', "+/-"),
            Map.entry('\u2588', "#"), Map.entry('\u00e9', "e"), Map.entry('\u2022', "*"), Map.entry('\u00f7', "/"),
            Map.entry('\u201a', ","));

    private final CharsetEncoder encoder;

    AsciiFallbackWriter(Writer out, Charset charset) {
        super(out);
        this.encoder = charset.newEncoder();
    }

    /** {@code c} as the charset can show it. */
    String shown(char c) {
        if (encoder.canEncode(c)) {
            return null;
        }
        String ascii = ASCII.get(c);
        if (ascii != null) {
            return ascii;
        }
        // The low half of a pair is dropped: the high half already stands for the character.
        return Character.isLowSurrogate(c) ? "" : "?";
    }

    @Override
    public void write(int c) throws IOException {
        String s = shown((char) c);
        if (s == null) {
            out.write(c);
        } else {
            out.write(s);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            String s = shown(buf[i]);
            if (s != null) {
                out.write(buf, start, i - start);
                out.write(s);
                start = i + 1;
            }
        }
        out.write(buf, start, off + len - start);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
    }
}
