package dev.careerfit.quiz;

import dev.careerfit.catalog.CareerCatalog;
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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scoring index saved to a file, so that a program scoring one person does not read every role's facts
 * again (docs/performance.md): the roles' ids, titles and final levels, the scale widths and the skills, under
 * a key the caller chooses (it must change whenever the catalog or the bank could have). A file with another
 * key, another layout, other dimensions or damage is not used: the index is built again and the file
 * replaced. Written to a temporary file and moved into place, so that readers never see half a file.
 *
 * <p>Layout (big-endian, {@link DataOutputStream}): {@value #MAGIC}, the key, the dimension ids, the role
 * count, then per role its id, title and one double per dimension (NaN for none); the scale widths; the
 * skills (id, name, category).
 */
final class ScoringIndexFile {
    static final String MAGIC = "careerfit-scoring-index/1";

    private ScoringIndexFile() {}

    /** The index saved at {@code file} under {@code key} for {@code bank}'s dimensions, if there is one. */
    static Optional<ScoringIndex> read(Path file, String key, CareerCatalog catalog, QuestionBank bank) {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                return Optional.empty();
            }
            List<Dimension> dims = bank.dimensions();
            int d = in.readInt();
            if (d != dims.size()) {
                return Optional.empty();
            }
            for (Dimension dim : dims) {
                if (!dim.id().equals(in.readUTF())) {
                    return Optional.empty();
                }
            }
            int n = in.readInt();
            RoleId[] ids = new RoleId[n];
            String[] titles = new String[n];
            double[][] levels = new double[n][d];
            for (int r = 0; r < n; r++) {
                ids[r] = RoleId.of(in.readUTF());
                titles[r] = in.readUTF();
                for (int k = 0; k < d; k++) {
                    levels[r][k] = in.readDouble();
                }
            }
            double[] ranges = new double[d];
            for (int k = 0; k < d; k++) {
                ranges[k] = in.readDouble();
            }
            int skillCount = in.readInt();
            List<Skill> skills = new ArrayList<>(skillCount);
            for (int i = 0; i < skillCount; i++) {
                skills.add(new Skill(SkillId.of(in.readUTF()), in.readUTF(), SkillCategory.valueOf(in.readUTF()), null));
            }
            if (!catalog.roleIds().equals(java.util.Set.of(ids))) {
                return Optional.empty();
            }
            return Optional.of(ScoringIndex.saved(catalog, dims, ids, titles, levels, ranges, skills));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Damaged or from another version: build again.
            return Optional.empty();
        }
    }

    /** Saves {@code index} at {@code file} under {@code key}; a file that cannot be written is left alone. */
    static void write(Path file, String key, ScoringIndex index) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
                out.writeUTF(MAGIC);
                out.writeUTF(key);
                out.writeInt(index.dimensions.size());
                for (Dimension dim : index.dimensions) {
                    out.writeUTF(dim.id());
                }
                out.writeInt(index.size());
                for (int r = 0; r < index.size(); r++) {
                    out.writeUTF(index.ids[r].value());
                    out.writeUTF(index.titles[r]);
                    for (double v : index.level[r]) {
                        out.writeDouble(v);
                    }
                }
                for (double v : index.scaleRanges()) {
                    out.writeDouble(v);
                }
                out.writeInt(index.skills.size());
                for (Skill s : index.skills.values()) {
                    out.writeUTF(s.id().value());
                    out.writeUTF(s.name());
                    out.writeUTF(s.category().name());
                }
            }
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
