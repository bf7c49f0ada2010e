package dev.careerfit.release;

import dev.careerfit.Api;
import dev.careerfit.fact.FactKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the values of a snapshot section in the order {@link SnapshotOutput} wrote them.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class SnapshotInput {
    /** The kinds read so far, by id: an index of every entry names a few kinds many times over. */
    private static final Map<String, FactKind<?>> KINDS = new ConcurrentHashMap<>();

    private final byte[] bytes;
    private int position;
    private final int end;
    private final String[] strings;

    SnapshotInput(byte[] bytes, String[] strings) {
        this(bytes, 0, bytes.length, strings);
    }

    SnapshotInput(byte[] bytes, int offset, int end, String[] strings) {
        this.bytes = bytes;
        this.position = offset;
        this.end = end;
        this.strings = strings;
    }

    /** How far into its bytes the input has read. */
    int position() {
        return position;
    }

    public int varInt() {
        long v = varLong();
        if (v > Integer.MAX_VALUE) {
            throw corrupt("an int is out of range");
        }
        return (int) v;
    }

    public long varLong() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (position >= end) {
                throw corrupt("a number runs past the end of its section");
            }
            byte b = bytes[position++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw corrupt("a number is too long");
    }

    public long signedLong() {
        long v = varLong();
        return (v >>> 1) ^ -(v & 1);
    }

    public boolean bool() {
        return readByte() != 0;
    }

    public Boolean optionalBool() {
        int b = readByte();
        return b == 2 ? null : b == 1;
    }

    public double decimal(int decimals) {
        return signedLong() / Math.pow(10, decimals);
    }

    public Double optionalDecimal(int decimals) {
        long v = varLong();
        if (v == 0) {
            return null;
        }
        v -= 1;
        long s = (v >>> 1) ^ -(v & 1);
        return s / Math.pow(10, decimals);
    }

    public String text() {
        int n = varInt();
        if (n == 0) {
            return null;
        }
        n -= 1;
        if (position + n > end) {
            throw corrupt("text runs past the end of its section");
        }
        String s = new String(bytes, position, n, StandardCharsets.UTF_8);
        position += n;
        return s;
    }

    public String shared() {
        int i = varInt();
        if (i == 0) {
            return null;
        }
        if (i - 1 >= strings.length) {
            throw corrupt("a string-table reference is out of range");
        }
        return strings[i - 1];
    }

    /** A number written by {@link SnapshotOutput#number(BigDecimal)}, exactly, or {@code null}. */
    public BigDecimal number() {
        int scale = varInt();
        return scale == 0 ? null : new BigDecimal(BigInteger.valueOf(signedLong()), scale - 1);
    }

    /**
     * Kinds of fact written by {@link SnapshotOutput#kinds(Set)}.
     *
     * @throws IllegalStateException when the snapshot names a kind this careerfit does not know, or one kind twice
     */
    public Set<FactKind<?>> kinds() {
        int n = varInt();
        Set<FactKind<?>> kinds = new HashSet<>(n * 2);
        for (int i = 0; i < n; i++) {
            String id = shared();
            FactKind<?> kind = id == null ? null : KINDS.computeIfAbsent(id, k -> FactKind.byId(k).orElse(null));
            if (kind == null) {
                throw corrupt("unknown kind of fact '" + id + "'; rebuild the snapshot with this careerfit's converter");
            }
            if (!kinds.add(kind)) {
                throw corrupt("kind of fact '" + id + "' is listed twice");
            }
        }
        return Collections.unmodifiableSet(kinds);
    }

    /** Whether every byte of the section has been read. */
    public boolean atEnd() {
        return position >= end;
    }

    private int readByte() {
        if (position >= end) {
            throw corrupt("a value runs past the end of its section");
        }
        return bytes[position++] & 0xFF;
    }

    private static IllegalStateException corrupt(String what) {
        return new IllegalStateException("the snapshot is damaged: " + what);
    }
}
