package dev.careerfit.release;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a snapshot written by {@link SnapshotWriter}. The file stays in memory in its compressed
 * form; a section or a block is inflated each time it is asked for, and nothing inflated is kept
 * but the string table. Thread-safe.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class SnapshotReader {
    private final String what;
    private final String providerId;
    private final int contentVersion;
    private final String release;
    private final byte[] bytes;
    private final Map<String, int[]> toc = new LinkedHashMap<>();
    private volatile String[] strings;

    private SnapshotReader(byte[] bytes, String what) {
        this.what = what;
        this.bytes = bytes;
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            byte[] magic = new byte[SnapshotWriter.MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, SnapshotWriter.MAGIC)) {
                throw new CareerfitException(what + " is not a careerfit snapshot");
            }
            int version = in.readUnsignedShort();
            if (version != SnapshotWriter.CONTAINER_VERSION) {
                throw new CareerfitException(what + " is a snapshot of container version " + version
                        + "; this careerfit reads version " + SnapshotWriter.CONTAINER_VERSION);
            }
            providerId = in.readUTF();
            contentVersion = in.readInt();
            release = in.readUTF();
            int n = in.readInt();
            String[] names = new String[n];
            int[][] lengths = new int[n][];
            for (int i = 0; i < n; i++) {
                names[i] = in.readUTF();
                lengths[i] = new int[] {in.readInt(), in.readInt()};
            }
            int offset = bytes.length - in.available();
            for (int i = 0; i < n; i++) {
                toc.put(names[i], new int[] {offset, lengths[i][1], lengths[i][0]});
                offset += lengths[i][1];
            }
            if (offset != bytes.length) {
                throw new CareerfitException(what + " is damaged: its sections end at byte " + offset + " of "
                        + bytes.length);
            }
        } catch (IOException e) {
            throw new CareerfitException(what + " is damaged: " + e.getMessage(), e);
        }
    }

    /** A snapshot from its bytes. */
    public static SnapshotReader of(byte[] bytes, String what) {
        return new SnapshotReader(bytes, what);
    }

    /**
     * A snapshot read from a stream, which is closed: how a provider reads the snapshot it ships with
     * {@code MyProvider.class.getResourceAsStream("my.cfsnap")}, which works on the module path without
     * opening the provider's package.
     *
     * @param what how messages name the snapshot
     * @throws CareerfitException when the stream is {@code null}, unreadable or damaged
     */
    public static SnapshotReader of(InputStream stream, String what) {
        if (stream == null) {
            throw new CareerfitException(what + " is missing from the jar; rebuild the provider");
        }
        try (InputStream in = stream) {
            return new SnapshotReader(readAll(in), what);
        } catch (IOException e) {
            throw new CareerfitException(what + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * A snapshot shipped as a resource next to {@code anchor}. On the module path the anchor's package
     * must be opened to {@code dev.careerfit.release}, since this module reads the resource; a provider
     * that would rather not open it reads the stream itself and calls {@link #of(InputStream, String)}.
     *
     * @throws CareerfitException when the resource is missing or damaged
     */
    public static SnapshotReader ofResource(Class<?> anchor, String resource) {
        String what = "snapshot " + resource + " of " + anchor.getModule().getName();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CareerfitException(what + " is missing from the jar; rebuild the provider");
            }
            return new SnapshotReader(readAll(in), what);
        } catch (IOException e) {
            throw new CareerfitException(what + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * The whole stream, read straight into an array of the size the stream announces when it does (a
     * jar entry knows its size): several times quicker for a snapshot of megabytes than collecting
     * it in small buffers and copying them together.
     */
    static byte[] readAll(InputStream in) throws IOException {
        int announced = in.available();
        if (announced <= 0) {
            return in.readAllBytes();
        }
        byte[] bytes = new byte[announced];
        int n = 0;
        for (int got; n < announced && (got = in.read(bytes, n, announced - n)) >= 0; ) {
            n += got;
        }
        byte[] rest = in.readAllBytes();
        if (n == announced && rest.length == 0) {
            return bytes;
        }
        byte[] all = Arrays.copyOf(bytes, n + rest.length);
        System.arraycopy(rest, 0, all, n, rest.length);
        return all;
    }

    /**
     * This snapshot, when it was written for {@code providerId} in the content version its reader reads:
     * how a provider checks a snapshot before it reads a section.
     *
     * @param converter the class that rebuilds the snapshot, for the message, e.g. {@code EpSnapshotConverter}
     * @throws CareerfitException naming what the snapshot is for and what was expected
     */
    public SnapshotReader requireContent(String providerId, int contentVersion, String converter) {
        if (!this.providerId.equals(providerId) || this.contentVersion != contentVersion) {
            throw new CareerfitException(what + " is for provider '" + this.providerId + "', content version "
                    + this.contentVersion + "; this careerfit reads snapshots of provider '" + providerId
                    + "' of content version " + contentVersion + ". Rebuild it with " + converter);
        }
        return this;
    }

    public String providerId() {
        return providerId;
    }

    public int contentVersion() {
        return contentVersion;
    }

    public String release() {
        return release;
    }

    /** The size of the snapshot in bytes, as stored. */
    public int size() {
        return bytes.length;
    }

    public boolean hasSection(String name) {
        return toc.containsKey(name);
    }

    /** A whole section, to read from the start. */
    public SnapshotInput section(String name) {
        return new SnapshotInput(raw(name), strings());
    }

    /** How many blocks a block section has. */
    public int blockCount(String name) {
        return blockIndex(name).length;
    }

    /** One block of a block section. */
    public SnapshotInput block(String name, int index) {
        int[][] blocks = blockIndex(name);
        int[] b = blocks[index];
        return new SnapshotInput(inflate(bytes, b[0], b[1], b[2]), strings());
    }

    /**
     * Every section's content, uncompressed (a block section as its blocks' contents one after the
     * other), with the header: two snapshots with equal raw sections hold the same data, whatever
     * compressor made them.
     */
    public Map<String, byte[]> rawSections() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("header", (providerId + "\n" + contentVersion + "\n" + release).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        for (String name : toc.keySet()) {
            int[] e = toc.get(name);
            if (e[2] >= 0) {
                out.put(name, raw(name));
            } else {
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                for (int[] b : blockIndex(name)) {
                    byte[] r = inflate(bytes, b[0], b[1], b[2]);
                    all.write(r, 0, r.length);
                }
                out.put(name, all.toByteArray());
            }
        }
        return out;
    }

    /**
     * Where this snapshot's content differs from {@code other}'s, compared as {@link #rawSections()}: how a
     * test checks that a committed snapshot is the one its converter builds from the release.
     *
     * @return one line per section that differs (with its first differing byte) or that only one snapshot
     *         has; empty when both hold the same data
     */
    public List<String> differencesFrom(SnapshotReader other) {
        Map<String, byte[]> mine = rawSections();
        Map<String, byte[]> theirs = other.rawSections();
        List<String> differences = new ArrayList<>();
        if (!List.copyOf(mine.keySet()).equals(List.copyOf(theirs.keySet()))) {
            differences.add("sections " + mine.keySet() + ", the other's " + theirs.keySet());
        }
        mine.forEach((name, bytes) -> {
            byte[] others = theirs.get(name);
            int at = others == null ? -1 : Arrays.mismatch(bytes, others);
            if (at >= 0) {
                differences.add("section '" + name + "' first differs at byte " + at + " (" + bytes.length
                        + " bytes, the other's " + others.length + ")");
            }
        });
        return differences;
    }

    private final Map<String, int[][]> blockCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** A section inflated afresh: readers decode a section once and keep what they decoded, not its bytes. */
    private byte[] raw(String name) {
        int[] e = entry(name);
        if (e[2] < 0) {
            throw new IllegalArgumentException("section '" + name + "' is a block section");
        }
        return inflate(bytes, e[0], e[1], e[2]);
    }

    private int[][] blockIndex(String name) {
        return blockCache.computeIfAbsent(name, n -> {
            int[] e = entry(n);
            if (e[2] >= 0) {
                throw new IllegalArgumentException("section '" + n + "' is not a block section");
            }
            SnapshotInput in = new SnapshotInput(bytes, e[0], e[0] + e[1], new String[0]);
            int count = in.varInt();
            int[][] sizes = new int[count][];
            for (int i = 0; i < count; i++) {
                sizes[i] = new int[] {in.varInt(), in.varInt()};
            }
            int offset = in.position();
            int[][] blocks = new int[count][];
            for (int i = 0; i < count; i++) {
                blocks[i] = new int[] {offset, sizes[i][0], sizes[i][1]};
                offset += sizes[i][0];
            }
            return blocks;
        });
    }

    private String[] strings() {
        String[] s = strings;
        if (s == null) {
            SnapshotInput in = new SnapshotInput(raw(SnapshotWriter.STRINGS), new String[0]);
            int n = in.varInt();
            s = new String[n];
            for (int i = 0; i < n; i++) {
                s[i] = in.text();
            }
            strings = s;
        }
        return s;
    }

    private int[] entry(String name) {
        int[] e = toc.get(name);
        if (e == null) {
            throw new IllegalArgumentException("the snapshot has no section '" + name + "'; it has " + toc.keySet());
        }
        return e;
    }

    private static byte[] inflate(byte[] source, int offset, int length, int rawLength) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(source, offset, length);
            byte[] out = new byte[rawLength];
            int n = 0;
            while (n < rawLength) {
                int got = inflater.inflate(out, n, rawLength - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput())) {
                    break;
                }
                n += got;
            }
            if (n != rawLength) {
                throw new IllegalStateException("the snapshot is damaged: a section inflates to " + n + " bytes, not "
                        + rawLength);
            }
            return out;
        } catch (DataFormatException e) {
            throw new IllegalStateException("the snapshot is damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
