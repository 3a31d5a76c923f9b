package dev.tact.bench;

import dev.tact.core.Band;
import dev.tact.ui.DeskBackend;
import dev.tact.ui.InlineRunner;
import dev.tact.ui.lines.DeskLine;
import dev.tact.ui.lines.LinesViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The desk's speed on a large database, measured in-process on the same view model and
 * backend the window uses: loading and assessing the queue, filtering, sorting, the live
 * score of a draft, and the heap it takes. Run with {@code src/bench/desk-benchmark.sh}.
 */
public final class DeskBenchmark {

    private DeskBenchmark() {
    }

    public static void main(String[] args) {
        DeskBackend backend = new DeskBackend(Path.of(args[0]), Clock.systemUTC(), "bench");
        long start = System.nanoTime();
        backend.load(0);
        report("open: first page shown", start, "2,000 lines, the queue usable from here");
        LinesViewModel queue = new LinesViewModel(backend::load, new InlineRunner());
        start = System.nanoTime();
        queue.reload();
        report("all pages loaded and assessed", start, queue.visibleItems().size() + " lines");
        timeFilters(queue);
        timeSort(queue);
        timeLiveScore(backend);
        timeLadder(backend, queue);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "%-34s %8d MiB%n", "heap used with the queue loaded",
            (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
    }

    private static void timeFilters(LinesViewModel queue) {
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            queue.filters().searchProperty().set("brooklyn");
            report("search \"brooklyn\"", start, queue.visibleItems().size() + " lines");
            start = System.nanoTime();
            queue.filters().searchProperty().set("");
            queue.filters().bandProperty().set(Band.HIGH.code());
            report("filter band high", start, queue.visibleItems().size() + " lines");
            queue.filters().bandProperty().set(LinesViewModel.ALL);
        }
    }

    private static void timeSort(LinesViewModel queue) {
        for (int round = 0; round < 3; round++) {
            List<DeskLine> lines = new ArrayList<>(queue.visibleItems());
            long start = System.nanoTime();
            lines.sort(Comparator.comparingInt((DeskLine line) -> line.assessment().score()).reversed());
            report("sort by score", start, lines.size() + " lines");
        }
    }

    private static void timeLiveScore(DeskBackend backend) {
        String line = "To the 53 people who've watched A Christmas Prince every day for the past 18 days: Who hurt you?";
        for (int i = 0; i < 2_000; i++) {
            backend.assessDraft(line.substring(0, 20 + i % (line.length() - 20)), "national social", List.of());
        }
        long[] micros = new long[1_000];
        for (int i = 0; i < micros.length; i++) {
            long start = System.nanoTime();
            backend.assessDraft(line.substring(0, 20 + i % (line.length() - 20)), "national social", List.of());
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "%-34s median %d µs, p99 %d µs (with stat matching)%n",
            "live score of a keystroke", micros[micros.length / 2], micros[micros.length * 99 / 100]);
    }

    // The generalization ladder of lines bound to a stat: lattice lookup, rewrites, re-scoring.
    private static void timeLadder(DeskBackend backend, LinesViewModel queue) {
        List<DeskLine> bound = queue.visibleItems().stream()
            .filter(line -> line.assessment().cohort().flatMap(c -> c.stat()).isPresent()).limit(1_200).toList();
        for (DeskLine line : bound.subList(0, 200)) {
            backend.suggest(line.item());
        }
        long[] micros = new long[bound.size() - 200];
        for (int i = 200; i < bound.size(); i++) {
            long start = System.nanoTime();
            backend.suggest(bound.get(i).item());
            micros[i - 200] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "%-34s median %d µs, p99 %d µs%n", "safer alternatives of a line",
            micros[micros.length / 2], micros[micros.length * 99 / 100]);
    }

    private static void report(String what, long start, String detail) {
        System.out.printf(Locale.ROOT, "%-34s %8.1f ms  (%s)%n", what, (System.nanoTime() - start) / 1e6, detail);
    }
}
