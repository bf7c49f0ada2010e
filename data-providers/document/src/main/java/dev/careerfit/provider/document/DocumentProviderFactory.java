package dev.careerfit.provider.document;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.CareerDataProviderFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds data-only providers: every {@value #REGISTRATION} file on the class path lists provider
 * documents, one class-path resource a line ({@code dev/example/acme.yaml}); blank lines and lines
 * starting with {@code #} are ignored. Each document becomes a {@link DocumentProvider}, read when the
 * catalog first asks for its data, so a broken document fails on its own while the others load.
 *
 * <p>Registered for {@link java.util.ServiceLoader} in {@code META-INF/services}.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class DocumentProviderFactory implements CareerDataProviderFactory {
    /** The registration file a jar ships to contribute provider documents. */
    public static final String REGISTRATION = "META-INF/careerfit/provider-documents";

    @Override
    public String name() {
        return "provider documents";
    }

    @Override
    public List<CareerDataProvider> createProviders(ClassLoader classLoader) {
        Map<String, URL> registrations = new LinkedHashMap<>();
        try {
            // A folder or jar listed twice on the class path shows up twice; URL.equals would resolve hosts.
            for (URL url : Collections.list(classLoader.getResources(REGISTRATION))) {
                registrations.putIfAbsent(url.toString(), url);
            }
        } catch (IOException e) {
            throw new CareerfitException("could not look for " + REGISTRATION + " files: " + e.getMessage(), e);
        }
        List<CareerDataProvider> providers = new ArrayList<>();
        for (URL registration : registrations.values()) {
            for (String resource : documentsListedIn(registration)) {
                providers.add(new DocumentProvider(DocumentLocation.listedIn(registration, resource, classLoader)));
            }
        }
        return providers;
    }

    private static List<String> documentsListedIn(URL registration) {
        List<String> resources = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(registration.openStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    resources.add(entry.startsWith("/") ? entry.substring(1) : entry);
                }
            }
        } catch (IOException e) {
            throw new CareerfitException("could not read " + registration + ": " + e.getMessage(), e);
        }
        return resources;
    }
}
