package dev.careerfit.provider.document;

import dev.careerfit.CareerfitException;
import dev.careerfit.InvalidDataException;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.provenance.Source;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A provider whose data is a JSON or YAML document in the {@code careerfit-provider/1} format (see
 * {@code docs/provider-document-format.md}). A built-in provider is one line of code:
 *
 * <pre>{@code
 * public final class BlsProvider extends DocumentProvider {
 *     public BlsProvider() {
 *         super(BlsProvider.class, "bls.json");
 *     }
 * }
 * }</pre>
 *
 * <p>and a data-only provider needs no code at all: list its document in
 * {@code META-INF/careerfit/provider-documents} (see {@link DocumentProviderFactory}).
 *
 * <p>Asking for the id, name, description or priority reads only the document's {@code provider} part,
 * so a provider the catalog leaves out costs next to nothing; the whole document is read once, when
 * its sources, factors or roles are first asked for, and kept. Instances are safe to share between
 * threads.
 * When the document is broken, {@link #sources()}, {@link #factors()} and {@link #roles()} throw an
 * {@link InvalidDataException} that names the document and lists every problem found, each with its
 * file, line, column and JSON path. {@link #id()}, {@link #name()}, {@link #description()} and
 * {@link #priority()} still answer when the {@code provider} part itself could be read, so the catalog
 * can report the failure under the provider's id; otherwise they throw the same exception. A missing
 * document fails every method with a {@link CareerfitException} naming where it was looked for.
 *
 * @since 0.1
 */
public class DocumentProvider implements CareerDataProvider {
    private final DocumentLocation location;
    private volatile DocumentReader.Result header;
    private volatile DocumentReader.Result result;
    private volatile CareerfitException unreadable;

    /**
     * A provider for a document found next to a class: {@code resource} is resolved as
     * {@link Class#getResource(String)} resolves it, relative to {@code anchor}'s package or, with a
     * leading {@code /}, from the root of the class path.
     */
    public DocumentProvider(Class<?> anchor, String resource) {
        this(DocumentLocation.resource(anchor, resource));
    }

    /** A provider for the document at {@code document}. */
    public DocumentProvider(URL document) {
        this(DocumentLocation.url(document));
    }

    /** A provider for the document file at {@code document}. */
    public DocumentProvider(Path document) {
        this(DocumentLocation.path(document));
    }

    DocumentProvider(DocumentLocation location) {
        this.location = location;
    }

    /** Where the document is: a class-path resource, a URL or a file path. */
    public String location() {
        return location.description();
    }

    @Override
    public String id() {
        return header().id();
    }

    @Override
    public String name() {
        return header().name();
    }

    @Override
    public Optional<String> description() {
        return Optional.ofNullable(header().description());
    }

    @Override
    public int priority() {
        return header().priority();
    }

    @Override
    public List<Source> sources() {
        return document().sources();
    }

    @Override
    public List<WorkFactor> factors() {
        return document().factors();
    }

    @Override
    public List<RoleProfile> roles() {
        return document().roles();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + location.description() + "]";
    }

    /**
     * The {@code provider} part: from the full read when there has been one, otherwise from reading the
     * document's beginning only, so that asking for the id does not read the roles.
     */
    private ProviderHeader header() {
        DocumentReader.Result r = result;
        if (r == null) {
            DocumentReader.Result h = header;
            if (h == null && unreadable == null) {
                try {
                    h = DocumentReader.readHeader(location);
                } catch (CareerfitException e) {
                    h = null;
                }
                header = h;
            }
            if (h != null && h.header() != null) {
                return h.header();
            }
            r = result();
        }
        if (r.header() == null) {
            throw r.failure();
        }
        return r.header();
    }

    private ProviderDocument document() {
        DocumentReader.Result r = result();
        if (r.document() == null) {
            throw r.failure();
        }
        return r.document();
    }

    /** Reads the document on first use; a document that cannot be read fails every call alike. */
    private DocumentReader.Result result() {
        DocumentReader.Result r = result;
        if (r == null) {
            synchronized (this) {
                r = result;
                if (r == null && unreadable == null) {
                    try {
                        r = DocumentReader.read(location, location.read());
                        result = r;
                    } catch (CareerfitException e) {
                        unreadable = e;
                    }
                }
            }
        }
        if (r == null) {
            throw unreadable;
        }
        return r;
    }
}
