package dev.careerfit.provider.document;

import dev.careerfit.CareerfitException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a provider document is and how to read it.
 *
 * @param description how messages name the document: a resource path, a URL or a file path
 * @param fileName    the document's file name, which also tells JSON from YAML
 * @param opener      opens the document
 * @param missing     the message when the document is not there
 */
record DocumentLocation(String description, String fileName, Opener opener, String missing) {

    /** Opens a document's content. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    DocumentLocation {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(missing, "missing");
    }

    /** A resource found the way {@link Class#getResource(String)} finds it. */
    static DocumentLocation resource(Class<?> anchor, String resource) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(resource, "resource");
        String absolute = absoluteName(anchor, resource);
        URL url = anchor.getResource(resource);
        return new DocumentLocation(absolute, fileName(absolute), () -> {
            if (url == null) {
                throw new FileNotFoundException(absolute);
            }
            return url.openStream();
        }, "provider document '" + resource + "' not found: resolved against " + anchor.getName() + " as '"
                + absolute + "'; put it in src/main/resources/" + absolute + opensHint(anchor, absolute));
    }

    /**
     * On the module path a resource in a package is hidden from other modules unless the package is
     * opened: when that may be why, say so.
     */
    private static String opensHint(Class<?> anchor, String absolute) {
        Module module = anchor.getModule();
        int slash = absolute.lastIndexOf('/');
        if (!module.isNamed() || slash < 0) {
            return "";
        }
        String pkg = absolute.substring(0, slash).replace('/', '.');
        return module.isOpen(pkg, DocumentLocation.class.getModule()) ? ""
                : "; if it is there, module " + module.getName() + " may need 'opens " + pkg + ";' in its module-info.java"
                + " so that careerfit can read it";
    }

    static DocumentLocation url(URL url) {
        Objects.requireNonNull(url, "url");
        String text = url.toString();
        return new DocumentLocation(text, fileName(url.getPath()), url::openStream,
                "provider document " + text + " not found");
    }

    static DocumentLocation path(Path path) {
        Objects.requireNonNull(path, "path");
        Path file = path.getFileName();
        return new DocumentLocation(path.toString(), file == null ? path.toString() : file.toString(),
                () -> Files.newInputStream(path), "provider document " + path + " not found");
    }

    /**
     * A document named by a line of a registration file: looked for first in the jar or folder that
     * holds the registration, so that two jars with a document of the same name each get their own,
     * then anywhere on the class path.
     */
    static DocumentLocation listedIn(URL registration, String resource, ClassLoader loader) {
        String text = registration.toString();
        String root = text.substring(0, text.length() - DocumentProviderFactory.REGISTRATION.length());
        return new DocumentLocation(resource + " in " + jarOrFolder(root), fileName(resource), () -> {
            try {
                return sameRoot(root, resource).openStream();
            } catch (FileNotFoundException | NoSuchFileException e) {
                URL elsewhere = loader.getResource(resource);
                if (elsewhere == null) {
                    throw e;
                }
                return elsewhere.openStream();
            }
        }, "provider document '" + resource + "' listed in " + text + " not found on the class path");
    }

    /** The jar's file name, or the folder's path, of a class-path root URL ({@code jar:file:/x/acme.jar!/}). */
    static String jarOrFolder(String root) {
        String path = root.startsWith("jar:") && root.endsWith("!/") ? root.substring(4, root.length() - 2) : root;
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        return path.endsWith("/") ? path : path.substring(path.lastIndexOf('/') + 1);
    }

    /** The document as a stream, for reading only its beginning. */
    InputStream open() {
        try {
            return opener.open();
        } catch (FileNotFoundException | NoSuchFileException e) {
            throw new CareerfitException(missing, e);
        } catch (IOException e) {
            throw new CareerfitException("could not read provider document " + description + ": " + e.getMessage(), e);
        }
    }

    /** The whole document. */
    byte[] read() {
        try (InputStream in = opener.open()) {
            return in.readAllBytes();
        } catch (FileNotFoundException | NoSuchFileException e) {
            throw new CareerfitException(missing, e);
        } catch (IOException e) {
            throw new CareerfitException("could not read provider document " + description + ": " + e.getMessage(), e);
        }
    }

    private static URL sameRoot(String root, String resource) throws MalformedURLException {
        return new URL(root + resource);
    }

    /** Resolves {@code resource} against {@code anchor}'s package, as {@link Class#getResource} does. */
    private static String absoluteName(Class<?> anchor, String resource) {
        if (resource.startsWith("/")) {
            return resource.substring(1);
        }
        String pkg = anchor.getPackageName();
        return pkg.isEmpty() ? resource : pkg.replace('.', '/') + "/" + resource;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
