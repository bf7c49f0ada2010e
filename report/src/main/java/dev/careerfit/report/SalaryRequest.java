package dev.careerfit.report;

import dev.careerfit.Api;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.PlaceQuery;
import java.util.Optional;

/**
 * What a pay page is asked for: the figures of one place, each per one period, as {@code careerfit salary ROLE
 * --location PLACE --period PERIOD} asks.
 *
 * @param location the place as the person typed it, or {@code null} for every place
 * @param place    {@code location} read by the rule of docs/formats.md, "Places", or {@code null}
 * @param period   the period every figure is shown per, or {@code null} for each as its source states it
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public record SalaryRequest(String location, PlaceQuery place, PayPeriod period) {
    public SalaryRequest {
        if ((location == null) != (place == null)) {
            throw new IllegalArgumentException("give a location with the place read from it, or neither");
        }
    }

    /** Every place, each figure as its source states it. */
    public static SalaryRequest everywhere() {
        return new SalaryRequest(null, null, null);
    }

    /**
     * {@code location} read by the rule of docs/formats.md, "Places" (or every place when it is {@code null}), per
     * {@code period} (or as each source states it when {@code null}).
     *
     * @throws IllegalArgumentException when the place cannot be read or is ambiguous, saying why
     */
    public static SalaryRequest of(String location, PayPeriod period) {
        return new SalaryRequest(location, location == null ? null : PlaceQuery.parse(location), period);
    }

    public Optional<PlaceQuery> placeQuery() {
        return Optional.ofNullable(place);
    }

    public Optional<PayPeriod> payPeriod() {
        return Optional.ofNullable(period);
    }
}
