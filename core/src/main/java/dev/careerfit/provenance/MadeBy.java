package dev.careerfit.provenance;

import dev.careerfit.Api;
import java.util.Locale;

/**
 * Who made a value: the publisher, or careerfit from the publisher's figures or words. Every value says
 * which ({@link Provenance#madeBy()}), in text, HTML and JSON.
 *
 * @since 0.3
 */
@Api(Api.Status.EXPERIMENTAL)
public enum MadeBy {
    /** The publisher's own figure or words, as published (or as a document quotes them). */
    PUBLISHER,
    /** A publisher's figure converted by careerfit by a stated rule (hourly and annual pay). */
    CAREERFIT_CONVERSION,
    /** careerfit's reading of a source's words (a 1-5 intensity, a proficiency), with the words it read. */
    CAREERFIT_READING,
    /** careerfit's own estimate where its sources are silent, with what it rests on. */
    CAREERFIT_ESTIMATE;

    /** The name JSON documents use: {@code publisher}, {@code careerfit-conversion}... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
