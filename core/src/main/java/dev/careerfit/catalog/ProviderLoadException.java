package dev.careerfit.catalog;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import java.util.List;

/**
 * Thrown by a strict catalog when a provider fails to load.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public class ProviderLoadException extends CareerfitException {
    private static final long serialVersionUID = 1L;

    private final transient List<ProviderFailure> failures;

    public ProviderLoadException(List<ProviderFailure> failures) {
        super(failures.get(0).describe() + (failures.size() > 1 ? " (and " + (failures.size() - 1)
                + " more failures)" : ""), failures.get(0).cause());
        this.failures = List.copyOf(failures);
    }

    public List<ProviderFailure> failures() {
        return failures;
    }
}
