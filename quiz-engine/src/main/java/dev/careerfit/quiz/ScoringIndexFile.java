package dev.careerfit.quiz;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.bank.BankPart;
import dev.careerfit.quiz.bank.Dimension;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.Skill;
import dev.careerfit.role.SkillCategory;
import dev.careerfit.role.SkillId;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The scoring index saved, so that a program scoring one person does not read every role's facts again
 * (docs/performance.md): the roles' ids, titles and final levels, the scales and the skills, under a key. The
 * index {@code careerfit-all} ships for the built-in catalog, and the one Spark broadcasts, are keyed by
 * {@link #key(CareerCatalog, QuestionBank)}, what the levels depend on; a cache the caller keeps names its own key.
 * A file with another key, another layout, other dimensions or damage is not used: the index is built again.
 *
 * <p>Layout (big-endian, {@link DataOutputStream}): {@value #MAGIC}, the key (its UTF-8 length, then its bytes), the
 * dimension ids and families, the role count, then per role its id and title; every role's level on every dimension
 * (row by row, NaN for none) and then their mid-rank percentiles among the roles rated, as two blocks of doubles read
 * at once; each dimension's scale ends; the skills (id, name, category); per role the rows of the occupations it is
 * linked to as a view (their count, then each). The percentiles are saved rather than
 * ranked again: a scorer made from a saved index then does little more than read it.
 */
final class ScoringIndexFile {
    static final String MAGIC = "careerfit-scoring-index/4";

    private ScoringIndexFile() {}

    /**
     * What a catalog's levels depend on, in words, one line each: the catalog's {@linkplain CareerCatalog#fingerprint()
     * fingerprint} (every provider: id, class, role count, the release it read or its built-in snapshot, its sources
     * and their releases; the conflict policy), the roles, and the bank's documents and dimensions (with their level
     * rules). Two catalogs with the same key read the same levels. A catalog listing its roles from the shipped role
     * index gives its fingerprint without opening a provider, so the shipped scoring index is found without one.
     * Kept as text rather than hashed: it is a few kilobytes, and a reader of the file can see what it was made for.
     */
    static String key(CareerCatalog catalog, QuestionBank bank) {
        StringBuilder sb = new StringBuilder(MAGIC).append('\n').append(catalog.fingerprint()).append("\nroles ")
                .append(catalog.size()).append("\nbank ").append(bank.id()).append(' ').append(bank.version());
        for (BankPart part : bank.parts()) {
            sb.append(" part ").append(part.id()).append(' ').append(part.version());
        }
        for (Dimension d : bank.dimensions()) {
            sb.append("\ndimension ").append(d.id()).append(' ').append(d.family().id()).append(' ').append(d.level());
        }
        return sb.toString();
    }

    /** The index saved at {@code file} under {@code key} for {@code bank}'s dimensions, if there is one. */
    static Optional<ScoringIndex> read(Path file, String key, CareerCatalog catalog, QuestionBank bank) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, key, catalog, bank);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The index in {@code source} if it was saved under {@code key} for {@code bank}'s dimensions and the catalog's roles. */
    static Optional<ScoringIndex> read(InputStream source, String key, CareerCatalog catalog, QuestionBank bank) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !key.equals(readText(in))) {
                return Optional.empty();
            }
            List<Dimension> dims = bank.dimensions();
            int d = in.readInt();
            if (d != dims.size()) {
                return Optional.empty();
            }
            for (Dimension dim : dims) {
                if (!dim.id().value().equals(in.readUTF()) || !dim.family().id().equals(in.readUTF())) {
                    return Optional.empty();
                }
            }
            int n = in.readInt();
            RoleId[] ids = new RoleId[n];
            String[] titles = new String[n];
            for (int r = 0; r < n; r++) {
                ids[r] = RoleId.of(in.readUTF());
                titles[r] = in.readUTF();
            }
            double[][] levels = doubles(in, n, d);
            double[][] percentiles = doubles(in, n, d);
            double[] min = new double[d];
            double[] max = new double[d];
            for (int k = 0; k < d; k++) {
                min[k] = in.readDouble();
                max[k] = in.readDouble();
            }
            int skillCount = in.readInt();
            List<Skill> skills = new ArrayList<>(skillCount);
            for (int i = 0; i < skillCount; i++) {
                skills.add(new Skill(SkillId.of(in.readUTF()), in.readUTF(), SkillCategory.valueOf(in.readUTF()), null));
            }
            int[][] links = new int[n][];
            for (int r = 0; r < n; r++) {
                links[r] = new int[in.readInt()];
                for (int i = 0; i < links[r].length; i++) {
                    links[r][i] = in.readInt();
                    if (links[r][i] < 0 || links[r][i] >= n) {
                        return Optional.empty();
                    }
                }
            }
            if (!catalog.roleIds().equals(Set.of(ids))) {
                return Optional.empty();
            }
            return Optional.of(ScoringIndex.saved(catalog, dims, ids, titles, levels, percentiles, min, max, skills,
                    links));
        } catch (IOException | RuntimeException e) {
            // Damaged or from another version: build again.
            return Optional.empty();
        }
    }

    /** Writes {@code index} under {@code key}. */
    static void write(OutputStream target, String key, ScoringIndex index) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        out.writeUTF(MAGIC);
        writeText(out, key);
        out.writeInt(index.dimensions.size());
        for (Dimension dim : index.dimensions) {
            out.writeUTF(dim.id().value());
            out.writeUTF(dim.family().id());
        }
        out.writeInt(index.size());
        for (int r = 0; r < index.size(); r++) {
            out.writeUTF(index.ids[r].value());
            out.writeUTF(index.titles[r]);
        }
        for (double[][] block : new double[][][] {index.level, index.percentile}) {
            for (double[] row : block) {
                for (double v : row) {
                    out.writeDouble(v);
                }
            }
        }
        for (int k = 0; k < index.dimensions.size(); k++) {
            out.writeDouble(index.scaleMin[k]);
            out.writeDouble(index.scaleMax[k]);
        }
        out.writeInt(index.skills.size());
        for (Skill s : index.skills.values()) {
            out.writeUTF(s.id().value());
            out.writeUTF(s.name());
            out.writeUTF(s.category().name());
        }
        for (int[] linked : index.links) {
            out.writeInt(linked.length);
            for (int o : linked) {
                out.writeInt(o);
            }
        }
        out.flush();
    }

    /** A block of {@code rows × columns} doubles, read at once rather than one by one. */
    private static double[][] doubles(DataInputStream in, int rows, int columns) throws IOException {
        byte[] bytes = new byte[Math.multiplyExact(rows, columns) * Double.BYTES];
        in.readFully(bytes);
        DoubleBuffer buffer = ByteBuffer.wrap(bytes).asDoubleBuffer();
        double[][] out = new double[rows][columns];
        for (double[] row : out) {
            buffer.get(row);
        }
        return out;
    }

    /** Text of any length (a key names every provider and dimension): its UTF-8 bytes after their count. */
    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 24) {
            throw new IOException("a key of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Saves {@code index} at {@code file} under {@code key}, atomically; a file that cannot be written is left alone. */
    static void save(Path file, String key, ScoringIndex index) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
            write(bytes, key, index);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".scoring-index", ".tmp");
            try {
                Files.write(temp, bytes.toByteArray());
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // Saving is only to start faster next time; scoring goes on with the index in memory.
        }
    }
}
