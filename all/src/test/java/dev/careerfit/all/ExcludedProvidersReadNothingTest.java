package dev.careerfit.all;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A provider left out of a catalog costs nothing: the national providers, excluded, never read their
 * snapshots nor load the code that decodes them. The catalog runs in a class loader of its own that
 * records every resource and class it is asked for.
 */
class ExcludedProvidersReadNothingTest {
    private static final String[] NATIONAL = {"onet", "bls-oews", "bls-ep"};

    /** Loads careerfit's classes itself (not through the test's loader) and records what is asked of it. */
    static final class RecordingLoader extends URLClassLoader {
        final Set<String> resources = ConcurrentHashMap.newKeySet();
        final Set<String> classes = ConcurrentHashMap.newKeySet();

        RecordingLoader(URL[] urls) {
            super("recording", urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            classes.add(name);
            return super.findClass(name);
        }

        @Override
        public URL getResource(String name) {
            resources.add(name);
            return super.getResource(name);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            resources.add(name);
            return super.getResourceAsStream(name);
        }
    }

    @Test
    void excludedNationalProvidersReadNoSnapshotAndLoadNoDecoder() throws Exception {
        try (RecordingLoader loader = new RecordingLoader(classPath())) {
            int roles = catalogSize(loader, "exclude", NATIONAL);

            assertThat(roles).as("the seed roles only").isEqualTo(3);
            assertThat(loader.resources).noneMatch(r -> r.endsWith(".cfsnap"));
            assertThat(loader.classes).as("classes loaded").contains("dev.careerfit.provider.onet.OnetProvider")
                    .noneMatch(c -> c.startsWith("dev.careerfit.release."))
                    .noneMatch(c -> c.matches("dev\\.careerfit\\.provider\\.(onet|oews|ep)\\..*(DataSet|Snapshot|Importer).*"));
        }
    }

    @Test
    @Tag("national")
    void includedNationalProvidersReadTheirSnapshotsThroughTheSameLoader() throws Exception {
        try (RecordingLoader loader = new RecordingLoader(classPath())) {
            int roles = catalogSize(loader, "include", NATIONAL);

            assertThat(roles).isEqualTo(1016);
            assertThat(loader.resources).filteredOn(r -> r.endsWith(".cfsnap")).hasSize(3);
            assertThat(loader.classes).contains("dev.careerfit.release.SnapshotReader");
        }
    }

    /** Builds a catalog inside {@code loader}, filtered, and returns how many roles it holds. */
    private static int catalogSize(ClassLoader loader, String filter, String... ids) throws Exception {
        Class<?> catalogClass = Class.forName("dev.careerfit.catalog.CareerCatalog", true, loader);
        Object builder = catalogClass.getMethod("builder").invoke(null);
        Class<?> builderClass = builder.getClass();
        builderClass.getMethod("classLoader", ClassLoader.class).invoke(builder, loader);
        Method select = builderClass.getMethod(filter, String[].class);
        select.invoke(builder, (Object) ids);
        Object catalog = builderClass.getMethod("build").invoke(builder);
        assertThat((List<?>) catalogClass.getMethod("failures").invoke(catalog)).isEmpty();
        return (int) catalogClass.getMethod("size").invoke(catalog);
    }

    /** The main code and its libraries, without test classes and test frameworks. */
    static URL[] classPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes"))
                .filter(e -> !e.matches(".*(junit|opentest4j|apiguardian|assertj|byte-buddy|surefire).*"))
                .map(ExcludedProvidersReadNothingTest::url).toArray(URL[]::new);
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }
}
