package dev.careerfit.provider.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.careerfit.json.JsonProblems;
import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Reading;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.StatisticQuality;
import java.io.IOException;
import java.util.Map;

/**
 * Reads provenance the way documents write it: {@code "source"} is the id of a source the document
 * declares, resolved to that {@link Source}, and {@code providerId} is not allowed (the catalog stamps
 * it). The declared sources travel as a reader attribute, so one mapper serves every document.
 */
final class SourceReferences {
    /** Reader attribute holding the {@link Declared} sources of the document being read. */
    static final Object DECLARED = Declared.class;

    private SourceReferences() {}

    /** The sources a document declares, by id, and how many of its sources could not be read. */
    record Declared(Map<String, Source> byId, int unreadable) {
        Declared {
            byId = Map.copyOf(byId);
        }
    }

    /** Provenance as a document states it. */
    record ProvenanceEntry(SourceReference source, String citedIn, ReferencePeriod referencePeriod,
                           StatisticQuality quality, String note, Origin origin, String basis, ReadingEntry reading) {}

    /** careerfit's reading of a source's words, as a document states it: the source read, by id, and the words. */
    record ReadingEntry(SourceReference source, String words) {}

    /** A {@code "source"} id, resolved to the declared source as it is read. */
    record SourceReference(Source source) {}

    static SimpleModule module() {
        return new SimpleModule("careerfit-provider-document")
                .addDeserializer(Provenance.class, new ProvenanceDeserializer())
                .addDeserializer(SourceReference.class, new SourceReferenceDeserializer());
    }

    private static final class ProvenanceDeserializer extends StdDeserializer<Provenance> {
        private static final long serialVersionUID = 1L;

        ProvenanceDeserializer() {
            super(Provenance.class);
        }

        @Override
        public Provenance deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            ProvenanceEntry entry = ctxt.readValue(p, ProvenanceEntry.class);
            if (entry.source() == null) {
                throw JsonProblems.inputError(p, "provenance needs a source: the id of one of the document's "
                        + "sources, e.g. \"source\": \"bls-ooh\"");
            }
            Reading reading = null;
            if (entry.reading() != null) {
                if (entry.reading().source() == null || entry.reading().words() == null) {
                    throw JsonProblems.inputError(p, "a reading needs the source whose words were read (the id of one "
                            + "of the document's sources) and the words, e.g. \"reading\": {\"source\": \"guide-000\", "
                            + "\"words\": \"Essential for building and deploying models.\"}");
                }
                try {
                    reading = new Reading(entry.reading().source().source(), entry.reading().words());
                } catch (IllegalArgumentException e) {
                    throw JsonProblems.inputError(p, "reading: " + e.getMessage());
                }
            }
            try {
                return new Provenance(entry.source().source(), entry.citedIn(), entry.referencePeriod(), entry.quality(),
                        entry.note(), null, entry.origin(), entry.basis(), reading, null);
            } catch (IllegalArgumentException e) {
                throw JsonProblems.inputError(p, e.getMessage());
            }
        }
    }

    private static final class SourceReferenceDeserializer extends StdDeserializer<SourceReference> {
        private static final long serialVersionUID = 1L;

        SourceReferenceDeserializer() {
            super(SourceReference.class);
        }

        @Override
        public SourceReference deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw JsonProblems.inputError(p, "source must be the id of one of the document's sources, e.g. "
                        + "\"bls-ooh\", found " + JsonProblems.describe(p.currentToken()));
            }
            Declared declared = (Declared) ctxt.getAttribute(DECLARED);
            if (declared == null) {
                throw new IllegalStateException("source references are read only within a provider document");
            }
            String id = p.getText();
            Source source = declared.byId().get(id);
            if (source == null) {
                throw JsonProblems.inputError(p, unknown(id, declared));
            }
            return new SourceReference(source);
        }

        private static String unknown(String id, Declared declared) {
            String message = "unknown source '" + id + "'; "
                    + (declared.byId().isEmpty() ? "the document declares no sources"
                    : "declared sources: " + String.join(", ", declared.byId().keySet().stream().sorted().toList()));
            return declared.unreadable() == 0 ? message
                    : message + " (" + declared.unreadable() + " more could not be read, see their problems)";
        }
    }
}
