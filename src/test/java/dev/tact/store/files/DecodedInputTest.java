package dev.tact.store.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The line and column an encoding error names, however the text breaks its lines and is read. */
class DecodedInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        first character        | ''                 | 1 | 1
        after LF               | ab\\ncd            | 2 | 3
        after CRLF             | ab\\r\\ncd         | 2 | 3
        after a lone CR        | ab\\rcd            | 2 | 3
        after LF LF            | a\\n\\nb           | 3 | 2
        after CR CR LF         | a\\r\\r\\nb        | 3 | 2
        at a line's start      | abc\\r\\n          | 2 | 1
        """)
    void namesTheLineAndColumnOfABadByte(String name, String text, long line, int column) {
        InvalidEncodingException error = readAll(withBadByte(unescape(text)), 64);

        assertEquals(line, error.line());
        assertEquals(column, error.column());
    }

    @Test
    void countsLikeOneCharacterAtATimeWhateverTheReadSizes() {
        SplittableRandom random = new SplittableRandom(15);
        char[] alphabet = {'a', 'b', ',', '"', '\r', '\n', '\u00e9'};
        for (int trial = 0; trial < 300; trial++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(400); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            InvalidEncodingException error = readAll(withBadByte(text.toString()), 1 + random.nextInt(9));

            long[] expected = position(text.toString());
            assertEquals(expected[0], error.line(), () -> "line in " + text.toString().replace("\r", "\\r"));
            assertEquals(expected[1], error.column(), () -> "column in " + text.toString().replace("\r", "\\r"));
        }
    }

    // The plain rule, one character at a time: CR, LF and CRLF each end a line.
    private static long[] position(String text) {
        long line = 1;
        long column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i > 0 && text.charAt(i - 1) == '\r') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new long[] {line, column};
    }

    private static byte[] withBadByte(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        return bytes.toByteArray();
    }

    private static InvalidEncodingException readAll(byte[] bytes, int readSize) {
        DecodedInput input = new DecodedInput(new ByteArrayInputStream(bytes));
        char[] buffer = new char[readSize];
        return assertThrows(InvalidEncodingException.class, () -> {
            while (input.read(buffer, 0, readSize) >= 0) {
                // read to the bad byte
            }
        });
    }

    private static String unescape(String text) {
        return text.replace("\\r", "\r").replace("\\n", "\n");
    }
}
