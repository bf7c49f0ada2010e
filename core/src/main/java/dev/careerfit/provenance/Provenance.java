package dev.careerfit.provenance;

import dev.careerfit.internal.Checks;

/**
 * Where a value comes from: the publisher and release, the document that cited it, the period it
 * describes, where in the source it sits, its precision, and the provider that put it in the catalog.
 *
 * <p>careerfit's own estimates are sourced to careerfit (a source of kind
 * {@link SourceKind#CAREERFIT_ASSESSMENT}) with the facts they rest on in {@code basis}; they are
 * never presented as cited by a guide.
 *
 * @param source          the publisher, dataset and release
 * @param citedIn         the document the value was taken from when it was not read from the source
 *                        directly (for the seed data: the guide's file name), or {@code null}
 * @param referencePeriod the years the value describes, or {@code null} when the source does not say
 * @param quality         sample size, standard error and interval, or {@code null} when not published
 * @param note            what a reader needs to interpret the value (an assumption made, a
 *                        qualification the source gives), or {@code null}
 * @param providerId      the id of the provider that supplied the value; {@code null} until the
 *                        catalog stamps it
 * @param origin          where in the source the value sits (file, element, scale, date), or {@code null}
 * @param basis           for an estimate careerfit made itself: what it rests on, in plain words; otherwise
 *                        {@code null}
 * @since 0.1
 */
public record Provenance(Source source, String citedIn, ReferencePeriod referencePeriod, StatisticQuality quality,
                         String note, String providerId, Origin origin, String basis) {
    public Provenance {
        Checks.notNull(source, "source");
        citedIn = Checks.optionalText(citedIn);
        note = Checks.optionalText(note);
        providerId = Checks.optionalText(providerId);
        basis = Checks.optionalText(basis);
    }

    /** Straight from the source, no period or quality known. */
    public static Provenance of(Source source) {
        return new Provenance(source, null, null, null, null, null, null, null);
    }

    /** As cited in a document, e.g. a seed guide quoting the BLS. */
    public static Provenance citedIn(Source source, String document) {
        return new Provenance(source, document, null, null, null, null, null, null);
    }

    public Provenance withCitedIn(String document) {
        return new Provenance(source, document, referencePeriod, quality, note, providerId, origin, basis);
    }

    public Provenance withReferencePeriod(ReferencePeriod period) {
        return new Provenance(source, citedIn, period, quality, note, providerId, origin, basis);
    }

    public Provenance withQuality(StatisticQuality q) {
        return new Provenance(source, citedIn, referencePeriod, q, note, providerId, origin, basis);
    }

    public Provenance withNote(String text) {
        return new Provenance(source, citedIn, referencePeriod, quality, text, providerId, origin, basis);
    }

    public Provenance withProviderId(String id) {
        return new Provenance(source, citedIn, referencePeriod, quality, note, id, origin, basis);
    }

    public Provenance withOrigin(Origin where) {
        return new Provenance(source, citedIn, referencePeriod, quality, note, providerId, where, basis);
    }

    public Provenance withBasis(String text) {
        return new Provenance(source, citedIn, referencePeriod, quality, note, providerId, origin, text);
    }

    /** Whether this is careerfit's own estimate rather than a published figure. */
    public boolean careerfitsOwnEstimate() {
        return source.kind() == SourceKind.CAREERFIT_ASSESSMENT;
    }

    /**
     * One line for people: {@code U.S. Bureau of Labor Statistics, Occupational Employment and Wage
     * Statistics (OEWS), national estimates, May 2024 (2024)}, {@code Unnamed blog, cited in 001.txt}, or
     * {@code careerfit's own estimate, based on ...}.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (careerfitsOwnEstimate()) {
            sb.append("careerfit's own estimate");
            if (basis != null) {
                sb.append(", based on ").append(basis);
            }
            return sb.toString();
        }
        sb.append(source.publisher());
        if (source.release() != null) {
            // A dataset with releases: name the dataset and the release, e.g. OEWS, May 2024.
            sb.append(", ").append(source.title()).append(", ").append(source.release());
        }
        if (referencePeriod != null) {
            sb.append(" (").append(referencePeriod).append(')');
        }
        if (citedIn != null) {
            sb.append(", cited in ").append(citedIn);
        }
        return sb.toString();
    }
}
