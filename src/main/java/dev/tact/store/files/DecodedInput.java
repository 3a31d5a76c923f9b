package dev.tact.store.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An import file read strictly in one encoding (UTF-8 unless told otherwise): counts bytes for
 * progress, hashes them for the import log, drops a leading byte-order mark, and knows the line
 * and column of the next character so an encoding error can say where it is.
 */
public final class DecodedInput extends Reader {
    private static final int BUFFER_BYTES = 64 * 1024;

    private final MeasuredStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();
    private boolean endOfInput;
    private long line = 1;
    private int column = 1;
    private boolean atStart = true;
    private boolean afterCarriageReturn;
    private boolean flushed;

    DecodedInput(InputStream raw) {
        this(raw, StandardCharsets.UTF_8);
    }

    DecodedInput(InputStream raw, Charset encoding) {
        this.decoder = encoding.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.in = new MeasuredStream(raw);
    }

    // Decodes here rather than through an InputStreamReader, which drops the characters decoded
    // before a bad byte: this hands them out first, so the error's line and column are exact.
    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        // A CSV parser reads again after the end when the last line has no line ending; a
        // decoder that was flushed refuses to decode, so the end is remembered instead.
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError() && out.position() == offset) {
                throw new InvalidEncodingException(line, column, decoder.charset(), badBytes(result.length()));
            }
            if (result.isUnderflow() && !fill()) {
                decoder.flush(out);
                flushed = true;
                break;
            }
        }
        int count = out.position() - offset;
        if (count == 0) {
            return -1;
        }
        if (atStart) {
            atStart = false;
            if (buffer[offset] == '\uFEFF') {
                System.arraycopy(buffer, offset + 1, buffer, offset, count - 1);
                count--;
                if (count == 0) {
                    return read(buffer, offset, length);
                }
            }
        }
        track(buffer, offset, count);
        return count;
    }

    private byte[] badBytes(int length) {
        byte[] bad = new byte[Math.min(bytes.remaining(), Math.max(length, 2))];
        bytes.duplicate().get(bad);
        return bad;
    }

    /** Reads more bytes; false when the input was already at its end. */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
        return true;
    }

    // Runs over every character of the file, so the usual character (no line break) costs one
    // comparison: the column is worked out once per chunk, from its last line break.
    private void track(char[] buffer, int offset, int count) {
        int end = offset + count;
        int lastBreak = -1;
        for (int i = offset; i < end; i++) {
            char c = buffer[i];
            if (c <= '\r' && (c == '\n' || c == '\r')) {
                boolean previousWasReturn = i > offset ? buffer[i - 1] == '\r' : afterCarriageReturn;
                if (c == '\r' || !previousWasReturn) {
                    line++;
                }
                lastBreak = i;
            }
        }
        column = lastBreak < 0 ? column + count : end - lastBreak;
        afterCarriageReturn = buffer[end - 1] == '\r';
    }

    /** Bytes read from the file so far. */
    public long bytesRead() {
        return in.count();
    }

    /** SHA-256 of the bytes read so far, in lower-case hex; the whole file's once it is read. */
    public String sha256Hex() {
        return in.sha256Hex();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
