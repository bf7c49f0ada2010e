package dev.careerfit.provider.oews;

import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.provenance.Source;
import dev.careerfit.release.ImportReports;
import dev.careerfit.release.SnapshotDataSet;
import dev.careerfit.release.SnapshotInput;
import dev.careerfit.release.SnapshotOutput;
import dev.careerfit.release.SnapshotWriter;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.spi.RoleEntry;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The layout of the OEWS snapshot, content version {@value #CONTENT_VERSION}. Sections:
 * <ul>
 *   <li>{@value #RELEASE}: the edition (release name, reference month and year, sheet, top-coding limits,
 *       file name);</li>
 *   <li>{@code index}: the entry count, then per entry its code, title and a bit set of its kinds of fact;</li>
 *   <li>{@code profiles}: one block per entry with the row's cells as published (a number as scale and
 *       unscaled value, or a marker), so that facts are built the same way from a snapshot and from a
 *       release just read;</li>
 *   <li>{@code import-report}: the row accounting of the release the snapshot was made from.</li>
 * </ul>
 */
final class OewsSnapshot {
    static final int CONTENT_VERSION = 1;
    static final String RELEASE = "release";

    /** The kinds an entry can have, by bit; the order is part of the format. */
    private static final List<FactKind<?>> KINDS = List.of(FactKinds.SALARY, FactKinds.OUTLOOK, FactKinds.DATA_GAP);

    private static final int NUMBER = 0;
    private static final List<String> MARKERS = List.of("", Figure.NOT_AVAILABLE, Figure.TOP_CODED,
            Figure.EMPLOYMENT_NOT_AVAILABLE);

    private OewsSnapshot() {}

    static byte[] write(OewsRelease release) {
        OewsEdition edition = release.edition();
        Source source = OewsProvider.source(edition.period());
        SnapshotWriter w = new SnapshotWriter(OewsProvider.ID, CONTENT_VERSION, edition.label());
        w.section(RELEASE, out -> writeEdition(edition, out));
        w.section(SnapshotDataSet.INDEX, out -> {
            out.varInt(release.occupations().size());
            for (OewsOccupation o : release.occupations()) {
                out.text(o.code()).text(o.title())
                        .varInt(kindBits(OewsProfiles.profile(o, edition, source).facts().kinds()));
            }
        });
        w.blocks(SnapshotDataSet.PROFILES, release.occupations(), OewsSnapshot::writeOccupation);
        w.section(ImportReports.SECTION, out -> ImportReports.write(release.report(), out));
        return w.toByteArray();
    }

    private static void writeEdition(OewsEdition e, SnapshotOutput out) {
        out.text(e.label()).text(e.period()).varInt(e.year() == null ? 0 : e.year()).text(e.table())
                .text(e.hourlyLimit() == null ? null : e.hourlyLimit().toPlainString())
                .text(e.annualLimit() == null ? null : e.annualLimit().toPlainString()).text(e.file());
    }

    static OewsEdition readEdition(SnapshotInput in) {
        String label = in.text();
        String period = in.text();
        int year = in.varInt();
        String table = in.text();
        String hourly = in.text();
        String annual = in.text();
        String file = in.text();
        return new OewsEdition(label, period, year == 0 ? null : year, table, hourly == null ? null
                : new BigDecimal(hourly), annual == null ? null : new BigDecimal(annual), file);
    }

    static RoleEntry readEntry(SnapshotInput in) {
        String code = in.text();
        String title = in.text();
        int bits = in.varInt();
        Set<FactKind<?>> kinds = new HashSet<>();
        for (int i = 0; i < KINDS.size(); i++) {
            if ((bits & (1 << i)) != 0) {
                kinds.add(KINDS.get(i));
            }
        }
        return RoleEntry.forCode(OccupationCode.soc(code), title, kinds);
    }

    private static int kindBits(Set<FactKind<?>> kinds) {
        int bits = 0;
        for (FactKind<?> k : kinds) {
            int i = KINDS.indexOf(k);
            if (i < 0) {
                throw new IllegalStateException("kind '" + k.id() + "' has no bit in the OEWS snapshot format");
            }
            bits |= 1 << i;
        }
        return bits;
    }

    private static void writeOccupation(OewsOccupation o, SnapshotOutput out) {
        out.bool(o.annualOnly()).bool(o.hourlyOnly());
        writeFigure(o.employment(), out);
        writeFigure(o.employmentRse(), out);
        writeFigure(o.meanRse(), out);
        o.hourly().forEach(f -> writeFigure(f, out));
        o.annual().forEach(f -> writeFigure(f, out));
    }

    static OewsOccupation readOccupation(RoleEntry entry, SnapshotInput in) {
        boolean annualOnly = in.bool();
        boolean hourlyOnly = in.bool();
        Figure employment = readFigure(in);
        Figure employmentRse = readFigure(in);
        Figure meanRse = readFigure(in);
        List<Figure> hourly = new ArrayList<>();
        List<Figure> annual = new ArrayList<>();
        for (int i = 0; i < OewsOccupation.STATISTICS.size(); i++) {
            hourly.add(readFigure(in));
        }
        for (int i = 0; i < OewsOccupation.STATISTICS.size(); i++) {
            annual.add(readFigure(in));
        }
        return new OewsOccupation(entry.code().code(), entry.title(), annualOnly, hourlyOnly, employment,
                employmentRse, meanRse, hourly, annual);
    }

    /** A number as its scale and unscaled value, exactly as published; a marker as its index. */
    private static void writeFigure(Figure f, SnapshotOutput out) {
        if (f.isNumber()) {
            out.varInt(NUMBER).varInt(f.value().scale()).signedLong(f.value().unscaledValue().longValueExact());
        } else {
            out.varInt(MARKERS.indexOf(f.marker()));
        }
    }

    private static Figure readFigure(SnapshotInput in) {
        int tag = in.varInt();
        if (tag == NUMBER) {
            int scale = in.varInt();
            return Figure.of(new BigDecimal(BigInteger.valueOf(in.signedLong()), scale));
        }
        if (tag >= MARKERS.size()) {
            throw new IllegalStateException("the snapshot is damaged: figure tag " + tag + " is unknown");
        }
        return Figure.marked(MARKERS.get(tag));
    }
}
