package dev.tact.score;

import dev.tact.core.LanguageVerdict;
import java.util.EnumMap;
import java.util.Map;

/**
 * Letters of a line counted by Unicode script: a line written mostly outside the Latin script is in
 * a language no pack covers today, and the script names it well enough for the reviewer.
 *
 * @param letters   letters in the line
 * @param nonLatin  letters outside the Latin script
 * @param asciiOnly whether every letter is ASCII
 * @param scripts   letters by non-Latin script
 */
record ScriptCount(int letters, int nonLatin, boolean asciiOnly, Map<Character.UnicodeScript, Integer> scripts) {

    static ScriptCount of(String text) {
        int letters = 0;
        int nonLatin = 0;
        boolean ascii = true;
        Map<Character.UnicodeScript, Integer> scripts = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            ascii = false;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script != Character.UnicodeScript.LATIN) {
                nonLatin++;
                if (scripts == null) {
                    scripts = new EnumMap<>(Character.UnicodeScript.class);
                }
                scripts.merge(script, 1, Integer::sum);
            }
        }
        return new ScriptCount(letters, nonLatin, ascii, scripts == null ? Map.of() : scripts);
    }

    /** The uncovered language the dominant script points to. */
    LanguageVerdict verdict() {
        Character.UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey).orElse(Character.UnicodeScript.UNKNOWN);
        boolean kana = scripts.containsKey(Character.UnicodeScript.HIRAGANA)
            || scripts.containsKey(Character.UnicodeScript.KATAKANA);
        String[] language = switch (main) {
            case HAN, HIRAGANA, KATAKANA -> kana ? new String[] {"ja", "Japanese"} : new String[] {"zh", "Chinese"};
            case HANGUL -> new String[] {"ko", "Korean"};
            case ARABIC -> new String[] {"ar", "Arabic (or another language in Arabic script)"};
            case CYRILLIC -> new String[] {"cyrillic", "a language in Cyrillic script"};
            case GREEK -> new String[] {"el", "Greek"};
            case HEBREW -> new String[] {"he", "Hebrew"};
            case THAI -> new String[] {"th", "Thai"};
            case DEVANAGARI -> new String[] {"hi", "Hindi (or another language in Devanagari)"};
            default -> new String[] {"und", "a language in " + main.name().toLowerCase(java.util.Locale.ROOT)
                + " script"};
        };
        String written = scripts.keySet().stream().map(script -> script.name().toLowerCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.joining(" and "));
        return new LanguageVerdict(language[0], language[1], false,
            "written in " + written + " script (" + language[1] + "), which no language pack covers");
    }
}
