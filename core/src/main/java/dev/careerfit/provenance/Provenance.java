package dev.careerfit.provenance;

import dev.careerfit.internal.Checks;

/**
 * Where a value comes from: the publisher, the document that cited it, the period it describes,
 * its precision, and the provider that put it in the catalog.
 *
 * @param source          the publisher and dataset
 * @param citedIn         the document the value was taken from when it was not read from the source
 *                        directly (for the built-in data: the seed file's name), or {@code null}
 * @param referencePeriod the years the value describes, or {@code null} when the source does not say
 * @param quality         sample size, standard error and interval, or {@code null} when not published
 * @param note            what a reader needs to interpret the value (an assumption made, a
 *                        qualification the source gives), or {@code null}
 * @param providerId      the id of the provider that supplied the value; {@code null} until the
 *                        catalog stamps it
 * @since 0.1
 */
public record Provenance(Source source, String citedIn, ReferencePeriod referencePeriod, StatisticQuality quality,
                         String note, String providerId) {
    public Provenance {
        Checks.notNull(source, "source");
        citedIn = Checks.optionalText(citedIn);
        note = Checks.optionalText(note);
        providerId = Checks.optionalText(providerId);
    }

    /** Straight from the source, no period or quality known. */
    public static Provenance of(Source source) {
        return new Provenance(source, null, null, null, null, null);
    }

    /** As cited in a document, e.g. a seed guide quoting the BLS. */
    public static Provenance citedIn(Source source, String document) {
        return new Provenance(source, document, null, null, null, null);
    }

    public Provenance withReferencePeriod(ReferencePeriod period) {
        return new Provenance(source, citedIn, period, quality, note, providerId);
    }

    public Provenance withQuality(StatisticQuality q) {
        return new Provenance(source, citedIn, referencePeriod, q, note, providerId);
    }

    public Provenance withNote(String text) {
        return new Provenance(source, citedIn, referencePeriod, quality, text, providerId);
    }

    public Provenance withProviderId(String id) {
        return new Provenance(source, citedIn, referencePeriod, quality, note, id);
    }

    /** One line for people: {@code U.S. Bureau of Labor Statistics (2022-2032), cited in 001.txt}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(source.publisher());
        if (referencePeriod != null) {
            sb.append(" (").append(referencePeriod).append(')');
        }
        if (citedIn != null) {
            sb.append(", cited in ").append(citedIn);
        }
        return sb.toString();
    }
}
