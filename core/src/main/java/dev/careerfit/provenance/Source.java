package dev.careerfit.provenance;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import java.net.URI;

/**
 * A publisher of facts, the dataset or publication they appear in, and its release.
 *
 * @param id          catalog-wide id of this source
 * @param publisher   who published the data, e.g. "U.S. Bureau of Labor Statistics"
 * @param title       the dataset or publication, e.g. "Occupational Employment and Wage Statistics"
 * @param kind        what kind of publisher this is; drives the default conflict policy
 * @param link        where the source can be read, or {@code null} when unknown
 * @param licence     the terms the data is used under, or {@code null} when unknown
 * @param release     the release or edition the data comes from, e.g. "O*NET 30.1 (December 2025)" or
 *                    "May 2024", or {@code null} when the source has no releases or does not say
 * @param attribution the credit line the licence requires wherever the data is shown (CC BY 4.0 asks
 *                    for one), or {@code null} when none is required
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Source(SourceId id, String publisher, String title, SourceKind kind, URI link, String licence,
                     String release, String attribution) {
    public Source {
        Checks.notNull(id, "id");
        publisher = Checks.notBlank(publisher, "publisher");
        title = Checks.notBlank(title, "title");
        Checks.notNull(kind, "kind");
        licence = Checks.optionalText(licence);
        release = Checks.optionalText(release);
        attribution = Checks.optionalText(attribution);
    }

    /** A source without a release or an attribution requirement. */
    public Source(SourceId id, String publisher, String title, SourceKind kind, URI link, String licence) {
        this(id, publisher, title, kind, link, licence, null, null);
    }

    @Override
    public String toString() {
        return publisher + ", " + title + (release == null ? "" : " (" + release + ")");
    }
}
