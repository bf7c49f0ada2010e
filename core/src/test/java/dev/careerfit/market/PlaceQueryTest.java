package dev.careerfit.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What people type for a place, read by PlaceQuery's one rule. */
class PlaceQueryTest {
    static final Location US = Location.national("US");
    static final Location SAN_FRANCISCO = Location.city("US", "CA", "San Francisco");
    static final Location NEW_YORK = Location.city("US", "NY", "New York");
    static final Location LONDON = Location.city("GB", null, "London");
    static final Location TORONTO = Location.city("CA", "ON", "Toronto");
    static final List<Location> PLACES = List.of(US, SAN_FRANCISCO, NEW_YORK, LONDON, TORONTO);

    static List<Location> found(String typed) {
        PlaceQuery q = PlaceQuery.parse(typed);
        return PLACES.stream().filter(q::matches).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"London, UK", "London, GB", "london", "UK", "uk", "U.K.", "GB", "United Kingdom",
        "Great Britain", "  LONDON ,  united kingdom "})
    void theUnitedKingdomAndLondonAsPeopleTypeThem(String typed) {
        assertThat(found(typed)).containsExactly(LONDON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"New York", "NY", "new york, ny", "New York, New York", "New York NY", "N.Y."})
    void newYorkByCityStateCodeOrStateName(String typed) {
        assertThat(found(typed)).containsExactly(NEW_YORK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"San Francisco, CA", "San Francisco CA", "san francisco", "California", "CA, US",
        "California, USA", "San Francisco, United States"})
    void sanFranciscoByCityOrByTheStateWhereCaStandsBesideACityOrACountry(String typed) {
        assertThat(found(typed)).containsExactly(SAN_FRANCISCO);
    }

    @Test
    void aCountryMatchesItsRegionsAndCitiesToo() {
        assertThat(found("US")).containsExactly(US, SAN_FRANCISCO, NEW_YORK);
        assertThat(found("United States of America")).containsExactly(US, SAN_FRANCISCO, NEW_YORK);
        assertThat(found("Canada")).containsExactly(TORONTO);
        assertThat(found("Toronto, ON")).containsExactly(TORONTO);
    }

    @Test
    void aCodeThatIsBothACountryAndAStateIsAnErrorNamingBoth() {
        assertThatThrownBy(() -> PlaceQuery.parse("ca")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("place 'ca' is ambiguous: 'ca' is the U.S. state California (CA) or the country Canada (CA); "
                        + "say 'California, US' for the state or 'Canada' for the country");
        assertThatThrownBy(() -> PlaceQuery.parse("IN")).hasMessageContaining("Indiana (IN)", "India (IN)");
        assertThatThrownBy(() -> PlaceQuery.parse("Georgia"))
                .hasMessageContaining("the U.S. state Georgia (GA) or the country Georgia (GE)", "'GE' for the country");
    }

    @Test
    void aPlaceWithoutLettersIsAnError() {
        assertThatThrownBy(() -> PlaceQuery.parse(" , ")).hasMessageStartingWith("a place must have letters or digits");
    }

    @Test
    void accentsAndPunctuationDoNotCount() {
        Location saoPaulo = Location.city("BR", "SP", "São Paulo");

        assertThat(PlaceQuery.parse("Sao Paulo").matches(saoPaulo)).isTrue();
        assertThat(PlaceQuery.parse("SÃO-PAULO, Brazil").matches(saoPaulo)).isTrue();
    }

    @Test
    void theDefaultLocaleChangesNothing() {
        Locale before = Locale.getDefault();
        try {
            // In Turkish, "I" lower-cases to a dotless i: a match through the default locale would miss.
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(PlaceQuery.parse("ILLINOIS, US").matches(Location.city("US", "IL", "Chicago"))).isTrue();
            assertThat(PlaceQuery.parse("SAN FRANCISCO, CALIFORNIA").matches(SAN_FRANCISCO)).isTrue();
            assertThatThrownBy(() -> PlaceQuery.parse("in")).hasMessageContaining("Indiana", "India");
            Locale.setDefault(Locale.ROOT);
            assertThat(found("united kingdom")).containsExactly(LONDON);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void locationMatchesTakesAnyReadingOfAnAmbiguousPart() {
        assertThat(SAN_FRANCISCO.matches("ca")).isTrue();
        assertThat(TORONTO.matches("ca")).isTrue();
        assertThat(LONDON.matches("ca")).isFalse();
    }
}
