package dev.tact.store.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatWordsTest {

    // The definition StatWords replaced, kept here as the reference it must agree with.
    private static Set<String> byRegex(List<String> words) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words) {
            String clean = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            if (clean.length() > 2 && !StatWords.STOPWORDS.contains(clean) && !clean.chars().allMatch(Character::isDigit)) {
                terms.add(clean);
            }
        }
        return terms;
    }

    private static Set<String> byRegex(String text) {
        return byRegex(List.of(text.split("[^\\p{L}\\p{N}']+")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Members who watched The Office every day in Dublin",
        "'Lullabies' at 3am — Brooklyn's 19,198 people", "Café Noël, İstanbul ΟΔΟΣ straße ½ ²³ Ⅻ 𝔘𝔫𝔦",
        "don't won't y'all ''' 123 1st 2nd", "\uD800 lone \uDC00 surrogates", "Kölner Döner · 東京 ١٢٣ مرحبا"})
    void agreesWithTheRegularExpressions(String text) {
        assertThat(List.copyOf(StatWords.in(text))).isEqualTo(List.copyOf(byRegex(text)));
        List<String> split = List.of(text.split(" "));
        assertThat(List.copyOf(StatWords.among(split))).isEqualTo(List.copyOf(byRegex(split)));
    }

    @Test
    void agreesWithTheRegularExpressionsOnRandomText() {
        String alphabet = "abcXYZ0129 '’-_.,;:!?éÉßİıΣσς東京١٢Ⅻ½\u0301\u00A0\t\uD835\uDD18";
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String sample = text.toString();
            assertThat(List.copyOf(StatWords.in(sample))).as(sample).isEqualTo(List.copyOf(byRegex(sample)));
            // Words as a line's findings give them: ASCII ones (the fast path) and others, any case.
            List<String> split = List.of(sample.split("[ ,.]"));
            assertThat(List.copyOf(StatWords.among(split))).as(sample).isEqualTo(List.copyOf(byRegex(split)));
        }
    }
}
