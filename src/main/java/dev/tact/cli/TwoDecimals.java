package dev.tact.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A factor written with two decimals, exactly as {@code String.format(Locale.ROOT, "%.2f", value)}
 * writes it: the shortest decimal that reads back as the double ({@link Double#toString}), rounded
 * half up. {@code String.format} parses its pattern on every call, and four calls a line were a
 * fifth of the time of {@code tact score} on a large file (src/site/decisions/0011-where-the-time-goes.md).
 */
final class TwoDecimals {

    // Double.toString writes plain digits from 10^-3 up to 10^7, so the integer part fits a long.
    private static final int MAX_INTEGER_DIGITS = 7;

    private TwoDecimals() {
    }

    static String format(double value) {
        if (!(Math.copySign(1.0, value) > 0 && value < 1e15)) {
            // Negative zero, NaN, infinities and huge values never come from a factor in [0, 1].
            return String.format(Locale.ROOT, "%.2f", value);
        }
        String shortest = Double.toString(value);
        int point = shortest.indexOf('.');
        if (shortest.indexOf('E') >= 0 || point < 0 || point > MAX_INTEGER_DIGITS) {
            return new BigDecimal(shortest).setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        return rounded(shortest, point);
    }

    // Half up on the decimal digits themselves: the digits dropped are at least one half exactly
    // when the first of them is 5 or more. The same digits BigDecimal rounds, without making one
    // (a BigDecimal and its strings were 7 % of what tact score allocated).
    private static String rounded(String shortest, int point) {
        long hundredths = Long.parseLong(shortest, 0, point, 10) * 100 + digit(shortest, point + 1) * 10
            + digit(shortest, point + 2);
        if (digit(shortest, point + 3) >= 5) {
            hundredths++;
        }
        long cents = hundredths % 100;
        return (hundredths / 100) + (cents < 10 ? ".0" : ".") + cents;
    }

    private static int digit(String text, int at) {
        return at < text.length() ? text.charAt(at) - '0' : 0;
    }
}
