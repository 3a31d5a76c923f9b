package dev.tact.cli;

import dev.tact.core.Assessment;
import dev.tact.core.Band;
import dev.tact.core.BoundCohort;
import dev.tact.core.Factor;
import dev.tact.core.LanguageVerdict;
import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import dev.tact.core.Stat;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * An {@link Assessment} as bytes and back, whole: what is read equals what was written (doubles by
 * their bits, every span, cause, reason and the bound stat with its dimensions), so a line written
 * from a decoded assessment is the line the original would give. {@code tact score} with a database
 * keeps each line's assessment this way until the file has been checked for differencing
 * ({@link HeldLines}), instead of holding 100,000 assessments on the heap.
 *
 * <p>Not a storage format: written and read by the same build within one run.
 */
final class AssessmentCodec {
    // writeUTF takes at most 65,535 bytes, and a char takes at most 3 in its modified UTF-8.

    private AssessmentCodec() {
    }

    static void write(DataOutput out, Assessment a) throws IOException {
        out.writeByte(a.score());
        out.writeByte(a.band().ordinal());
        out.writeBoolean(a.cohort().isPresent());
        if (a.cohort().isPresent()) {
            writeCohort(out, a.cohort().get());
        }
        for (Factor factor : a.factors()) {
            out.writeByte(factor.name().ordinal());
            out.writeDouble(factor.value());
            writeStrings(out, factor.causes());
        }
        out.writeInt(a.spans().size());
        for (Span span : a.spans()) {
            writeSpan(out, span);
        }
        writeStrings(out, a.reasons());
        writeString(out, a.channel());
        out.writeLong(a.minCohort());
        LanguageVerdict language = a.language();
        writeString(out, language.code());
        writeString(out, language.name());
        out.writeBoolean(language.covered());
        writeString(out, language.reason());
    }

    /** @throws IOException when the bytes end early or were not written by {@link #write} */
    static Assessment read(DataInput in) throws IOException {
        int score = in.readUnsignedByte();
        Band band = Band.values()[in.readUnsignedByte()];
        Optional<BoundCohort> cohort = in.readBoolean() ? Optional.of(readCohort(in)) : Optional.empty();
        List<Factor> factors = new ArrayList<>(Factor.Name.values().length);
        for (int i = 0; i < Factor.Name.values().length; i++) {
            factors.add(new Factor(Factor.Name.values()[in.readUnsignedByte()], in.readDouble(), readStrings(in)));
        }
        int spanCount = in.readInt();
        List<Span> spans = new ArrayList<>(spanCount);
        for (int i = 0; i < spanCount; i++) {
            spans.add(readSpan(in));
        }
        List<String> reasons = readStrings(in);
        String channel = readString(in);
        long minCohort = in.readLong();
        LanguageVerdict language = new LanguageVerdict(readString(in), readString(in), in.readBoolean(),
            readString(in));
        return new Assessment(score, band, cohort, factors, spans, reasons, channel, minCohort, language);
    }

    private static void writeCohort(DataOutput out, BoundCohort cohort) throws IOException {
        out.writeLong(cohort.size());
        out.writeByte(cohort.origin().ordinal());
        out.writeBoolean(cohort.stat().isPresent());
        if (cohort.stat().isPresent()) {
            writeStat(out, cohort.stat().get());
        }
        out.writeBoolean(cohort.span().isPresent());
        if (cohort.span().isPresent()) {
            writeSpan(out, cohort.span().get());
        }
    }

    private static BoundCohort readCohort(DataInput in) throws IOException {
        long size = in.readLong();
        BoundCohort.Origin origin = BoundCohort.Origin.values()[in.readUnsignedByte()];
        Optional<Stat> stat = in.readBoolean() ? Optional.of(readStat(in)) : Optional.empty();
        Optional<Span> span = in.readBoolean() ? Optional.of(readSpan(in)) : Optional.empty();
        return new BoundCohort(size, origin, stat, span);
    }

    private static void writeStat(DataOutput out, Stat stat) throws IOException {
        writeString(out, stat.id());
        writeString(out, stat.description());
        out.writeLong(stat.cohortSize());
        out.writeBoolean(stat.baseSize().isPresent());
        if (stat.baseSize().isPresent()) {
            out.writeLong(stat.baseSize().getAsLong());
        }
        writeString(out, stat.period());
        writeString(out, stat.source());
        out.writeInt(stat.dimensions().size());
        for (Map.Entry<String, String> dimension : stat.dimensions().entrySet()) {
            writeString(out, dimension.getKey());
            writeString(out, dimension.getValue());
        }
    }

    private static Stat readStat(DataInput in) throws IOException {
        String id = readString(in);
        String description = readString(in);
        long cohortSize = in.readLong();
        OptionalLong baseSize = in.readBoolean() ? OptionalLong.of(in.readLong()) : OptionalLong.empty();
        String period = readString(in);
        String source = readString(in);
        int count = in.readInt();
        Map<String, String> dimensions = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            dimensions.put(readString(in), readString(in));
        }
        return new Stat(id, description, cohortSize, baseSize, period, source, dimensions);
    }

    private static void writeSpan(DataOutput out, Span span) throws IOException {
        out.writeInt(span.start());
        out.writeInt(span.end());
        out.writeByte(span.kind().ordinal());
        out.writeDouble(span.weight());
        writeString(out, span.text());
        writeString(out, span.category());
    }

    private static Span readSpan(DataInput in) throws IOException {
        return new Span(in.readInt(), in.readInt(), SpanKind.values()[in.readUnsignedByte()], in.readDouble(),
            readString(in), readString(in));
    }

    private static void writeStrings(DataOutput out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            writeString(out, string);
        }
    }

    private static List<String> readStrings(DataInput in) throws IOException {
        int count = in.readInt();
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(readString(in));
        }
        return strings;
    }

    /**
     * Any string, lone surrogates included: its UTF-8 bytes when they keep it whole, else its UTF-16
     * units (a negative length says which). UTF-8 through {@link String#getBytes} rather than
     * {@code writeUTF}, whose loop over each character was most of holding a line's record
     * (0011-where-the-time-goes.md). A lone surrogate encodes as {@code '?'}, so the bytes keep the
     * string whole exactly when they hold no more {@code '?'} than the string does.
     */
    static void writeString(DataOutput out, String string) throws IOException {
        byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
        if (questionMarks(utf8) == questionMarks(string)) {
            out.writeInt(utf8.length);
            out.write(utf8);
        } else {
            out.writeInt(-1 - string.length());
            out.writeChars(string);
        }
    }

    private static int questionMarks(byte[] bytes) {
        int count = 0;
        for (byte b : bytes) {
            count += b == '?' ? 1 : 0;
        }
        return count;
    }

    private static int questionMarks(String string) {
        int count = 0;
        for (int at = string.indexOf('?'); at >= 0; at = string.indexOf('?', at + 1)) {
            count++;
        }
        return count;
    }

    static String readString(DataInput in) throws IOException {
        int length = in.readInt();
        if (length >= 0) {
            byte[] utf8 = new byte[length];
            in.readFully(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }
        char[] chars = new char[-1 - length];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }
}
