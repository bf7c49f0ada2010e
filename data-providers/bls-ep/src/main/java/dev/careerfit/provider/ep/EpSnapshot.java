package dev.careerfit.provider.ep;

import dev.careerfit.release.ImportReports;
import dev.careerfit.release.SnapshotDataSet;
import dev.careerfit.release.SnapshotInput;
import dev.careerfit.release.SnapshotOutput;
import dev.careerfit.release.SnapshotWriter;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.spi.RoleEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout of the EP snapshot, content version {@value #CONTENT_VERSION}. Sections:
 * <ul>
 *   <li>{@value #RELEASE}: the edition (release, years, tables, the column headers and attainment
 *       categories as published, the workbooks read);</li>
 *   <li>{@code index}: the entry count, then per entry its code, title and kinds of fact
 *       ({@link SnapshotOutput#kinds});</li>
 *   <li>{@code profiles}: one block per entry with the Table 1.2 line item (numbers exactly as published,
 *       in thousands ({@link SnapshotOutput#number}); categories through the string table) and the Table 5.3
 *       percents, so that facts are built the same way from a snapshot and from a release just read;</li>
 *   <li>{@code import-report}: the row accounting of the release the snapshot was made from.</li>
 * </ul>
 */
final class EpSnapshot {
    /** 2: kinds of fact by id rather than by a bit of this format's own list. */
    static final int CONTENT_VERSION = 2;
    static final String RELEASE = "release";

    private static final int HAS_PROJECTION = 1;
    private static final int HAS_ATTAINMENT = 2;

    private EpSnapshot() {}

    static byte[] write(EpRelease release) {
        EpEdition edition = release.edition();
        SnapshotWriter w = new SnapshotWriter(EpProvider.ID, CONTENT_VERSION, edition.label());
        w.section(RELEASE, out -> writeEdition(edition, out));
        w.section(SnapshotDataSet.INDEX, out -> {
            out.varInt(release.occupations().size());
            for (EpOccupation o : release.occupations()) {
                out.text(o.code()).text(o.title()).kinds(EpProfiles.profile(o, edition,
                        EpProvider.projections(edition), EpProvider.attainment(edition)).facts().kinds());
            }
        });
        w.blocks(SnapshotDataSet.PROFILES, release.occupations(), EpSnapshot::writeOccupation);
        w.section(ImportReports.SECTION, out -> ImportReports.write(release.report(), out));
        return w.toByteArray();
    }

    private static void writeEdition(EpEdition e, SnapshotOutput out) {
        out.text(e.label()).text(e.release()).varInt(year(e.baseYear())).varInt(year(e.projectionYear()))
                .text(e.projectionTable());
        texts(e.projectionColumns(), out);
        out.text(e.attainmentTable()).varInt(year(e.attainmentStart())).varInt(year(e.attainmentEnd()));
        texts(e.attainmentLabels(), out);
        texts(e.files(), out);
    }

    static EpEdition readEdition(SnapshotInput in) {
        String label = in.text();
        String release = in.text();
        Integer base = year(in.varInt());
        Integer projected = year(in.varInt());
        String projectionTable = in.text();
        List<String> projectionColumns = texts(in);
        String attainmentTable = in.text();
        Integer start = year(in.varInt());
        Integer end = year(in.varInt());
        List<String> labels = texts(in);
        List<String> files = texts(in);
        return new EpEdition(label, release, base, projected, projectionTable, projectionColumns, attainmentTable,
                start, end, labels, files);
    }

    static RoleEntry readEntry(SnapshotInput in) {
        String code = in.text();
        String title = in.text();
        return RoleEntry.forCode(OccupationCode.soc(code), title, in.kinds());
    }

    private static void writeOccupation(EpOccupation o, SnapshotOutput out) {
        out.varInt((o.projection() == null ? 0 : HAS_PROJECTION) | (o.attainment() == null ? 0 : HAS_ATTAINMENT));
        EpOccupation.Projection p = o.projection();
        if (p != null) {
            BigDecimal[] numbers = {p.employment(), p.projectedEmployment(), p.change(), p.changePercent(),
                p.selfEmployedPercent(), p.openings()};
            for (BigDecimal v : numbers) {
                out.number(v);
            }
            out.shared(p.education()).shared(p.experience()).shared(p.training());
        }
        EpOccupation.Attainment a = o.attainment();
        if (a != null) {
            out.varInt(a.percents().size());
            a.percents().forEach(out::number);
            out.shared(a.note());
        }
    }

    static EpOccupation readOccupation(RoleEntry entry, SnapshotInput in) {
        int flags = in.varInt();
        EpOccupation.Projection p = null;
        if ((flags & HAS_PROJECTION) != 0) {
            BigDecimal[] v = new BigDecimal[6];
            for (int i = 0; i < v.length; i++) {
                v[i] = in.number();
            }
            p = new EpOccupation.Projection(v[0], v[1], v[2], v[3], v[4], v[5], in.shared(), in.shared(), in.shared());
        }
        EpOccupation.Attainment a = null;
        if ((flags & HAS_ATTAINMENT) != 0) {
            int n = in.varInt();
            List<BigDecimal> percents = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                percents.add(in.number());
            }
            a = new EpOccupation.Attainment(percents, in.shared());
        }
        return new EpOccupation(entry.code().code(), entry.title(), p, a);
    }

    private static int year(Integer year) {
        return year == null ? 0 : year;
    }

    private static Integer year(int stored) {
        return stored == 0 ? null : stored;
    }

    private static void texts(List<String> texts, SnapshotOutput out) {
        out.varInt(texts.size());
        texts.forEach(out::text);
    }

    private static List<String> texts(SnapshotInput in) {
        int n = in.varInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.text());
        }
        return out;
    }
}
