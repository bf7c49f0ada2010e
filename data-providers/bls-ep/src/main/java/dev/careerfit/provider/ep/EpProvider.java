package dev.careerfit.provider.ep;

import dev.careerfit.Api;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.release.SnapshotOrRelease;
import dev.careerfit.release.SnapshotOrRelease.Imported;
import dev.careerfit.release.SnapshotReader;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.ProviderContext;
import dev.careerfit.spi.RoleDataSet;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The U.S. Bureau of Labor Statistics' Employment Projections: for every occupation of the National
 * Employment Matrix, the jobs in the base year and the projection year, the change, the openings a year,
 * the share of self-employed workers, the typical entry education, work experience and on-the-job
 * training (Table 1.2), and the educational attainment of the workers 25 and older in it (Table 5.3,
 * the BLS's tabulation of American Community Survey data). Where the BLS prints "—", a data gap says so.
 *
 * <p>Ships a snapshot of the 2024-34 release. Given a release setting ({@code --release bls-ep=PATH}: a
 * folder holding the BLS's {@code occupation.xlsx} and {@code education.xlsx}, or one of them), reads that
 * instead, through the same snapshot format, so both are read the same way.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class EpProvider implements CareerDataProvider {
    static final String ID = "bls-ep";
    /** The snapshot resource, next to this class. */
    static final String SNAPSHOT = "ep.cfsnap";
    /** The release the built-in snapshot holds; a test checks it against the snapshot. */
    static final String BUILT_IN_RELEASE = "2024-34";
    /** The survey years of the built-in snapshot's Table 5.3. */
    static final int BUILT_IN_ATTAINMENT_START = 2022;
    static final int BUILT_IN_ATTAINMENT_END = 2023;
    private static final String MODULE = "careerfit-provider-bls-ep";
    private static final String PUBLISHER = "U.S. Bureau of Labor Statistics";
    private static final URI LINK = URI.create("https://www.bls.gov/emp/");
    private static final String LICENCE = "U.S. federal government work in the public domain; BLS asks to be credited";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "BLS Employment Projections";
    }

    @Override
    public Optional<String> description() {
        return Optional.of("Jobs in 2024 and projected for 2034, growth, openings a year, typical entry education, "
                + "experience and training, and the educational attainment of the people in each occupation, "
                + "Employment Projections " + BUILT_IN_RELEASE + ".");
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public List<Source> sources() {
        return List.of(projections(BUILT_IN_RELEASE), attainment(BUILT_IN_RELEASE, BUILT_IN_ATTAINMENT_START,
                BUILT_IN_ATTAINMENT_END));
    }

    /**
     * The built-in snapshot, or the release named by the context's {@value ProviderContext#RELEASE} setting,
     * imported (strictly when the context is strict) into the same snapshot format in memory.
     */
    @Override
    public RoleDataSet open(ProviderContext context) {
        return SnapshotOrRelease.open(context, SNAPSHOT, MODULE, () -> EpProvider.class.getResourceAsStream(SNAPSHOT),
                EpProvider::importRelease, EpProvider::open);
    }

    private static Imported importRelease(Path release, boolean strict) {
        EpRelease read = EpImporter.read(release, strict);
        return new Imported(EpSnapshot.write(read), "Employment Projections release " + release,
                String.valueOf(read.files()));
    }

    private static RoleDataSet open(SnapshotReader snapshot, boolean imported, String howRead) {
        return EpDataSet.of(snapshot, label -> label + howRead);
    }

    /** The projections source of a release such as "2024-34"; {@code null} when the release could not be told. */
    static Source projections(String release) {
        return new Source(SourceId.of(ID), PUBLISHER, "Employment Projections", SourceKind.OFFICIAL_STATISTICS, LINK,
                LICENCE, release, "Source: U.S. Bureau of Labor Statistics, Employment Projections program"
                + (release == null ? "" : ", " + release));
    }

    /**
     * The source of Table 5.3: the BLS's tabulation of the American Community Survey for the given years,
     * published with the projections release.
     */
    static Source attainment(String release, int start, int end) {
        String years = start + "-" + String.format("%02d", end % 100);
        return new Source(SourceId.of(ID + "-attainment"), PUBLISHER, "Educational attainment for workers 25 years "
                + "and older by detailed occupation, " + years + ": the BLS's tabulation of American Community "
                + "Survey microdata (U.S. Census Bureau), Employment Projections Table 5.3",
                SourceKind.OFFICIAL_STATISTICS, LINK, LICENCE, release, "Source: U.S. Bureau of Labor Statistics, "
                + "Employment Projections program" + (release == null ? "" : ", " + release) + ", Table 5.3, from "
                + start + " and " + end + " American Community Survey Public Use Microdata, U.S. Census Bureau");
    }

    static Source projections(EpEdition edition) {
        return projections(edition.release());
    }

    /** The attainment source as an edition describes it; the built-in years when it has no Table 5.3. */
    static Source attainment(EpEdition edition) {
        return edition.attainmentStart() == null
                ? attainment(edition.release(), BUILT_IN_ATTAINMENT_START, BUILT_IN_ATTAINMENT_END)
                : attainment(edition.release(), edition.attainmentStart(), edition.attainmentEnd());
    }
}
