package dev.tact.score;

import java.util.List;
import java.util.Map;

/** Reads a number written in digits or words at a token: "3,445", "1.2 million", "a dozen", "two". */
final class NumberReader {
    private static final Map<String, Long> WORDS = Map.ofEntries(
        Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
        Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
        Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
        Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
        Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
        Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
        Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
        Map.entry("ninety", 90L), Map.entry("hundred", 100L), Map.entry("dozen", 12L));
    private static final Map<String, Long> MULTIPLIERS = Map.of("hundred", 100L, "thousand", 1_000L,
        "million", 1_000_000L, "billion", 1_000_000_000L);
    private static final Map<String, Long> VAGUE = Map.of("couple", 2L, "few", 3L, "handful", 5L);

    /**
     * A number found in the text.
     *
     * @param value   its value
     * @param length  tokens it spans
     */
    record Read(double value, int length) {
    }

    private NumberReader() {
    }

    /** The number starting at token {@code at}, or null when there is none. */
    static Read at(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        Read base = token.number() ? digits(token.lower()) : words(tokens, at);
        if (base == null) {
            return null;
        }
        int next = at + base.length();
        if (next < tokens.size()) {
            Long multiplier = MULTIPLIERS.get(tokens.get(next).lower());
            if (multiplier != null) {
                return new Read(base.value() * multiplier, base.length() + 1);
            }
        }
        return base;
    }

    private static Read digits(String text) {
        try {
            return new Read(Double.parseDouble(text.replace(",", "")), 1);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Read words(List<Token> tokens, int at) {
        String word = tokens.get(at).lower();
        if (word.equals("a") && at + 1 < tokens.size()) {
            String next = tokens.get(at + 1).lower();
            Long vague = VAGUE.get(next);
            if (vague != null) {
                boolean of = at + 2 < tokens.size() && tokens.get(at + 2).lower().equals("of");
                return new Read(vague, of ? 3 : 2);
            }
            if (next.equals("dozen") || next.equals("hundred") || next.equals("thousand")) {
                return new Read(next.equals("dozen") ? 12 : MULTIPLIERS.get(next), 2);
            }
            return null;
        }
        Long value = WORDS.get(word);
        if (value == null) {
            return null;
        }
        return new Read(value, 1);
    }
}
