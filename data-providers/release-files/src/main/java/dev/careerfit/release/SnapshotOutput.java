package dev.careerfit.release;

import dev.careerfit.Api;
import dev.careerfit.fact.FactKind;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Writes the values of a snapshot section: variable-length integers, scaled decimals, text, and text
 * shared through the snapshot's string table. Read back with {@link SnapshotInput} in the same order.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class SnapshotOutput {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    private final StringTable strings;

    SnapshotOutput(StringTable strings) {
        this.strings = strings;
    }

    /** A non-negative int in 1 to 5 bytes. */
    public SnapshotOutput varInt(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("varInt must not be negative, was " + value);
        }
        return varLong(value);
    }

    /** A non-negative long in 1 to 10 bytes. */
    public SnapshotOutput varLong(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("varLong must not be negative, was " + value);
        }
        while ((value & ~0x7FL) != 0) {
            bytes.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        bytes.write((int) value);
        return this;
    }

    /** Any long, small magnitudes in few bytes. */
    public SnapshotOutput signedLong(long value) {
        return varLong((value << 1) ^ (value >> 63));
    }

    public SnapshotOutput bool(boolean value) {
        bytes.write(value ? 1 : 0);
        return this;
    }

    /** {@code null}, false or true in one byte. */
    public SnapshotOutput optionalBool(Boolean value) {
        bytes.write(value == null ? 2 : value ? 1 : 0);
        return this;
    }

    /**
     * A decimal with at most {@code decimals} places, exactly: {@code 4.12} at 2 places is stored as
     * 412 and reads back as the double nearest 4.12, as parsing "4.12" gives.
     *
     * @throws IllegalArgumentException when the value has more places than that
     */
    public SnapshotOutput decimal(double value, int decimals) {
        return signedLong(scaled(value, decimals));
    }

    /** Like {@link #decimal(double, int)}, or {@code null}. */
    public SnapshotOutput optionalDecimal(Double value, int decimals) {
        if (value == null) {
            return varLong(0);
        }
        long s = scaled(value, decimals);
        return varLong(((s << 1) ^ (s >> 63)) + 1);
    }

    /** Text, or {@code null}, written in place. */
    public SnapshotOutput text(String value) {
        if (value == null) {
            return varInt(0);
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        varInt(utf8.length + 1);
        bytes.write(utf8, 0, utf8.length);
        return this;
    }

    /** Text, or {@code null}, that recurs across the snapshot: written once in the string table, referred to here. */
    public SnapshotOutput shared(String value) {
        return varInt(value == null ? 0 : strings.index(value) + 1);
    }

    /**
     * A number exactly as published, or {@code null}: its scale and its unscaled value, so that
     * {@code 82.5} reads back as {@code 82.5} and {@code 67920} as {@code 67920}, not as a double.
     *
     * @throws IllegalArgumentException when the scale is negative ({@code 6.792E+4}: set it to 0 first)
     * @throws ArithmeticException      when the unscaled value does not fit a long
     */
    public SnapshotOutput number(BigDecimal value) {
        if (value == null) {
            return varInt(0);
        }
        if (value.scale() < 0) {
            throw new IllegalArgumentException(value + " has a negative scale; a snapshot number needs 0 or more");
        }
        return varInt(value.scale() + 1).signedLong(value.unscaledValue().longValueExact());
    }

    /**
     * Kinds of fact, by their {@link FactKind#id() ids} through the string table. Written in the order of
     * their ids, not of {@link dev.careerfit.fact.FactKinds#all()}, whose display order may change without
     * the snapshot changing; a reader needs no list of its own of the kinds a provider may give.
     */
    public SnapshotOutput kinds(Set<FactKind<?>> kinds) {
        varInt(kinds.size());
        kinds.stream().map(FactKind::id).sorted().forEach(this::shared);
        return this;
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }

    static long scaled(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a snapshot decimal must be a number, was " + value);
        }
        double factor = Math.pow(10, decimals);
        long s = Math.round(value * factor);
        if (Math.abs(s / factor - value) > 1e-9 * Math.max(1, Math.abs(value))) {
            throw new IllegalArgumentException(value + " has more than " + decimals + " decimal places");
        }
        return s;
    }
}
