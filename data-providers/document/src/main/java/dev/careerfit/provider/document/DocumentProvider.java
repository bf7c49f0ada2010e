package dev.careerfit.provider.document;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import dev.careerfit.InvalidDataException;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.provenance.Source;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.ProviderContext;
import dev.careerfit.spi.RoleDataSet;
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
 * <p>The document is read in three depths, each only when needed. Asking for the id, name, description
 * or priority reads only the document's {@code provider} part, so a provider the catalog leaves out
 * costs next to nothing. Asking for the sources or factors, or {@linkplain #open opening} the
 * provider, reads the document token by token without binding it: the sources, the factors and an
 * index of the roles (ids, titles, codes and which kinds of fact each has). The facts are bound, and
 * the whole document checked, once, when the catalog first asks for one of the document's roles, or
 * when {@link #roles()} is called, or straight away in a {@linkplain ProviderContext#strict() strict}
 * catalog. Binding is by far the dearest step (an object mapper set up for every type a fact can
 * have), so a command that shows only other providers' roles never pays for it.
 *
 * <p>When the document is broken, the step that meets the problem throws an
 * {@link InvalidDataException} that names the document and lists every problem found, each with its
 * file, line, column and JSON path: {@link #sources()}, {@link #factors()} and {@link #open} when it
 * lies outside the facts (a misspelt field, a repeated id, broken syntax anywhere), and the reading of
 * its roles when it lies in a fact. A strict catalog, like the provider test kit, meets every problem
 * while it loads. {@link #id()}, {@link #name()}, {@link #description()} and {@link #priority()} still
 * answer when the {@code provider} part itself could be read, so the catalog can report the failure
 * under the provider's id; otherwise they throw the same exception. A missing document fails every
 * method with a {@link CareerfitException} naming where it was looked for. Instances are safe to share
 * between threads.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public class DocumentProvider implements CareerDataProvider {
    private final DocumentLocation location;
    private volatile ProviderHeader header;
    private volatile DocumentReader.Result headerRead;
    private volatile Optional<DocumentOutline> outline;
    private volatile byte[] content;
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
        DocumentOutline o = outline();
        return o != null ? o.sources() : document().sources();
    }

    @Override
    public List<WorkFactor> factors() {
        DocumentOutline o = outline();
        return o != null ? o.factors() : document().factors();
    }

    /** Every role of the document, bound and checked; reads the whole document the first time. */
    @Override
    public List<RoleProfile> roles() {
        return document().roles();
    }

    /**
     * The document's roles for a catalog: an index from the outline, each role's facts bound when the
     * catalog first asks for one; in a strict catalog, or when the document does not outline, every
     * role bound and checked now.
     */
    @Override
    public RoleDataSet open(ProviderContext context) {
        DocumentOutline o = context.strict() ? null : outline();
        return o != null ? new DocumentDataSet(o, this::bound, this::locate) : new BoundDataSet(roles(), this::locate);
    }

    /**
     * The file, line, column and path of a value of the role at {@code position} in the document's list,
     * e.g. {@code acme.json:14:9 $.roles[0].factors[1].value.factor}, read again from the document
     * (only ever for a problem); empty when it cannot be found.
     */
    Optional<String> locate(int position, String path) {
        try {
            return Optional.ofNullable(DocumentOutline.locate(location, position, path));
        } catch (CareerfitException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + location.description() + "]";
    }

    /**
     * The {@code provider} part: from a reading that went further when there has been one, otherwise
     * from reading the document's beginning only, so that asking for the id does not read the roles.
     */
    private ProviderHeader header() {
        DocumentReader.Result r = result;
        if (r != null) {
            if (r.header() == null) {
                throw fresh(r.failure());
            }
            return r.header();
        }
        Optional<DocumentOutline> o = outline;
        if (o != null && o.isPresent()) {
            return o.get().header();
        }
        ProviderHeader h = header;
        if (h == null && unreadable == null) {
            try {
                h = DocumentOutline.header(location);
            } catch (CareerfitException | java.io.UncheckedIOException e) {
                h = null;
            }
            header = h;
        }
        if (h != null) {
            return h;
        }
        // Not plain: bind the provider part, which explains what is wrong with it.
        DocumentReader.Result read = headerRead;
        if (read == null && unreadable == null) {
            try {
                read = DocumentReader.readHeader(location);
            } catch (CareerfitException e) {
                read = null;
            }
            headerRead = read;
        }
        if (read != null && read.header() != null) {
            return read.header();
        }
        r = result();
        if (r.header() == null) {
            throw fresh(r.failure());
        }
        return r.header();
    }

    /** The outline, read on first use; {@code null} when the document is not plain (or not there). */
    private DocumentOutline outline() {
        Optional<DocumentOutline> o = outline;
        if (o == null) {
            synchronized (this) {
                o = outline;
                if (o == null) {
                    byte[] bytes = content();
                    o = Optional.ofNullable(bytes == null ? null : DocumentOutline.read(location, bytes));
                    outline = o;
                }
            }
        }
        return o.orElse(null);
    }

    /** The whole document bound: every role that bound, and what went wrong with the others. */
    DocumentReader.Result bound() {
        return result();
    }

    private ProviderDocument document() {
        DocumentReader.Result r = result();
        if (r.document() == null) {
            throw fresh(r.failure());
        }
        return r.document();
    }

    /** Reads the document on first use; a document that cannot be read fails every call alike. */
    private DocumentReader.Result result() {
        DocumentReader.Result r = result;
        if (r == null) {
            synchronized (this) {
                r = result;
                if (r == null) {
                    byte[] bytes = content();
                    if (bytes != null) {
                        r = DocumentReader.read(location, bytes);
                        result = r;
                        content = null;
                    }
                }
            }
        }
        if (r == null) {
            throw new CareerfitException(unreadable.getMessage(), unreadable.getCause());
        }
        return r;
    }

    /**
     * A new exception with the problems of one found earlier: the document is read once, and each call
     * that meets its problems gets its own exception, whose stack is that call's.
     */
    static InvalidDataException fresh(InvalidDataException found) {
        return new InvalidDataException(found.subject(), found.problems());
    }

    /** The document's bytes, kept from the outline to the full read; {@code null} once it proved unreadable. */
    private synchronized byte[] content() {
        if (content == null && result == null && unreadable == null) {
            try {
                content = location.read();
            } catch (CareerfitException e) {
                unreadable = e;
            }
        }
        return content;
    }
}
