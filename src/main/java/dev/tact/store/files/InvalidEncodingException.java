package dev.tact.store.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The file holds bytes that are not text in the expected encoding, at a known line and column. */
public final class InvalidEncodingException extends IOException {
    private static final long serialVersionUID = 1L;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final long line;
    private final int column;
    private final String explanation;

    /** @param bad the bytes that could not be decoded, and the one after them when there is one */
    InvalidEncodingException(long line, int column, Charset expected, byte[] bad) {
        super("invalid " + name(expected) + " at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
        this.explanation = explain(expected, bad, line == 1 && column == 1);
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What was found and how to fix it, as one sentence for the import problem. */
    public String explanation() {
        return explanation;
    }

    // The usual culprits are named because "invalid UTF-8" alone does not tell a user what to
    // do: Excel's plain "CSV" is Windows-1252 and its "Unicode Text" is UTF-16.
    private static String explain(Charset expected, byte[] bad, boolean atStart) {
        String found = "invalid " + name(expected);
        if (!expected.equals(StandardCharsets.UTF_8)) {
            return found + ": the file is not " + expected.name() + " text; check --encoding";
        }
        if (atStart && isUtf16ByteOrderMark(bad)) {
            return found + ": this looks like UTF-16 from Excel's 'Unicode Text' — save as 'CSV UTF-8'";
        }
        if (isWindows1252(bad[0])) {
            return found + ": this looks like Windows-1252 from Excel's 'CSV' — save as 'CSV UTF-8'"
                + " or pass --encoding windows-1252";
        }
        return found + ": the file must be saved as UTF-8 text";
    }

    private static boolean isUtf16ByteOrderMark(byte[] bad) {
        if (bad.length < 2) {
            return false;
        }
        int first = bad[0] & 0xFF;
        int second = bad[1] & 0xFF;
        return first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF;
    }

    private static boolean isWindows1252(byte b) {
        try {
            WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(new byte[] {b}));
            return (b & 0x80) != 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String name(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
    }
}
