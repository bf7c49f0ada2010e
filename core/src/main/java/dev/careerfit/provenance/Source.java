package dev.careerfit.provenance;

import dev.careerfit.internal.Checks;
import java.net.URI;

/**
 * A publisher of facts and the dataset or publication they appear in.
 *
 * @param id       catalog-wide id of this source
 * @param publisher who published the data, e.g. "U.S. Bureau of Labor Statistics"
 * @param title    the dataset or publication, e.g. "Occupational Outlook Handbook"
 * @param kind     what kind of publisher this is; drives the default conflict policy
 * @param link     where the source can be read, or {@code null} when unknown
 * @param licence  the terms the data is used under, or {@code null} when unknown
 * @since 0.1
 */
public record Source(SourceId id, String publisher, String title, SourceKind kind, URI link, String licence) {
    public Source {
        Checks.notNull(id, "id");
        publisher = Checks.notBlank(publisher, "publisher");
        title = Checks.notBlank(title, "title");
        Checks.notNull(kind, "kind");
        licence = Checks.optionalText(licence);
    }

    @Override
    public String toString() {
        return publisher + ", " + title;
    }
}
