package dev.tact.store.stats;
import dev.tact.store.files.FileRead;
import dev.tact.store.files.ImportProblems;
import dev.tact.store.files.ImportSource;
import dev.tact.store.files.OpenedFile;
import dev.tact.store.files.TableInput;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;

/**
 * Reads and checks a stats file (CSV, TSV or an Excel sheet) on its own thread, handing valid rows to the writer in batches
 * through a bounded queue: parsing and inserting then overlap, and memory stays flat in file size.
 * It always ends the queue with {@link Batch#END}, whatever happened.
 */
final class StatFileParser implements Callable<FileRead> {
    static final int BATCH_ROWS = 2_000;

    /** Rows for the writer, and how far the file was read when they were taken. */
    record Batch(List<StatRowParser.StatRow> rows, long bytesRead, long rowsRead) {
        static final Batch END = new Batch(List.of(), -1, -1);
    }

    private final ImportSource source;
    private final ImportProblems problems;
    private final BlockingQueue<Batch> queue;

    StatFileParser(ImportSource source, ImportProblems problems, BlockingQueue<Batch> queue) {
        this.source = source;
        this.problems = problems;
        this.queue = queue;
    }

    @Override
    public FileRead call() throws InterruptedException {
        try (OpenedFile file = OpenedFile.open(source);
             TableInput table = file.table(problems, StatsColumns::isKnown)) {
            Optional<StatsColumns> columns = table.header().flatMap(header -> StatsColumns.of(header, problems));
            if (columns.isEmpty()) {
                return FileRead.NOTHING;
            }
            long rows = parseRows(table, new StatRowParser(columns.get(), problems));
            return new FileRead(rows, table.sha256Hex(), table.readAs());
        } catch (IOException e) {
            problems.add(0, FileRead.describe(e));
            return FileRead.NOTHING;
        } finally {
            queue.put(Batch.END);
        }
    }

    private long parseRows(TableInput csv, StatRowParser parser) throws InterruptedException {
        List<StatRowParser.StatRow> batch = new ArrayList<>(BATCH_ROWS);
        long rows = 0;
        while (csv.next()) {
            rows++;
            parser.parse(csv.row()).ifPresent(batch::add);
            if (batch.size() == BATCH_ROWS) {
                queue.put(new Batch(batch, csv.bytesRead(), rows));
                batch = new ArrayList<>(BATCH_ROWS);
            }
        }
        queue.put(new Batch(batch, csv.bytesRead(), rows));
        return rows;
    }
}
