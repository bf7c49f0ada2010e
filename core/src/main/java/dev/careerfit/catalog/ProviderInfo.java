package dev.careerfit.catalog;

import dev.careerfit.Api;
import dev.careerfit.provenance.Source;
import dev.careerfit.spi.ImportReport;
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
 * @param roleCount   how many roles (and occupation codes) it has facts for
 * @param report      what it read from release files, row by row; {@linkplain ImportReport#none() none}
 *                    for data built into the provider
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record ProviderInfo(String id, String name, String description, int priority, String origin,
                           List<Source> sources, int roleCount, ImportReport report) {
    public ProviderInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        sources = List.copyOf(sources);
        Objects.requireNonNull(report, "report");
    }
}
