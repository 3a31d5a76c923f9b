package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TwoDecimalsTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, 0.005, 0.015, 0.125, 0.145, 0.995, 0.9949999999, 0.0049999, 1e-9, 0.30000000000000004,
        -0.0, 2.5, 1e20, Double.NaN, Double.POSITIVE_INFINITY, -0.5, 0.001, 0.0015, 0.00999, 0.994999, 9.995,
        12345.675, 999999.995, 9999999.995, 1e7, 12345678.905, 0.1 + 0.2})
    void writesWhatStringFormatWrites(double value) {
        assertThat(TwoDecimals.format(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
    }

    @Test
    void agreesWithStringFormatOnEveryTenThousandthAndOnRandomFactors() {
        for (int i = 0; i <= 10_000; i++) {
            double value = i / 10_000.0;
            assertThat(TwoDecimals.format(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
        }
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 200_000; i++) {
            double value = 1 - (1 - random.nextDouble()) * (1 - random.nextDouble() * 0.6);
            assertThat(TwoDecimals.format(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
        }
        for (int i = 0; i < 100_000; i++) {
            double value = random.nextDouble() * Math.pow(10, random.nextInt(-4, 9));
            assertThat(TwoDecimals.format(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
        }
    }
}
