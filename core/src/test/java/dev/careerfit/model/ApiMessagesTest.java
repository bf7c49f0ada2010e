package dev.careerfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.ProviderFailure;
import dev.careerfit.catalog.ProviderLoadException;
import dev.careerfit.market.Location;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the public API says when it is misused: one line naming the value and the fix. */
class ApiMessagesTest {

    @Test
    void anUnknownCurrencyIsNamedWithTheExpectedForm() {
        assertThatThrownBy(() -> SalaryBand.mean("EURO", PayPeriod.ANNUAL, Location.national("DE"),
                BigDecimal.valueOf(50_000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency 'EURO' is not an ISO 4217 code, e.g. USD, GBP or EUR");
    }

    @Test
    void ukIsNotACountryCodeAndTheMessageSaysToUseGb() {
        assertThatThrownBy(() -> Location.national("UK"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("country 'UK' is not an ISO 3166-1 alpha-2 code; use GB for the United Kingdom");
        assertThatThrownBy(() -> Location.national("XY")).hasMessageContaining("'XY' is not an ISO 3166-1 alpha-2 code");
        assertThat(Location.national("GB").country()).isEqualTo("GB");
    }

    @Test
    void invalidDataKeepsItsProblemsThroughSerialisation() throws Exception {
        InvalidDataException original = new InvalidDataException("acme.json",
                List.of(new Problem("acme.json:3:5 $.roles[0].id", "missing"), new Problem("$.format", "wrong")));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        InvalidDataException copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (InvalidDataException) in.readObject();
        }

        assertThat(copy.problems()).isEqualTo(original.problems());
        assertThat(copy.subject()).isEqualTo("acme.json");
    }

    /** Found by the provider-document fuzz target: a strict catalog's message repeated 43 problems (4,027 characters). */
    @Test
    void aProviderFailureNamesItsFirstTenProblemsAndCountsTheRest() {
        List<Problem> many = java.util.stream.IntStream.rangeClosed(1, 43)
                .mapToObj(i -> new Problem("acme.json:" + i + ":1 $.sources[" + i + "]", "id must not be null")).toList();
        ProviderFailure failure = new ProviderFailure("acme", "DocumentProvider[acme.json in acme.jar]",
                ProviderFailure.Stage.DATA, many, null);

        assertThat(failure.describe()).contains("43 problems: acme.json:1:1", "acme.json:10:1", "; and 33 more")
                .doesNotContain("acme.json:11:1").hasSizeLessThan(1_000);
        assertThat(new ProviderLoadException(List.of(failure)).getMessage()).hasSizeLessThan(1_000);
        assertThat(failure.problems()).hasSize(43);
    }
}
