package dev.careerfit.cli;

import dev.careerfit.CareerfitException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Finds the jars of the user's own providers: a folder of jars, or a list of jars and folders
 * separated by the platform's path separator ({@code :} on Unix, {@code ;} on Windows).
 */
final class ProviderJars {
    private ProviderJars() {}

    /**
     * The jars {@code spec} names, folders expanded to the {@code .jar} files directly in them, in name order.
     *
     * @param origin where the spec came from ({@code --providers} or the variable's name), for messages
     * @throws CareerfitException naming the entry when it does not exist or is not a jar or folder
     */
    static List<Path> jars(String spec, String origin) {
        List<Path> jars = new ArrayList<>();
        for (String entry : spec.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry.strip());
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                            .sorted().forEach(jars::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list provider folder " + path + " (" + origin + ")", e);
                }
            } else if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar")) {
                jars.add(path);
            } else {
                throw new CareerfitException(origin + ": '" + entry + "' is "
                        + (Files.exists(path) ? "not a jar or a folder of jars" : "not there")
                        + "; give a folder of provider jars or a list of jars separated by '"
                        + File.pathSeparator + "'");
            }
        }
        jars.forEach(jar -> checkReadable(jar, origin));
        return jars;
    }

    /**
     * Opens {@code jar} as a zip archive: a class loader would skip a jar it cannot read without a word,
     * and the user's providers would silently be missing.
     *
     * @throws CareerfitException naming the jar when it is empty, cut short or not a jar at all
     */
    private static void checkReadable(Path jar, String origin) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.size();
        } catch (ZipException e) {
            throw new CareerfitException(origin + ": '" + jar + "' is not a readable jar ("
                    + (e.getMessage() == null ? "not a zip archive" : e.getMessage())
                    + "); rebuild it, or remove it from the providers");
        } catch (IOException e) {
            throw new CareerfitException(origin + ": cannot read '" + jar + "': " + e.getMessage());
        }
    }

    /**
     * Where the user's providers are registered: the provider and factory classes in each jar's
     * {@code META-INF/services} files and the documents in {@value #DOCUMENTS}, each with its jar. A failure whose
     * origin names one of them is of a provider the user asked for by path.
     */
    static Map<String, Path> registrations(List<Path> jars) {
        Map<String, Path> registered = new LinkedHashMap<>();
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (String list : REGISTRATIONS) {
                    ZipEntry entry = zip.getEntry(list);
                    if (entry == null) {
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                                .map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty())
                                .forEach(name -> registered.putIfAbsent(name, jar));
                    }
                }
            } catch (IOException e) {
                // checkReadable has opened every jar; one that cannot be read now registers nothing.
            }
        }
        return registered;
    }

    /** Where a jar lists its provider documents (the document provider's registration). */
    static final String DOCUMENTS = "META-INF/careerfit/provider-documents";
    private static final List<String> REGISTRATIONS = List.of("META-INF/services/dev.careerfit.spi.CareerDataProvider",
            "META-INF/services/dev.careerfit.spi.CareerDataProviderFactory", DOCUMENTS);

    /** A class loader over {@code jars} ({@link #jars}), delegating to {@code parent} first. */
    static ClassLoader loader(List<Path> jars, String origin, ClassLoader parent) {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new CareerfitException(origin + ": cannot use '" + jars.get(i) + "': " + e.getMessage(), e);
            }
        }
        return new URLClassLoader("careerfit-providers", urls, parent);
    }
}
