package dev.tact.core;

/**
 * Which language a line was read as, and whether the policy covers it.
 *
 * @param code    ISO 639-1 code ("en", "es"…), or a script name in lower case ("arabic") when only the
 *                script is known, or {@code und} when nothing could be told
 * @param name    English name for people ("Spanish", "Arabic script", "an unknown language")
 * @param covered whether the policy has resources for it; an uncovered line is {@link Band#UNASSESSED}
 * @param reason  how it was told, for the reviewer ("Spanish words: usuarios, cada, noche")
 */
public record LanguageVerdict(String code, String name, boolean covered, String reason) {
    public LanguageVerdict {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a language verdict needs a code");
        }
        name = name == null || name.isBlank() ? code : name;
        reason = reason == null ? "" : reason;
    }

    /** A covered language, read without a doubt (tests, and lines with a known language). */
    public static LanguageVerdict covered(String code, String name) {
        return new LanguageVerdict(code, name, true, "");
    }
}
