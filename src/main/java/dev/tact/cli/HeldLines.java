package dev.tact.cli;

import dev.tact.core.Assessment;
import dev.tact.core.Band;
import dev.tact.core.Stat;
import dev.tact.score.ReleasedFigure;
import dev.tact.store.lines.CopyRow;
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
 * the check reads), and the rest of each line (its row, its CSV record when one was made ahead, and its
 * assessment whole when the record may have to be made again) as bytes in a {@link SpillingBytes}, read back in input order once the check has
 * run. Holding the assessments themselves (spans, causes, reasons) made the heap grow with the file: a
 * 100,000-line file ran out of a 256 MB heap (src/site/decisions/0011-where-the-time-goes.md).
 *
 * <p>{@link #entry} and {@link #line} run on any thread; {@link #add} and {@link #replay} on one, in order.
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
     * A held line read back: its id, band and record at once, the rest decoded only when asked for
     * (most lines are written from their record alone).
     *
     * @param id     the line's id
     * @param band   its band before the check
     * @param record the record the CSV output would write for it with an empty disclosure column, or
     *               {@code null} when none was made ahead (JSON)
     */
    record Line(String id, Band band, String record, byte[] rest) {
        /** The line as read: its id, text, channel and cited stat ids (line number and author are not kept). */
        CopyRow row() {
            try {
                DataInputStream in = restIn();
                String text = AssessmentCodec.readString(in);
                String channel = AssessmentCodec.readString(in);
                int cited = in.readInt();
                List<String> statIds = new ArrayList<>(cited);
                for (int i = 0; i < cited; i++) {
                    statIds.add(AssessmentCodec.readString(in));
                }
                return new CopyRow(0, id, "", channel, "", text, statIds, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Its assessment, equal to the one held ({@link AssessmentCodec}); empty for a line whose
         * record was made ahead and that states no figure, which only a repeated id can put in a
         * finding.
         */
        Optional<Assessment> assessment() {
            try {
                DataInputStream in = restIn();
                AssessmentCodec.readString(in);
                AssessmentCodec.readString(in);
                for (int i = in.readInt(); i > 0; i--) {
                    AssessmentCodec.readString(in);
                }
                return in.readBoolean() ? Optional.of(AssessmentCodec.read(in)) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private DataInputStream restIn() {
            return new DataInputStream(new ByteArrayInputStream(rest));
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
     * Prepares a line for holding (on any thread). Its assessment is kept whole when it states a
     * figure (a finding may raise it) or when no record was made ahead; otherwise the record is all
     * that is written of it, unless a repeated id puts it in a finding.
     *
     * @param record the CSV record made ahead for it, or {@code null}
     */
    static Entry entry(CopyRow row, Assessment assessment, String record) {
        Optional<ReleasedFigure> figure = ReleasedFigure.of(row.id(), row.text(), assessment,
            ReleasedFigure.Release.UNDER_REVIEW);
        ByteArrayOutputStream line = new ByteArrayOutputStream(record == null ? 2_048 : 512);
        try (DataOutputStream data = new DataOutputStream(line)) {
            AssessmentCodec.writeString(data, row.id());
            data.writeByte(assessment.band().ordinal());
            data.writeBoolean(record != null);
            if (record != null) {
                AssessmentCodec.writeString(data, record);
            }
            AssessmentCodec.writeString(data, row.text());
            AssessmentCodec.writeString(data, row.channel());
            data.writeInt(row.statIds().size());
            for (String statId : row.statIds()) {
                AssessmentCodec.writeString(data, statId);
            }
            data.writeBoolean(record == null || figure.isPresent());
            if (record == null || figure.isPresent()) {
                AssessmentCodec.write(data, assessment);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Entry(line.toByteArray(), figure);
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

    /**
     * Hands every held line to the sink as bytes, in input order; call once, after the last
     * {@link #add}. {@link #line} reads one (on any thread: the workers do, while this thread writes).
     */
    void replay(Consumer<byte[]> sink) {
        try (DataInputStream in = new DataInputStream(readBack())) {
            for (int i = 0; i < count; i++) {
                byte[] line = new byte[in.readInt()];
                in.readFully(line);
                sink.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream readBack() throws IOException {
        out.flush();
        return bytes.readBack();
    }

    /**
     * A line handed out by {@link #replay}: its id, band and record; the rest stays bytes, since most
     * lines are written from their record and never decode it.
     */
    static Line line(byte[] line) {
        try {
            ByteArrayInputStream bytes = new ByteArrayInputStream(line);
            DataInputStream in = new DataInputStream(bytes);
            String id = AssessmentCodec.readString(in);
            Band band = Band.values()[in.readUnsignedByte()];
            String record = in.readBoolean() ? AssessmentCodec.readString(in) : null;
            // The array's own copy of what is left (DataInputStream's readAllBytes reads it in pieces).
            return new Line(id, band, record, bytes.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
