package dev.careerfit.provider.document;

import java.util.Optional;

/** Finds where a value of one of a document's roles is written, for a problem the catalog found in it. */
@FunctionalInterface
interface DocumentLocator {
    /**
     * @param position the role's place in the document's list of roles
     * @param path     the value's path within the role, e.g. {@code factors[1].value.factor}
     * @return {@code file:line:column $.roles[n].path}, when the value is there
     */
    Optional<String> locate(int position, String path);
}
