package dev.tact.store.files;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The field delimiters import files come with: comma (RFC 4180, Excel's "CSV UTF-8"), semicolon
 * (Excel where the decimal mark is a comma) and tab (Google Sheets' and Excel's tab-separated text).
 */
enum Delimiter {
    COMMA(',', "','"),
    SEMICOLON(';', "';'"),
    TAB('\t', "tab");

    private final char character;
    private final String shown;

    Delimiter(char character, String shown) {
        this.character = character;
        this.shown = shown;
    }

    char character() {
        return character;
    }

    /** How the file was read, for an import summary; empty for the default comma. */
    String readAs() {
        return this == COMMA ? "" : name().toLowerCase(Locale.ROOT) + "-separated";
    }

    /**
     * The delimiters the header line reads best with: the one that splits it into the most known
     * column names (lower case), or the only one it contains. More than one means it cannot tell.
     */
    static List<Delimiter> detect(String headerLine, Predicate<String> knownColumn) {
        List<Delimiter> present = Arrays.stream(values()).filter(d -> headerLine.indexOf(d.character) >= 0).toList();
        if (present.size() <= 1) {
            return present.isEmpty() ? List.of(COMMA) : present;
        }
        List<Delimiter> best = new ArrayList<>();
        long bestCount = 0;
        for (Delimiter delimiter : present) {
            long known = delimiter.knownNames(headerLine, knownColumn);
            if (known > bestCount) {
                best.clear();
                bestCount = known;
            }
            if (known == bestCount) {
                best.add(delimiter);
            }
        }
        return best;
    }

    private long knownNames(String headerLine, Predicate<String> knownColumn) {
        return Arrays.stream(headerLine.split(Pattern.quote(String.valueOf(character)), -1))
            .map(name -> unquote(name.strip()).strip().toLowerCase(Locale.ROOT))
            .filter(knownColumn)
            .count();
    }

    private static String unquote(String name) {
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")
            ? name.substring(1, name.length() - 1) : name;
    }

    /** The refusal for a header that reads as well with several delimiters, naming the fix. */
    static String ambiguity(List<Delimiter> tied) {
        return "cannot tell the delimiter: the header reads as well with "
            + String.join(" as with ", tied.stream().map(d -> d.shown).toList())
            + "; save the file with one delimiter throughout (Excel's 'CSV UTF-8' uses ',')";
    }
}
