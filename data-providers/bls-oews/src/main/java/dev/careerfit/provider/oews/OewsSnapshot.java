package dev.careerfit.provider.oews;

import dev.careerfit.provenance.Source;
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
 * The layout of the OEWS snapshot, content version {@value #CONTENT_VERSION}. Sections:
 * <ul>
 *   <li>{@value #RELEASE}: the edition (release name, reference month and year, sheet, top-coding limits
 *       exactly, file name);</li>
 *   <li>{@code index}: the entry count, then per entry its code, title and kinds of fact
 *       ({@link SnapshotOutput#kinds});</li>
 *   <li>{@code profiles}: one block per entry with the row's cells as published (a number exactly,
 *       {@link SnapshotOutput#number}, or no number and the marker), so that facts are built the same way
 *       from a snapshot and from a release just read;</li>
 *   <li>{@code import-report}: the row accounting of the release the snapshot was made from.</li>
 * </ul>
 */
final class OewsSnapshot {
    /**
     * 2: kinds of fact by id rather than by a bit of this format's own list; figures and top-coding limits as
     * {@link SnapshotOutput#number numbers}.
     */
    static final int CONTENT_VERSION = 2;
    static final String RELEASE = "release";

    /** The markers a figure can hold, by index; the order is part of the format. */
    private static final List<String> MARKERS = List.of(Figure.NOT_AVAILABLE, Figure.TOP_CODED,
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
                out.text(o.code()).text(o.title()).kinds(OewsProfiles.profile(o, edition, source).facts().kinds());
            }
        });
        w.blocks(SnapshotDataSet.PROFILES, release.occupations(), OewsSnapshot::writeOccupation);
        w.section(ImportReports.SECTION, out -> ImportReports.write(release.report(), out));
        return w.toByteArray();
    }

    private static void writeEdition(OewsEdition e, SnapshotOutput out) {
        out.text(e.label()).text(e.period()).varInt(e.year() == null ? 0 : e.year()).text(e.table())
                .number(e.hourlyLimit()).number(e.annualLimit()).text(e.file());
    }

    static OewsEdition readEdition(SnapshotInput in) {
        String label = in.text();
        String period = in.text();
        int year = in.varInt();
        String table = in.text();
        BigDecimal hourly = in.number();
        BigDecimal annual = in.number();
        String file = in.text();
        return new OewsEdition(label, period, year == 0 ? null : year, table, hourly, annual, file);
    }

    static RoleEntry readEntry(SnapshotInput in) {
        String code = in.text();
        String title = in.text();
        return RoleEntry.forCode(OccupationCode.soc(code), title, in.kinds());
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

    /** A number exactly as published; else no number, then the marker's index. */
    private static void writeFigure(Figure f, SnapshotOutput out) {
        out.number(f.value());
        if (!f.isNumber()) {
            out.varInt(MARKERS.indexOf(f.marker()));
        }
    }

    private static Figure readFigure(SnapshotInput in) {
        BigDecimal value = in.number();
        if (value != null) {
            return Figure.of(value);
        }
        int marker = in.varInt();
        if (marker >= MARKERS.size()) {
            throw new IllegalStateException("the snapshot is damaged: figure marker " + marker + " is unknown");
        }
        return Figure.marked(MARKERS.get(marker));
    }
}
