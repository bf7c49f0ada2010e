package dev.careerfit.fact;

import dev.careerfit.market.PayPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * How figures read in careerfit's plain words, the same in the terminal, in HTML and in reasons:
 * amounts of money, numbers without needless decimals, signed changes, enum constants.
 *
 * @since 0.2
 */
public final class Wording {
    private Wording() {}

    /** {@code $165,000} for a year or {@code $79.33} for an hour; other currencies by their symbol or code. */
    public static String money(BigDecimal amount, Currency currency, PayPeriod period) {
        int decimals = period == PayPeriod.HOURLY ? 2 : 0;
        String symbol = currency.getSymbol(Locale.US);
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.US));
        String figure = f.format(amount.setScale(decimals, RoundingMode.HALF_EVEN));
        return symbol.length() == 1 ? symbol + figure : symbol + " " + figure;
    }

    /** A number without needless decimals: {@code 23}, {@code 6.5}, {@code 1,234}. */
    public static String number(double value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
    }

    /** A change with its sign: {@code +9.7}, {@code -3}, {@code 0}. */
    public static String signed(double value) {
        return (value > 0 ? "+" : "") + number(value);
    }

    /** {@code WORKING_CONDITIONS} as {@code working conditions}. */
    public static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** {@code WORKING_CONDITIONS} as {@code Working conditions}. */
    public static String capitalised(Enum<?> constant) {
        String s = lower(constant);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code 1 role}, {@code 2 roles}: a count with the right form of the noun. */
    public static String count(long n, String singular, String plural) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(n) + " "
                + (n == 1 ? singular : plural);
    }
}
