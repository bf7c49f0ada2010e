package dev.careerfit.provider.document;

import java.util.regex.Pattern;

/**
 * The {@code provider} part of a document: who the provider is.
 *
 * @param id          the provider's id, e.g. {@code bls}
 * @param name        display name; the id when left out
 * @param description what the provider holds, or {@code null}
 * @param priority    see {@link dev.careerfit.spi.CareerDataProvider#priority()}; 0 when left out
 */
record ProviderHeader(String id, String name, String description, Integer priority) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");

    ProviderHeader {
        if (id == null) {
            throw new IllegalArgumentException("provider id is missing; give a short id such as 'bls'");
        }
        if (!ID.matcher(id).matches()) {
            // The id as the document has it, cut short: a fuzzed document's id of 4,000 characters made the
            // message that long.
            throw new IllegalArgumentException("provider id '" + dev.careerfit.Problem.quote(id)
                    + "' must be lower-case letters and digits separated by '-' or '.', e.g. 'bls'");
        }
        name = name == null || name.isBlank() ? id : name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        priority = priority == null ? 0 : priority;
    }
}
