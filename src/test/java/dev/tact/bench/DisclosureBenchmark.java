package dev.tact.bench;

import dev.tact.core.Stat;
import dev.tact.score.DisclosureCheck;
import dev.tact.score.DisclosureFinding;
import dev.tact.score.Interval;
import dev.tact.score.ReleasedFigure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;

/**
 * Issue 14's budget: a campaign of 500 lines against 100,000 released lines drawn from 1,000,000
 * stats, checked in under 2 s. The stats are a lattice (title; title × day; title × place; title ×
 * day × place, in ten sources), the released lines cite random stats of it, exactly or rounded.
 * Measured in-process on {@link DisclosureCheck#find}, the call the store's campaign check makes once
 * the figures are read; run with {@code src/bench/disclosure-benchmark.sh}.
 */
public final class DisclosureBenchmark {
    private static final int TITLES = 5_950;
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final int PLACES = 20;
    private static final int RUNS = 7;
    private static final int PER_TITLE = (1 + DAYS.length) * (1 + PLACES) + 1;
    // Campaign lines planted as the complement of a released parent ("outside place 0"), every fifth
    // leaving fewer than 100 people in place 0: the check must find those among the rest.
    private static final int PLANTED = 50;

    private DisclosureBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(14);
        List<Stat> stats = lattice(random);
        List<ReleasedFigure> released = figures(stats, 100_000, random, false);
        List<ReleasedFigure> campaign = figures(stats, 500, random, true);
        for (int i = 0; i < PLANTED; i++) {
            int title = random.nextInt(TITLES);
            released.set(i, exact("r" + i, stats.get(title * PER_TITLE), false));
            campaign.set(i, exact("c" + i, stats.get(title * PER_TITLE + PER_TITLE - 1), true));
        }
        long[] times = new long[RUNS];
        long[] cpu = new long[RUNS];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int findings = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            List<DisclosureFinding> found = DisclosureCheck.find(campaign, released);
            times[run] = System.nanoTime() - start;
            cpu[run] = threads.getCurrentThreadCpuTime() - startCpu;
            findings = found.size();
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%,d stats, %,d released lines, %,d under review (%d planted pairs): %,d"
            + " findings%n", stats.size(), released.size(), campaign.size(), PLANTED, findings);
        // CPU time of the checking thread as well: on a loaded machine wall time measures the neighbours.
        System.out.printf(Locale.ROOT, "check, %d runs, the first (cold) included: wall median %.0f ms, slowest %.0f ms;"
            + " CPU median %.0f ms, slowest %.0f ms%n", RUNS, times[RUNS / 2] / 1e6, times[RUNS - 1] / 1e6,
            cpu[RUNS / 2] / 1e6, cpu[RUNS - 1] / 1e6);
    }

    private static List<Stat> lattice(Random random) {
        List<Stat> stats = new ArrayList<>(TITLES * PER_TITLE);
        for (int title = 0; title < TITLES; title++) {
            String source = "source-" + title % 10;
            long size = 10_000 + random.nextInt(1_000_000);
            for (int day = -1; day < DAYS.length; day++) {
                long daySize = day < 0 ? size : size / DAYS.length + random.nextInt(50);
                for (int place = -1; place < PLACES; place++) {
                    long cell = place < 0 ? daySize : daySize / (PLACES + 2) + random.nextInt(40);
                    Map<String, String> dims = new TreeMap<>();
                    dims.put("title", "title " + title);
                    if (day >= 0) {
                        dims.put("day", DAYS[day]);
                    }
                    if (place >= 0) {
                        dims.put("place", "place " + place);
                    }
                    stats.add(new Stat(title + "/" + day + "/" + place, "Streamed title " + title, cell,
                        OptionalLong.empty(), "2025", source, dims));
                }
            }
            long outside = size - (title % 5 == 0 ? 1 + random.nextInt(99) : 100 + random.nextInt((int) (size / 30)));
            stats.add(new Stat(title + "/not-0", "Streamed title " + title + " outside place 0", outside,
                OptionalLong.empty(), "2025", source, Map.of("title", "title " + title, "place", "not place 0")));
        }
        return stats;
    }

    private static ReleasedFigure exact(String lineId, Stat stat, boolean underReview) {
        return new ReleasedFigure(lineId, stat, Interval.exact(stat.cohortSize()), underReview
            ? ReleasedFigure.Release.UNDER_REVIEW : new ReleasedFigure.Release(ReleasedFigure.Release.Kind.APPROVED,
            "2026-01-01"), 100);
    }

    private static List<ReleasedFigure> figures(List<Stat> stats, int count, Random random, boolean underReview) {
        List<ReleasedFigure> figures = new ArrayList<>(count);
        ReleasedFigure.Release release = underReview ? ReleasedFigure.Release.UNDER_REVIEW
            : new ReleasedFigure.Release(ReleasedFigure.Release.Kind.APPROVED, "2026-01-01");
        for (int i = 0; i < count; i++) {
            Stat stat = stats.get(random.nextInt(stats.size()));
            long size = stat.cohortSize();
            long step = size >= 1_000 ? 100 : 10;
            Interval revealed = random.nextBoolean() ? Interval.exact(size)
                : new Interval(size / step * step + 1, size / step * step + step - 1);
            figures.add(new ReleasedFigure((underReview ? "c" : "r") + i, stat,
                revealed.contains(size) ? revealed : Interval.exact(size), release, 100));
        }
        return figures;
    }
}
