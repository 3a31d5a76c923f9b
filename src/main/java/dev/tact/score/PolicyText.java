package dev.tact.score;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Set;

/** A policy file's bytes as text, and the hints its messages give; a policy document is UTF-8. */
public final class PolicyText {
    static final String UTF_16 = "the policy is UTF-16 text: save it as UTF-8 (in Notepad: Save as, Encoding UTF-8)";

    private PolicyText() {
    }

    /**
     * The document in a policy file: UTF-8, a byte order mark dropped.
     *
     * @param bytes the file's contents
     * @param file  the file's name, for the message
     * @throws PolicyException when the bytes are UTF-16 or not UTF-8, naming the file and the fix
     */
    public static String decode(byte[] bytes, String file) {
        if (looksUtf16(bytes)) {
            throw new PolicyException(file + ": " + UTF_16);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new PolicyException(file + ": the policy is not UTF-8 text: save it as UTF-8", e);
        }
    }

    // A byte order mark, or NUL bytes between the ASCII letters of the JSON.
    private static boolean looksUtf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return true;
        }
        for (int i = 0; i < Math.min(bytes.length, 64); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** "; did you mean X?" for the known key nearest a mistyped one, or nothing when none is near. */
    static String didYouMean(String key, Set<String> known) {
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        return known.stream().min(Comparator.comparingInt(k -> distance(k.toLowerCase(java.util.Locale.ROOT), lower)))
            .filter(k -> distance(k.toLowerCase(java.util.Locale.ROOT), lower) <= Math.max(2, key.length() / 4))
            .map(k -> "; did you mean \"" + k + "\"?").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
