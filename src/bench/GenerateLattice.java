import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Issue 14's budget as files: a lattice of 1,005,550 stats (5,950 titles × (1 + 7 days) × (1 + 20
 * places), plus a complement "outside place 0" per title, in ten sources), 100,000 released lines
 * citing random stats of it (exact or "more than" at two figures) and a campaign of 500 lines, 50
 * of them planted as the complement of a released title line (every fifth leaves fewer than 100
 * people in place 0). The same lattice as src/test/java/dev/tact/bench/DisclosureBenchmark.
 *
 *   java src/bench/GenerateLattice.java DIR   → DIR/stats.csv, released.csv, campaign.csv, published.csv
 */
public class GenerateLattice {
    static final int TITLES = 5_950;
    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static final int PLACES = 20;
    static final int PER_TITLE = (1 + DAYS.length) * (1 + PLACES) + 1;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Random random = new Random(14);
        String[] ids = new String[TITLES * PER_TITLE];
        long[] sizes = new long[ids.length];
        String[] words = new String[ids.length];
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("stats.csv"))) {
            out.write("id,description,cohort_size,period,source,dim_title,dim_day,dim_place\n");
            int n = 0;
            for (int title = 0; title < TITLES; title++) {
                String source = "source-" + title % 10;
                long size = 10_000 + random.nextInt(1_000_000);
                for (int day = -1; day < DAYS.length; day++) {
                    long daySize = day < 0 ? size : size / DAYS.length + random.nextInt(50);
                    for (int place = -1; place < PLACES; place++) {
                        long cell = place < 0 ? daySize : daySize / (PLACES + 2) + random.nextInt(40);
                        String what = "streamed title " + title + (day < 0 ? "" : " on a " + DAYS[day])
                            + (place < 0 ? "" : " in place " + place);
                        ids[n] = title + "-" + day + "-" + place;
                        sizes[n] = cell;
                        words[n] = what;
                        out.write(ids[n] + ",Members who " + what + "," + cell + ",2025," + source + ",title " + title
                            + "," + (day < 0 ? "" : DAYS[day]) + "," + (place < 0 ? "" : "place " + place) + "\n");
                        n++;
                    }
                }
                long outside = size - (title % 5 == 0 ? 1 + random.nextInt(99) : 100 + random.nextInt((int) (size / 30)));
                ids[n] = title + "-not-0";
                sizes[n] = outside;
                words[n] = "streamed title " + title + " outside place 0";
                out.write(ids[n] + ",Members who " + words[n] + "," + outside + ",2025," + source + ",title " + title
                    + ",,not place 0\n");
                n++;
            }
        }
        try (BufferedWriter released = Files.newBufferedWriter(dir.resolve("released.csv"));
             BufferedWriter published = Files.newBufferedWriter(dir.resolve("published.csv"));
             BufferedWriter campaign = Files.newBufferedWriter(dir.resolve("campaign.csv"))) {
            released.write("id,campaign,channel,author,text,stat_ids\n");
            published.write("line_id,published_on\n");
            campaign.write("id,campaign,channel,author,text,stat_ids\n");
            int[] planted = new int[50];
            for (int i = 0; i < planted.length; i++) {
                planted[i] = random.nextInt(TITLES);
            }
            for (int i = 0; i < 100_000; i++) {
                int stat = i < planted.length ? planted[i] * PER_TITLE : random.nextInt(ids.length);
                released.write(line("r" + i, "Earlier", stat, ids, sizes, words, i < planted.length || random.nextBoolean()));
                published.write("r" + i + ",2026-0" + (1 + i % 9) + "-" + String.format(Locale.ROOT, "%02d", 1 + i % 28)
                    + "\n");
            }
            for (int i = 0; i < 500; i++) {
                int stat = i < planted.length ? planted[i] * PER_TITLE + PER_TITLE - 1 : random.nextInt(ids.length);
                campaign.write(line("c" + i, "Spring", stat, ids, sizes, words, i < planted.length || random.nextBoolean()));
            }
        }
    }

    private static String line(String id, String campaign, int stat, String[] ids, long[] sizes, String[] words,
                               boolean exact) {
        long size = sizes[stat];
        String said = exact ? String.format(Locale.ROOT, "%,d", size) : "More than " + roundedDown(size);
        return id + "," + campaign + ",,bench,\"" + said + " people " + words[stat] + ".\"," + ids[stat] + "\n";
    }

    // Two significant figures, rounded down, as Rewriter.publishable says it; exact when nothing drops.
    private static String roundedDown(long size) {
        long step = 1;
        while (size / step >= 100) {
            step *= 10;
        }
        long down = size / step * step;
        return String.format(Locale.ROOT, "%,d", down == size ? Math.max(0, size - 1) : down);
    }
}
