package dev.careerfit.provider.guides;

import dev.careerfit.Api;
import dev.careerfit.provider.document.DocumentProvider;

/**
 * The three seed career guides on the Machine Learning Engineer, one source each, for everything they
 * state without naming another source; the only provider that defines the {@code ml-engineer},
 * {@code data-scientist} and {@code ai-engineer} roles. Work factors the guides are silent on carry
 * careerfit's own assessment as a separate source, so they never pass for a guide's claim. The data
 * lives in {@code career-guides.json}.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class CareerGuidesProvider extends DocumentProvider {
    public CareerGuidesProvider() {
        super(CareerGuidesProvider.class, "career-guides.json");
    }
}
