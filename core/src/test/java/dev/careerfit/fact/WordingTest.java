package dev.careerfit.fact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.market.PayPeriod;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Figures read as U.S. English writes them, exactly as {@link DecimalFormat} writes them, in any locale. */
class WordingTest {
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void writesMoneyAsAPersonReadsIt() {
        assertThat(Wording.money(new BigDecimal("112590"), USD, PayPeriod.ANNUAL)).isEqualTo("$112,590");
        assertThat(Wording.money(new BigDecimal("54.125"), USD, PayPeriod.HOURLY)).isEqualTo("$54.12");
        assertThat(Wording.money(new BigDecimal("999.5"), USD, PayPeriod.ANNUAL)).isEqualTo("$1,000");
        assertThat(Wording.money(new BigDecimal("1234567.891"), Currency.getInstance("EUR"), PayPeriod.ANNUAL))
                .isEqualTo("\u20ac1,234,568");
        assertThat(Wording.money(new BigDecimal("65000"), Currency.getInstance("CHF"), PayPeriod.ANNUAL))
                .isEqualTo("CHF 65,000");
    }

    @Test
    void writesNumbersWithoutNeedlessDecimals() {
        assertThat(Wording.number(23.0)).isEqualTo("23");
        assertThat(Wording.number(6.5)).isEqualTo("6.5");
        assertThat(Wording.number(1234.0)).isEqualTo("1,234");
        assertThat(Wording.number(-1234567.891)).isEqualTo("-1,234,567.89");
        assertThat(Wording.number(245_900L)).isEqualTo("245,900");
        assertThat(Wording.signed(9.7)).isEqualTo("+9.7");
        assertThat(Wording.signed(-3)).isEqualTo("-3");
        assertThat(Wording.count(1, "role", "roles")).isEqualTo("1 role");
        assertThat(Wording.count(1019, "role", "roles")).isEqualTo("1,019 roles");
    }

    @Test
    void groupsAndRoundsAsDecimalFormatDoesForAnyFigure() {
        DecimalFormatSymbols us = DecimalFormatSymbols.getInstance(Locale.US);
        SplittableRandom random = new SplittableRandom(20261201);
        for (int i = 0; i < 20_000; i++) {
            double value = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(9));
            String expected = new DecimalFormat("#,##0.##", us).format(value);
            if (!expected.equals("-0")) { // DecimalFormat keeps the sign of a figure that rounds to nothing
                assertThat(Wording.number(value)).as("number(%s)", value).isEqualTo(expected);
            }
            BigDecimal amount = new BigDecimal(Double.toString(Math.abs(Math.round(value * 1000) / 1000.0)));
            assertThat(Wording.money(amount, USD, PayPeriod.HOURLY)).as("money(%s)", amount)
                    .isEqualTo("$" + new DecimalFormat("#,##0.00", us).format(amount));
            long whole = random.nextLong(-10_000_000_000L, 10_000_000_000L);
            assertThat(Wording.number(whole)).isEqualTo(new DecimalFormat("#,##0", us).format(whole));
        }
    }

    @Test
    void writesTheSameWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Wording.number(1234.5)).isEqualTo("1,234.5");
            assertThat(Wording.money(new BigDecimal("112590"), USD, PayPeriod.ANNUAL)).isEqualTo("$112,590");
        } finally {
            Locale.setDefault(before);
        }
    }
}
