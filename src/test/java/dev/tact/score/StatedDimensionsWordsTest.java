package dev.tact.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatedDimensionsWordsTest {
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "for", "to",
        "during", "by", "from");

    // The definition the loop replaced, kept here as the reference it must agree with.
    private static Set<String> bySplit(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            String clean = word.replace("'s", "").replace("'", "");
            if (!clean.isEmpty() && !FUNCTION_WORDS.contains(clean)) {
                words.add(clean);
            }
        }
        return words;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "for the past 18 days", "on a Sunday", "Brooklyn's 'Lullabies' at 3am",
        "Café Noël, İSTANBUL ΟΔΟΣ straße ½ ²³ Ⅻ 𝔘𝔫𝔦", "don't won't y'all ''' 's 123 1st", "\uD800 lone \uDC00",
        "Kölner Döner · 東京 ١٢٣ مرحبا", "more than 5 times a week"})
    void agreesWithTheSplit(String text) {
        assertThat(List.copyOf(StatedDimensions.words(text))).isEqualTo(List.copyOf(bySplit(text)));
    }

    @Test
    void aLinesStemsAreThoseOfItsWordsJoinedBySpaces() {
        String alphabet = "abcsXYZ0129 '’-.,!ΣσςİıÉé東\u0301\uD835\uDD18\uD800";
        SplittableRandom random = new SplittableRandom(16);
        for (int i = 0; i < 20_000; i++) {
            List<String> words = new java.util.ArrayList<>();
            for (int w = random.nextInt(8); w > 0; w--) {
                StringBuilder word = new StringBuilder();
                for (int n = 1 + random.nextInt(7); n > 0; n--) {
                    word.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                words.add(word.toString());
            }
            assertThat(StatedDimensions.lineStems(words)).as(words.stream().map(w -> w.codePoints().mapToObj(Integer::toHexString).toList().toString()).toList().toString())
                .isEqualTo(StatedDimensions.stemsOf(String.join(" ", words)));
        }
    }

    @Test
    void agreesWithTheSplitOnRandomText() {
        String alphabet = "abcsXYZ0129 '’-_.,;:!?éÉßİıΣσς東京١٢Ⅻ½\u0301\u00A0\t\uD835\uDD18\uD800";
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String sample = text.toString();
            assertThat(List.copyOf(StatedDimensions.words(sample))).as(sample).isEqualTo(List.copyOf(bySplit(sample)));
        }
    }
}
