package dev.tact.store.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatRowParserTest {
    private static final Pattern PLAIN = Pattern.compile("0|[1-9][0-9]*");

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "10", "0123", "00", "", " 7", "7 ", "+7", "-7", "-0", "1,234", "1e5", "1.5",
        "\u0667", "99999999999999999999"})
    void aPlainCountIsWhatThePatternAccepts(String field) {
        assertThat(StatRowParser.notPlain(field) == null).as("\"%s\"", field).isEqualTo(PLAIN.matcher(field).matches());
    }

    @Test
    void agreesWithThePatternOnRandomFields() {
        SplittableRandom random = new SplittableRandom(15);
        String alphabet = "0123456789 +-.,e\u0660";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder field = new StringBuilder();
            for (int length = random.nextInt(6); length > 0; length--) {
                field.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 10)));
            }
            assertThat(StatRowParser.notPlain(field.toString()) == null).as("\"%s\"", field)
                .isEqualTo(PLAIN.matcher(field).matches());
        }
    }

    @Test
    void quotesDimensionValuesAsJacksonDoes() {
        SplittableRandom random = new SplittableRandom(15);
        String alphabet = "ab \"\\/\u0000\u001f\t\n\u007f\u00e9\u2028\ud83d\ude00<>&'";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                value.append(alphabet.charAt(random.nextInt(random.nextInt(3) == 0 ? alphabet.length() : 3)));
            }
            StringBuilder ours = new StringBuilder("x");
            StatRowParser.appendQuoted(ours, value.toString());
            StringBuilder jackson = new StringBuilder("x");
            JsonStringEncoder.getInstance().quoteAsString(value.toString(), jackson);
            assertThat(ours.toString()).as("\"%s\"", value).isEqualTo(jackson.toString());
        }
    }
}
