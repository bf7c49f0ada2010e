package dev.careerfit.cli;

import dev.careerfit.spi.CareerDataProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;

/** Writes a provider jar as a user would ship one: the classes and their META-INF/services entry. */
final class ProviderJarFixture {
    private ProviderJarFixture() {}

    @SafeVarargs
    static Path write(Path jar, Class<? extends CareerDataProvider>... providers) throws IOException {
        return write(jar, Map.of(), providers);
    }

    /** A provider jar that also holds {@code resources} (path to text), e.g. question documents. */
    @SafeVarargs
    static Path write(Path jar, Map<String, String> resources, Class<? extends CareerDataProvider>... providers)
            throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, String> r : resources.entrySet()) {
                out.putNextEntry(new JarEntry(r.getKey()));
                out.write(r.getValue().getBytes(StandardCharsets.UTF_8));
            }
            out.putNextEntry(new JarEntry("META-INF/services/" + CareerDataProvider.class.getName()));
            out.write(Arrays.stream(providers).map(Class::getName).collect(Collectors.joining("\n", "", "\n"))
                    .getBytes(StandardCharsets.UTF_8));
            for (Class<?> c : providers) {
                String name = c.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (InputStream in = c.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
            }
        }
        return jar;
    }
}
