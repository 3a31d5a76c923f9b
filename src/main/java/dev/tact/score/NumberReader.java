package dev.tact.score;

import dev.tact.core.LanguagePack;
import java.util.List;
import java.util.Map;

/**
 * Reads a number written in digits or words at a token, in one language: "3,445", "2.380",
 * "1 870", "3,4 millones", "1.2 million", "a dozen", "deux".
 *
 * <p>Separators are read by shape, not by locale alone, because counts of people are whole: a
 * separator followed by exactly three digits groups thousands in every language ("3,445", "2.380",
 * "6.400"); one followed by one, two or four-plus digits is a decimal mark ("3,4 millones",
 * "1.2 million"); when both marks appear the last one is the decimal mark ("1.234,5"). French and
 * other packs with {@code numberFormat: space-groups} also join groups split by a plain space.
 */
final class NumberReader {
    private static final Map<String, Long> VAGUE = Map.of("couple", 2L, "few", 3L, "handful", 5L);
    private static final int GROUP = 3;
    private static final long THOUSAND = 1_000;
    private static final long MILLION = 1_000_000;
    private static final long TWENTY = 20;
    private static final java.util.Set<String> PLURALS = java.util.Set.of("thousands", "millions", "billions", "miles",
        "millones", "milhares", "milhões", "milhoes", "milliers", "milliards", "tausende", "millionen", "milliarden");
    private static final java.util.Set<String> AND = java.util.Set.of("y", "e", "et", "und", "and");
    private static final java.util.regex.Pattern SUFFIXED = java.util.regex.Pattern.compile("(\\d+(?:[.,]\\d+)?)([km])");

    private final Map<String, Long> words;
    private final Map<String, Long> multipliers;
    // The last letters of the multipliers: a word ending in none of them is no compound of one
    // ("zweitausend"), so most words skip the walk over the multipliers.
    private final java.util.Set<Character> multiplierEnds = new java.util.HashSet<>();
    private final boolean english;
    private final boolean spaceGroups;

    /**
     * A number found in the text.
     *
     * @param value   its value
     * @param length  tokens it spans
     */
    record Read(double value, int length) {
    }

    NumberReader(LanguagePack pack) {
        this.words = pack.numberWords();
        this.multipliers = pack.multipliers();
        multipliers.keySet().stream().filter(key -> !key.isEmpty())
            .forEach(key -> multiplierEnds.add(key.charAt(key.length() - 1)));
        this.english = pack.code().equals("en");
        this.spaceGroups = pack.words("numberFormat").contains("space-groups");
    }

    /** The number starting at token {@code at}, or null when there is none. */
    Read at(String text, List<Token> tokens, int at) {
        Token token = tokens.get(at);
        Read base = token.number() ? digits(text, tokens, at) : words(tokens, at);
        if (base == null) {
            return null;
        }
        int next = at + base.length();
        if (next < tokens.size()) {
            Long multiplier = multipliers.get(tokens.get(next).lower());
            if (multiplier != null) {
                return new Read(base.value() * multiplier, base.length() + 1);
            }
        }
        return base;
    }

    private Read digits(String text, List<Token> tokens, int at) {
        Double value = value(tokens.get(at).lower());
        if (value == null) {
            return null;
        }
        int length = 1;
        while (spaceGroups && value == Math.rint(value) && at + length < tokens.size()
            && isSpacedGroup(text, tokens.get(at + length - 1), tokens.get(at + length))) {
            value = value * 1000 + Double.parseDouble(tokens.get(at + length).lower());
            length++;
        }
        return new Read(value, length);
    }

    private static boolean isSpacedGroup(String text, Token before, Token group) {
        String digits = group.lower();
        return group.number() && digits.length() == GROUP && digits.chars().allMatch(Character::isDigit)
            && group.start() == before.end() + 1 && text.charAt(before.end()) == ' ';
    }

