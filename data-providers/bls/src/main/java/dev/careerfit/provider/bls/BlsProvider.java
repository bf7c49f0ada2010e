package dev.careerfit.provider.bls;

import dev.careerfit.Api;
import dev.careerfit.provider.document.DocumentProvider;

/**
 * The U.S. Bureau of Labor Statistics figures for the Machine Learning Engineer as the seed guides cite
 * them: national mean pay (annual and hourly), openings a year and growth 2022-2032. The data lives in
 * {@code bls.json} next to this class, so correcting a figure needs no code change.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class BlsProvider extends DocumentProvider {
    public BlsProvider() {
        super(BlsProvider.class, "bls.json");
    }
}
