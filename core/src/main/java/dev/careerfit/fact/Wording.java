package dev.careerfit.fact;

import dev.careerfit.Api;
import dev.careerfit.market.PayPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * How figures read in careerfit's plain words, the same in the terminal, in HTML and in reasons:
 * amounts of money, numbers without needless decimals, signed changes, enum constants.
 *
 * <p>Figures are written as U.S. English writes them ({@code 1,234.5}) whatever the default locale,
 * grouped here rather than through {@link java.text.DecimalFormat}: the first use of locale data
 * costs a command line program some 20 to 50 ms of start-up, for a format that never changes.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class Wording {
    private Wording() {}

    /** {@code $165,000} for a year or {@code $79.33} for an hour; other currencies by their symbol or code. */
    public static String money(BigDecimal amount, Currency currency, PayPeriod period) {
        int decimals = period == PayPeriod.HOURLY ? 2 : 0;
        // The dollar without locale data; other currencies as U.S. English shows them.
        String symbol = currency.getCurrencyCode().equals("USD") ? "$" : currency.getSymbol(Locale.US);
        String figure = grouped(amount.setScale(decimals, RoundingMode.HALF_EVEN));
        return symbol.length() == 1 ? symbol + figure : symbol + " " + figure;
    }

    /**
     * A number without needless decimals, at most two, rounded half to even as its exact binary value
     * lies: {@code 23}, {@code 6.5}, {@code 1,234}.
     */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN);
        return grouped(rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros());
    }

    /** A whole number with its thousands grouped: {@code 1,234}. */
    public static String number(long value) {
        return grouped(BigDecimal.valueOf(value));
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
        return number(n) + " " + (n == 1 ? singular : plural);
    }

    /** The plain digits of {@code value} with a comma between each group of three before the point. */
    private static String grouped(BigDecimal value) {
        String plain = value.toPlainString();
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.length() + (end - start) / 3).append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, end, plain.length()).toString();
    }
}
