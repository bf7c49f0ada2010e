package dev.careerfit.provider.glassdoor;

import dev.careerfit.Api;
import dev.careerfit.provider.document.DocumentProvider;

/**
 * Glassdoor's base-pay range for the Machine Learning Engineer as the seed guides cite it. The data
 * lives in {@code glassdoor.json} next to this class.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class GlassdoorProvider extends DocumentProvider {
    public GlassdoorProvider() {
        super(GlassdoorProvider.class, "glassdoor.json");
    }
}