    /** The value of a digit string with ',' and '.' marks, read by shape (see the class note); null if malformed. */
    static Double value(String digits) {
        int lastComma = digits.lastIndexOf(',');
        int lastDot = digits.lastIndexOf('.');
        int decimal = -1;
        if (lastComma >= 0 && lastDot >= 0) {
            decimal = Math.max(lastComma, lastDot);
        } else if (lastComma >= 0 || lastDot >= 0) {
            int mark = Math.max(lastComma, lastDot);
            char c = digits.charAt(mark);
            boolean once = digits.indexOf(c) == mark;
            decimal = once && digits.length() - mark - 1 != GROUP ? mark : -1;
        }
        StringBuilder plain = new StringBuilder(digits.length());
        for (int k = 0; k < digits.length(); k++) {
            char c = digits.charAt(k);
            if (Character.isDigit(c)) {
                plain.append(c);
            } else if (k == decimal) {
                plain.append('.');
            }
        }
        try {
            return plain.length() == 0 ? null : Double.parseDouble(plain.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Read words(List<Token> tokens, int at) {
        String word = tokens.get(at).lower();
        if (english && word.equals("a") && at + 1 < tokens.size()) {
            return vague(tokens, at);
        }
        Long value = spelled(word);
        if (value == null) {
            Long multiplier = multipliers.get(word);
            // "mil pessoas", "tausend Menschen", "thousands of fans": the multiplier alone is its value.
            // A plural ("thousands", "milhares") means at least two of them.
            return multiplier != null && multiplier >= THOUSAND
                ? new Read(PLURALS.contains(word) ? 2 * multiplier : multiplier, 1) : suffixed(word);
        }
        // "cincuenta y tres", "cinquenta e três", "vingt et un"
        if (value >= TWENTY && value % 10 == 0 && at + 2 < tokens.size()
            && AND.contains(tokens.get(at + 1).lower())) {
            Long units = spelled(tokens.get(at + 2).lower());
            if (units != null && units < 10) {
                return new Read(value + units, 3);
            }
        }
        return new Read(value, 1);
    }

    // A number word, or one built of them: "fifty-three", "dreiundfünfzig", "zweitausend", "dreihundert".
    private Long spelled(String word) {
        Long value = words.get(word);
        if (value != null) {
            return value;
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            Long tens = words.get(word.substring(0, hyphen));
            Long units = words.get(word.substring(hyphen + 1));
            return tens != null && units != null && tens >= TWENTY && units < 10 ? tens + units : null;
        }
        int und = word.indexOf("und");
        if (und > 0) {
            Long units = words.get(word.substring(0, und));
            Long tens = words.get(word.substring(und + "und".length()));
            return tens != null && units != null && tens >= TWENTY && units < 10 ? tens + units : null;
        }
        if (word.isEmpty() || !multiplierEnds.contains(word.charAt(word.length() - 1))) {
            return null;
        }
        for (Map.Entry<String, Long> multiplier : multipliers.entrySet()) {
            if (word.length() > multiplier.getKey().length() && word.endsWith(multiplier.getKey())) {
                Long base = words.get(word.substring(0, word.length() - multiplier.getKey().length()));
                if (base != null) {
                    return base * multiplier.getValue();
                }
            }
        }
        return null;
    }

    // "12k", "1.2m", "3K": a count written the way dashboards write it.
    private static Read suffixed(String word) {
        // What the pattern needs, checked first: a digit to start, 'k' or 'm' to end.
        if (word.length() < 2 || word.charAt(0) < '0' || word.charAt(0) > '9'
            || word.charAt(word.length() - 1) != 'k' && word.charAt(word.length() - 1) != 'm') {
            return null;
        }
        java.util.regex.Matcher match = SUFFIXED.matcher(word);
        if (!match.matches()) {
            return null;
        }
        double base = Double.parseDouble(match.group(1).replace(',', '.'));
        return new Read(base * (match.group(2).equals("k") ? THOUSAND : MILLION), 1);
    }

    private Read vague(List<Token> tokens, int at) {
        String next = tokens.get(at + 1).lower();
        Long vague = VAGUE.get(next);
        if (vague != null) {
            boolean of = at + 2 < tokens.size() && tokens.get(at + 2).lower().equals("of");
            return new Read(vague, of ? 3 : 2);
        }
        if (next.equals("dozen") || next.equals("hundred") || next.equals("thousand")) {
            return new Read(next.equals("dozen") ? 12 : multipliers.get(next), 2);
        }
        return null;
    }
}
