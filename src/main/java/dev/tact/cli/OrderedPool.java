package dev.tact.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Items worked on a fixed pool of threads, chunk by chunk, and handed back in input order on the
 * caller's thread. The caller adds items as it reads them; once more than {@code inFlight} chunks
 * are outstanding it waits for the oldest and passes its results to the sink, so reading, working
 * and writing overlap and at most {@code (inFlight + 1) × chunk} items are held, whatever the input's
 * length.
 *
 * <p>Why not a parallel stream per batch: on a 2-core machine the common pool has one worker, so a
 * {@code CompletableFuture} per batch started a new thread, and the thread waiting for the stream spun
 * in {@code ForkJoinPool.helpComplete} while the worker waited on SQLite (40 % of the Java samples of
 * a 1M-stat run; src/site/decisions/0011-where-the-time-goes.md).
 *
 * @param <T> an item, e.g. a row read
 * @param <R> what the work makes of it, e.g. its assessment
 */
final class OrderedPool<T, R> implements AutoCloseable {
    private final ExecutorService workers;
    private final int chunk;
    private final int inFlight;
    private final Function<T, R> work;
    private final BiConsumer<T, R> sink;
    private final Deque<Chunk<T, R>> pending = new ArrayDeque<>();
    private List<T> gathering;

    private record Chunk<T, R>(List<T> items, Future<List<R>> results) {
    }

    /**
     * @param threads  worker threads, at least 1
     * @param chunk    items a worker takes at once, at least 1
     * @param inFlight chunks submitted before the caller waits for the oldest, at least 1
     * @param work     applied to each item on a worker thread; must be safe to call from several threads
     * @param sink     receives each item and its result, in input order, on the caller's thread
     */
    OrderedPool(int threads, int chunk, int inFlight, Function<T, R> work, BiConsumer<T, R> sink) {
        if (threads < 1 || chunk < 1 || inFlight < 1) {
            throw new IllegalArgumentException("threads, chunk and inFlight must be >= 1: " + threads + ", "
                + chunk + ", " + inFlight);
        }
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "tact-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.chunk = chunk;
        this.inFlight = inFlight;
        this.work = work;
        this.sink = sink;
        this.gathering = new ArrayList<>(chunk);
    }

    /** Queues an item; may first hand the oldest finished chunk to the sink. */
    void add(T item) {
        gathering.add(item);
        if (gathering.size() == chunk) {
            submit();
            while (pending.size() > inFlight) {
                drainOldest();
            }
        }
    }

    /** Works what is queued and hands every remaining result to the sink; call once after the last item. */
    void finish() {
        if (!gathering.isEmpty()) {
            submit();
        }
        while (!pending.isEmpty()) {
            drainOldest();
        }
    }

    private void submit() {
        List<T> items = gathering;
        gathering = new ArrayList<>(chunk);
        pending.addLast(new Chunk<>(items, workers.submit(() -> {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(work.apply(item));
            }
            return results;
        })));
    }

    // A failure in the work is rethrown as itself, on the caller's thread, at the chunk it happened in.
    private void drainOldest() {
        Chunk<T, R> oldest = pending.removeFirst();
        List<R> results = Awaited.value(oldest.results(), "a chunk of work");
        for (int i = 0; i < results.size(); i++) {
            sink.accept(oldest.items().get(i), results.get(i));
        }
    }

    /** Stops the workers; chunks not yet handed to the sink are dropped. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
