package dev.careerfit.provider.oews;

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
 * The U.S. Bureau of Labor Statistics' Occupational Employment and Wage Statistics (OEWS), national
 * estimates: for every detailed occupation code, the mean and the 10th to 90th percentile wages, per
 * year with the hourly figures as published alongside, and the number of wage and salary jobs, each with
 * the relative standard error OEWS gives. Figures OEWS marks as top-coded ({@code #}) or not available
 * ({@code *}, {@code **}) stay marked.
 *
 * <p>Ships a snapshot of the May 2024 release. Given a release setting ({@code --release bls-oews=PATH}:
 * the BLS's {@code national_M2025_dl.xlsx} or a folder holding it), reads that instead, through the same
 * snapshot format, so both are read the same way.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class OewsProvider implements CareerDataProvider {
    static final String ID = "bls-oews";
    /** The snapshot resource, next to this class. */
    static final String SNAPSHOT = "oews.cfsnap";
    /** The release the built-in snapshot holds; a test checks it against the snapshot. */
    static final String BUILT_IN_RELEASE = "May 2024";
    private static final String MODULE = "careerfit-provider-bls-oews";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "BLS Occupational Employment and Wage Statistics";
    }

    @Override
    public Optional<String> description() {
        return Optional.of("National wages (mean and 10th to 90th percentiles, annual and hourly) and wage and "
                + "salary employment for every detailed occupation, OEWS " + BUILT_IN_RELEASE + ".");
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public List<Source> sources() {
        return List.of(source(BUILT_IN_RELEASE));
    }

    /**
     * The built-in snapshot, or the release named by the context's {@value ProviderContext#RELEASE} setting,
     * imported (strictly when the context is strict) into the same snapshot format in memory.
     */
    @Override
    public RoleDataSet open(ProviderContext context) {
        return SnapshotOrRelease.open(context, SNAPSHOT, MODULE, () -> OewsProvider.class.getResourceAsStream(SNAPSHOT),
                OewsProvider::importRelease, OewsProvider::open);
    }

    private static Imported importRelease(Path release, boolean strict) {
        OewsRelease read = OewsImporter.read(release, strict);
        return new Imported(OewsSnapshot.write(read), "OEWS release " + release,
                (read.path() == null ? release : read.path()).toString());
    }

    private static RoleDataSet open(SnapshotReader snapshot, boolean imported, String howRead) {
        return OewsDataSet.of(snapshot, label -> label + howRead);
    }

    /** The OEWS source for a release such as "May 2024"; {@code null} when the release could not be told. */
    static Source source(String release) {
        return new Source(SourceId.of(ID), "U.S. Bureau of Labor Statistics",
                "Occupational Employment and Wage Statistics (OEWS), national estimates",
                SourceKind.OFFICIAL_STATISTICS, URI.create("https://www.bls.gov/oes/"),
                "U.S. federal government work in the public domain; BLS asks to be credited", release,
                "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics"
                        + (release == null ? "" : ", " + release));
    }
}
