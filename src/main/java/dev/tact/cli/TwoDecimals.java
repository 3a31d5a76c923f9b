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

    private TwoDecimals() {
    }

    static String format(double value) {
        if (!(Math.copySign(1.0, value) > 0 && value < 1e15)) {
            // Negative zero, NaN, infinities and huge values never come from a factor in [0, 1].
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return new BigDecimal(Double.toString(value)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
