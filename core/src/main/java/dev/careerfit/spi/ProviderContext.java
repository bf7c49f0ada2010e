package dev.careerfit.spi;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the catalog tells a provider when it {@linkplain CareerDataProvider#open(ProviderContext) opens}
 * it: the settings given for this provider, the class loader to read resources through, and whether
 * the catalog is strict.
 *
 * <p>Settings are per provider id. The one every data provider should honour is {@value #RELEASE}: a
 * file or folder holding a release of the provider's source to read instead of the data it ships
 * (set with {@code CareerCatalog.builder().release("onet", path)}, the CLI's {@code --release onet=PATH}
 * or the {@code CAREERFIT_RELEASES} environment variable).
 *
 * @param providerId  the id of the provider being opened
 * @param settings    settings for this provider, by name
 * @param classLoader the class loader providers were discovered through
 * @param strict      {@code true} when any problem should fail the provider rather than be reported
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public record ProviderContext(String providerId, Map<String, String> settings, ClassLoader classLoader,
                              boolean strict) {
    /** The setting naming a release file or folder to read instead of the built-in snapshot. */
    public static final String RELEASE = "release";

    public ProviderContext {
        Checks.notNull(providerId, "providerId");
        settings = Map.copyOf(new TreeMap<>(Objects.requireNonNull(settings, "settings")));
        Checks.notNull(classLoader, "classLoader");
    }

    /** A lenient context with no settings, for tests and hand-wired providers. */
    public static ProviderContext defaults(String providerId) {
        return new ProviderContext(providerId, Map.of(), ProviderContext.class.getClassLoader(), false);
    }

    /** One setting, if given. */
    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    /** The {@value #RELEASE} setting as a path, if given. */
    public Optional<Path> release() {
        return setting(RELEASE).map(Path::of);
    }
}
