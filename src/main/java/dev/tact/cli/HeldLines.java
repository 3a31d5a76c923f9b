package dev.tact.cli;

import dev.tact.core.Assessment;
import dev.tact.core.Band;
import dev.tact.core.Stat;
import dev.tact.score.ReleasedFigure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The lines of a file scored with a database, held until the whole file has been checked for
 * differencing: on the heap only each line's figure (its id, bound stat and revealed interval — what
 * the check reads), and the rest of each line (its text, its assessment whole, and its CSV record when
 * one was made ahead) as bytes in a {@link SpillingBytes}, read back in input order once the check has
 * run. Holding the assessments themselves (spans, causes, reasons) made the heap grow with the file: a
 * 100,000-line file ran out of a 256 MB heap (src/site/decisions/0011-where-the-time-goes.md).
 *
 * <p>{@link #entry} runs on the workers; {@link #add} and {@link #replay} on one thread, in order.
 */
final class HeldLines implements AutoCloseable {
    /** Bytes kept in memory before the rest goes to a temporary file. */
    static final int IN_MEMORY = 8 * 1024 * 1024;

    private final SpillingBytes bytes;
    private final DataOutputStream out;
    private final List<ReleasedFigure> figures = new ArrayList<>();
    // Lines stating one stat share its Stat: each lookup hands out its own copy.
    private final Map<Stat, Stat> stats = new HashMap<>();
    private int count;

    /** A line as a worker prepared it for holding: its bytes and the figure it releases, if any. */
    record Entry(byte[] bytes, Optional<ReleasedFigure> figure) {
    }

    /**
     * A held line read back.
     *
     * @param record the record the CSV output would write for it with an empty disclosure column, or
     *               {@code null} when none was made ahead (JSON)
     */
    record Line(String id, String text, Band band, String record, byte[] assessmentBytes) {
        /** Its assessment, equal to the one held ({@link AssessmentCodec}). */
        Assessment assessment() {
            try {
                return AssessmentCodec.read(new DataInputStream(new ByteArrayInputStream(assessmentBytes)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    HeldLines() {
        this(IN_MEMORY);
    }

    /** @param inMemory bytes kept in memory before the rest goes to a temporary file, at least 0 */
    HeldLines(int inMemory) {
        this.bytes = new SpillingBytes(inMemory);
        this.out = new DataOutputStream(bytes);
    }

    /**
     * Prepares a line for holding (on any thread).
     *
     * @param record the CSV record made ahead for it, or {@code null}
     */
    static Entry entry(String id, String text, Assessment assessment, String record) {
        ByteArrayOutputStream line = new ByteArrayOutputStream(2_048);
        try (DataOutputStream data = new DataOutputStream(line)) {
            AssessmentCodec.writeString(data, id);
            AssessmentCodec.writeString(data, text);
            data.writeByte(assessment.band().ordinal());
            data.writeBoolean(record != null);
            if (record != null) {
                AssessmentCodec.writeString(data, record);
            }
            AssessmentCodec.write(data, assessment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Entry(line.toByteArray(), ReleasedFigure.of(id, text, assessment,
            ReleasedFigure.Release.UNDER_REVIEW));
    }

    /** Holds the next line; lines are read back in the order they were added. */
    void add(Entry entry) {
        try {
            out.writeInt(entry.bytes().length);
            out.write(entry.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entry.figure().ifPresent(figure -> figures.add(new ReleasedFigure(figure.lineId(),
            stats.computeIfAbsent(figure.stat(), stat -> stat), figure.revealed(), figure.release(), figure.floor())));
        count++;
    }

    /** The figures of the lines held, in input order: what {@code CampaignDisclosure} checks. */
    List<ReleasedFigure> figures() {
        return figures;
    }

    /** Hands every held line to the sink, in input order; call once, after the last {@link #add}. */
    void replay(Consumer<Line> sink) {
        try (DataInputStream in = new DataInputStream(readBack())) {
            for (int i = 0; i < count; i++) {
                byte[] line = new byte[in.readInt()];
                in.readFully(line);
                sink.accept(read(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream readBack() throws IOException {
        out.flush();
        return bytes.readBack();
    }

    // The assessment stays bytes: most lines are written from their record and never decode it.
    private static Line read(byte[] line) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(line));
        String id = AssessmentCodec.readString(in);
        String text = AssessmentCodec.readString(in);
        Band band = Band.values()[in.readUnsignedByte()];
        String record = in.readBoolean() ? AssessmentCodec.readString(in) : null;
        byte[] assessment = in.readAllBytes();
        return new Line(id, text, band, record, assessment);
    }

    /** Whether the held lines went to a temporary file (for tests). */
    boolean spilled() {
        return bytes.spilled();
    }

    @Override
    public void close() {
        bytes.close();
    }
}
