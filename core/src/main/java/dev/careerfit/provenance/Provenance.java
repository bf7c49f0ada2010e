package dev.careerfit.provenance;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * Where a value comes from: the publisher and release, the document that cited it, the period it
 * describes, where in the source it sits, its precision, and the provider that put it in the catalog.
 *
 * <p>Every value says who made it ({@link #madeBy()}): the publisher; careerfit, converting the
 * publisher's figures ({@code conversion}); or careerfit, reading a source's words ({@code reading}: the
 * provenance then names a careerfit source, and the reading names the source whose words were read, with
 * the words). careerfit's own estimates are sourced to careerfit (a source of kind
 * {@link SourceKind#CAREERFIT_ASSESSMENT}) with the facts they rest on in {@code basis}; they are never
 * presented as cited by a guide.
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
 * @param reading         for a value careerfit read from a source's words: whose words and which; otherwise
 *                        {@code null}. The provenance's own source is then careerfit's
 * @param conversion      for a publisher's figures careerfit converted to another pay period: how; otherwise
 *                        {@code null}
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Provenance(Source source, String citedIn, ReferencePeriod referencePeriod, StatisticQuality quality,
                         String note, ProviderId providerId, Origin origin, String basis, Reading reading,
                         Conversion conversion) {
    public Provenance {
        Checks.notNull(source, "source");
        citedIn = Checks.optionalText(citedIn);
        note = Checks.optionalText(note);
        basis = Checks.optionalText(basis);
        if (reading != null && source.kind() != SourceKind.CAREERFIT_ASSESSMENT) {
            throw new IllegalArgumentException("a reading is careerfit's: its provenance must name a careerfit source "
                    + "(kind CAREERFIT_ASSESSMENT), not '" + source.id() + "'; the reading names the source read");
        }
        if (reading != null && conversion != null) {
            throw new IllegalArgumentException("a value is careerfit's reading of words or a converted figure, not both");
        }
    }

    /** Without a reading or a conversion: a publisher's figure, or careerfit's own estimate. */
    public Provenance(Source source, String citedIn, ReferencePeriod referencePeriod, StatisticQuality quality,
                      String note, ProviderId providerId, Origin origin, String basis) {
        this(source, citedIn, referencePeriod, quality, note, providerId, origin, basis, null, null);
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
        return new Provenance(source, document, referencePeriod, quality, note, providerId, origin, basis, reading, conversion);
    }

    public Provenance withReferencePeriod(ReferencePeriod period) {
        return new Provenance(source, citedIn, period, quality, note, providerId, origin, basis, reading, conversion);
    }

    public Provenance withQuality(StatisticQuality q) {
        return new Provenance(source, citedIn, referencePeriod, q, note, providerId, origin, basis, reading, conversion);
    }

    public Provenance withNote(String text) {
        return new Provenance(source, citedIn, referencePeriod, quality, text, providerId, origin, basis, reading, conversion);
    }

    public Provenance withProviderId(ProviderId id) {
        return new Provenance(source, citedIn, referencePeriod, quality, note, id, origin, basis, reading, conversion);
    }

    public Provenance withOrigin(Origin where) {
        return new Provenance(source, citedIn, referencePeriod, quality, note, providerId, where, basis, reading, conversion);
    }

    public Provenance withBasis(String text) {
        return new Provenance(source, citedIn, referencePeriod, quality, note, providerId, origin, text, reading, conversion);
    }

    /** The same value as careerfit's reading of {@code read}'s words. */
    public Provenance withReading(Reading read) {
        return new Provenance(source, citedIn, referencePeriod, quality, note, providerId, origin, basis, read,
                conversion);
    }

    /** The publisher's figures as careerfit converted them to another pay period. */
    public Provenance withConversion(Conversion how) {
        return new Provenance(source, citedIn, referencePeriod, quality, note, providerId, origin, basis, reading, how);
    }

    /**
     * Whether careerfit made this value (an estimate, or a reading of a source's words) rather than a
     * publisher; a converted figure is still the publisher's figure, converted.
     */
    public boolean careerfitsOwnEstimate() {
        return source.kind() == SourceKind.CAREERFIT_ASSESSMENT;
    }

    /** Who made the value: the publisher, or careerfit by conversion, by reading a source's words, or by estimate. */
    public MadeBy madeBy() {
        if (conversion != null) {
            return MadeBy.CAREERFIT_CONVERSION;
        }
        if (reading != null) {
            return MadeBy.CAREERFIT_READING;
        }
        return careerfitsOwnEstimate() ? MadeBy.CAREERFIT_ESTIMATE : MadeBy.PUBLISHER;
    }

    /** {@link #describe()} without the words a reading quotes: for naming a value where its words are shown already. */
    public String describeBriefly() {
        return reading == null ? describe() : "careerfit's reading of " + reading.source().publisher()
                + (citedIn == null ? "" : ", cited in " + citedIn);
    }

    /**
     * Who made the value, in a few words: the publisher ({@code U.S. Bureau of Labor Statistics}),
     * {@code careerfit, reading Unnamed blog}, {@code careerfit, converting U.S. Bureau of Labor Statistics's
     * figures} or {@code careerfit's own estimate}.
     */
    public String maker() {
        return switch (madeBy()) {
            case PUBLISHER -> source.publisher();
            case CAREERFIT_CONVERSION -> "careerfit, converting " + source.publisher() + "'s figures";
            case CAREERFIT_READING -> "careerfit, reading " + reading.source().publisher();
            case CAREERFIT_ESTIMATE -> "careerfit's own estimate";
        };
    }

    /**
     * One line for people: {@code U.S. Bureau of Labor Statistics, Occupational Employment and Wage
     * Statistics (OEWS), national estimates, May 2024 (2024)}, {@code Unnamed blog, cited in 001.txt}, or
     * {@code careerfit's own estimate, based on ...}; careerfit's reading of a source's words names the source
     * and quotes the words ({@code careerfit's reading of Unnamed blog, cited in 002.txt: "..."}), and a
     * converted figure says that careerfit converted it, and from whom ({@code careerfit's conversion (the
     * annual figures ÷ 2,080 hours a year) of U.S. Bureau of Labor Statistics, ...}).
     */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (reading != null) {
            sb.append("careerfit's reading of ").append(reading.source().publisher());
            if (citedIn != null) {
                sb.append(", cited in ").append(citedIn);
            }
            return sb.append(": \"").append(reading.words()).append('"').toString();
        }
        if (conversion != null) {
            sb.append("careerfit's conversion (").append(conversion.rule()).append(") of ");
        }
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
