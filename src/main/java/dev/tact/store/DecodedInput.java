package dev.tact.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An import file read as strict UTF-8: counts bytes for progress, hashes them for the import
 * log, drops a leading byte-order mark, and knows the line and column of the next character so
 * an encoding error can say where it is.
 */
final class DecodedInput extends Reader {
    private static final int BUFFER_BYTES = 64 * 1024;

    private final CountingStream counting;
    private final MessageDigest digest;
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();
    private boolean endOfInput;
    private long line = 1;
    private int column = 1;
    private boolean atStart = true;
    private boolean afterCarriageReturn;

    DecodedInput(InputStream raw) {
        this.counting = new CountingStream(raw);
        this.digest = sha256();
        this.in = new DigestInputStream(counting, digest);
    }

    // Decodes here rather than through an InputStreamReader, which drops the characters decoded
    // before a bad byte: this hands them out first, so the error's line and column are exact.
    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError() && out.position() == offset) {
                throw new InvalidEncodingException(line, column);
            }
            if (result.isUnderflow() && !fill()) {
                decoder.flush(out);
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

    private void track(char[] buffer, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            char c = buffer[i];
            if (c == '\n') {
                if (!afterCarriageReturn) {
                    line++;
                }
                column = 1;
            } else if (c == '\r') {
                line++;
                column = 1;
            } else {
                column++;
            }
            afterCarriageReturn = c == '\r';
        }
    }

    /** Bytes read from the file so far. */
    long bytesRead() {
        return counting.count;
    }

    /** SHA-256 of the bytes read so far, in lower-case hex; the whole file's once it is read. */
    String sha256Hex() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
