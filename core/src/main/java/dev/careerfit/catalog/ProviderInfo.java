package dev.careerfit.catalog;

import dev.careerfit.provenance.Source;
import java.util.List;
import java.util.Objects;

/**
 * A provider the catalog loaded, for listings such as {@code careerfit sources}.
 *
 * @param id          the provider's id
 * @param name        its display name
 * @param description what it holds, or {@code null}
 * @param priority    its priority
 * @param origin      its class and the jar or folder it was loaded from
 * @param sources     the sources it declares
 * @param roleCount   how many role profiles it contributed
 * @since 0.1
 */
public record ProviderInfo(String id, String name, String description, int priority, String origin,
                           List<Source> sources, int roleCount) {
    public ProviderInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        sources = List.copyOf(sources);
    }
}
