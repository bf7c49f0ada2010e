package dev.careerfit.market;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import java.util.Locale;
import java.util.Set;

/**
 * Where a figure applies: a whole country, a state or region, or a city.
 *
 * @param country ISO 3166-1 alpha-2 code, e.g. {@code US}, {@code GB}
 * @param region  state or region code, e.g. {@code CA}, or {@code null}
 * @param city    city name, e.g. "San Francisco", or {@code null}
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Location(String country, String region, String city) {
    /** The ISO 3166-1 alpha-2 codes: two capitals are not enough ("UK" is not one; the United Kingdom is GB). */
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Location {
        Checks.notNull(country, "country");
        if (!COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("country '" + country + "' " + (country.equals("UK")
                    ? "is not an ISO 3166-1 alpha-2 code; use GB for the United Kingdom"
                    : country.matches("[A-Z]{2}") ? "is not an ISO 3166-1 alpha-2 code, e.g. US or GB"
                    : "must be an ISO 3166-1 alpha-2 code in capitals, e.g. US or GB"));
        }
        region = Checks.optionalText(region);
        city = Checks.optionalText(city);
    }

    public static Location national(String country) {
        return new Location(country, null, null);
    }

    public static Location state(String country, String region) {
        return new Location(country, Checks.notBlank(region, "region"), null);
    }

    public static Location city(String country, String region, String city) {
        return new Location(country, region, Checks.notBlank(city, "city"));
    }

    public Scope scope() {
        return city != null ? Scope.CITY : region != null ? Scope.STATE : Scope.NATIONAL;
    }

    /**
     * Whether a user's query ("San Francisco", "CA", "us", "London, UK") names this location, by the rule
     * of {@link PlaceQuery}; an ambiguous part ("CA": California or Canada) counts when any of its
     * readings names it. {@link PlaceQuery#parse(String)} rejects ambiguous queries instead.
     */
    public boolean matches(String query) {
        return PlaceQuery.anyReadingMatches(query, this);
    }

    /** Stable key used to tell whether two figures are about the same place. */
    public String key() {
        return country + "/" + (region == null ? "" : region) + "/" + (city == null ? "" : city.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        if (city != null) {
            return city + ", " + (region != null ? region : country);
        }
        return region != null ? region + ", " + country : country;
    }

    /** How large an area a location covers. */
    @Api(Api.Status.STABLE)
    public enum Scope { NATIONAL, STATE, CITY }
}
