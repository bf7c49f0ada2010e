package dev.careerfit.release;

import dev.careerfit.Api;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.Deflater;

/**
 * Writes a careerfit snapshot: a small versioned binary file, read without reflection or a
 * general-purpose parser (the JDK's {@code tzdb.dat} and libphonenumber's metadata are the models).
 *
 * <p>Layout: the magic {@code CFSNAP}, the container version, the provider's id, the provider's
 * content version and a description of the release; a table of contents; then the sections. A
 * section is compressed whole; a block section is a list of blocks compressed one by one, so that a
 * reader can inflate one role without the rest. Text that recurs goes once into a string table.
 * The same content always gives the same bytes on one JDK; {@link SnapshotReader#rawSections()}
 * compares content regardless of compression.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class SnapshotWriter {
    static final byte[] MAGIC = {'C', 'F', 'S', 'N', 'A', 'P'};
    static final int CONTAINER_VERSION = 1;
    static final String STRINGS = "strings";

    private final String providerId;
    private final int contentVersion;
    private final String release;
    private final StringTable strings = new StringTable();
    private final Map<String, Section> sections = new LinkedHashMap<>();

    /**
     * @param providerId     the provider the snapshot is for, e.g. {@code onet}
     * @param contentVersion the provider's own format version, checked by its reader
     * @param release        what the snapshot was made from, e.g. "O*NET 30.1 Database, December 2025 Release"
     */
    public SnapshotWriter(String providerId, int contentVersion, String release) {
        this.providerId = Objects.requireNonNull(providerId, "providerId");
        this.contentVersion = contentVersion;
        this.release = Objects.requireNonNull(release, "release");
    }

    /** Adds a section written by {@code content}. */
    public SnapshotWriter section(String name, Consumer<SnapshotOutput> content) {
        SnapshotOutput out = new SnapshotOutput(strings);
        content.accept(out);
        put(name, new Section(out.toByteArray(), null));
        return this;
    }

    /** Adds a block section: one block per element of {@code items}, each written by {@code content}. */
    public <T> SnapshotWriter blocks(String name, List<T> items, java.util.function.BiConsumer<T, SnapshotOutput> content) {
        List<byte[]> blocks = new ArrayList<>(items.size());
        for (T item : items) {
            SnapshotOutput out = new SnapshotOutput(strings);
            content.accept(item, out);
            blocks.add(out.toByteArray());
        }
        put(name, new Section(null, blocks));
        return this;
    }

    private void put(String name, Section section) {
        if (name.equals(STRINGS) || sections.putIfAbsent(name, section) != null) {
            throw new IllegalArgumentException("section '" + name + "' is written twice or is reserved");
        }
    }

    /** The snapshot's bytes. */
    public byte[] toByteArray() {
        Map<String, byte[]> stored = new LinkedHashMap<>();
        Map<String, Integer> rawLengths = new LinkedHashMap<>();
        SnapshotOutput table = new SnapshotOutput(new StringTable());
        table.varInt(strings.strings().size());
        strings.strings().forEach(table::text);
        byte[] tableRaw = table.toByteArray();
        stored.put(STRINGS, deflate(tableRaw));
        rawLengths.put(STRINGS, tableRaw.length);
        sections.forEach((name, s) -> {
            if (s.blocks == null) {
                stored.put(name, deflate(s.raw));
                rawLengths.put(name, s.raw.length);
            } else {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                SnapshotOutput offsets = new SnapshotOutput(new StringTable());
                offsets.varInt(s.blocks.size());
                List<byte[]> deflated = new ArrayList<>();
                int raw = 0;
                for (byte[] b : s.blocks) {
                    byte[] d = deflate(b);
                    deflated.add(d);
                    offsets.varInt(d.length).varInt(b.length);
                    raw += b.length;
                }
                byte[] head = offsets.toByteArray();
                all.write(head, 0, head.length);
                deflated.forEach(d -> all.write(d, 0, d.length));
                stored.put(name, all.toByteArray());
                rawLengths.put(name, -1 - raw);
            }
        });
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeShort(CONTAINER_VERSION);
            out.writeUTF(providerId);
            out.writeInt(contentVersion);
            out.writeUTF(release);
            out.writeInt(stored.size());
            for (Map.Entry<String, byte[]> e : stored.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(rawLengths.get(e.getKey()));
                out.writeInt(e.getValue().length);
            }
            for (byte[] b : stored.values()) {
                out.write(b);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            d.setInput(raw);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 3));
            byte[] buf = new byte[8192];
            while (!d.finished()) {
                int n = d.deflate(buf);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    private record Section(byte[] raw, List<byte[]> blocks) {}
}
