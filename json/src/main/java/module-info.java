/** Jackson bindings for the careerfit domain, path-aware document problems and atomic file writes. */
module dev.careerfit.json {
    requires transitive dev.careerfit.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;

    exports dev.careerfit.json;
}
