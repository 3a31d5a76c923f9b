import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic stats CSV in Tact's import format for the import benchmark.
 *
 * <p>Run with {@code java src/bench/GenerateStats.java ROWS OUT.csv}. The output is
 * deterministic (fixed seed), about 170 bytes a row, with quoted descriptions and a
 * lattice of dimensions like the demo data's.
 */
public final class GenerateStats {
    private static final String[] TITLES = {"A Christmas Prince", "The Office", "Stranger Things",
        "Boozy Brunch", "Bridgerton", "Someone Like You", "Love Island", "Squid Game", "Lullabies",
        "Workout Mix", "Rainy Day Jazz", "Breakup Songs"};
    private static final String[] ACTIONS = {"watched", "streamed", "replayed", "saved"};
    private static final String[] FREQUENCIES = {"", "every day", "twice a day", "31 times", "weekly"};
    private static final String[] WINDOWS = {"", "past 18 days", "this year", "last month", "past week"};
    private static final String[] DAYS = {"", "Wednesday", "New Year's Eve", "Valentine's Day", "Sunday"};
    private static final String[] PLACES = {"", "Brooklyn", "Dublin", "Mission District", "Leeds",
        "Lagos", "Austin", "Lyon"};

    private GenerateStats() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java src/bench/GenerateStats.java ROWS OUT.csv");
            System.exit(2);
        }
        long rows = Long.parseLong(args[0]);
        SplittableRandom random = new SplittableRandom(20261128L);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write("id,description,cohort_size,base_size,period,source,"
                + "dim_title,dim_action,dim_frequency,dim_window,dim_day,dim_place\n");
            for (long i = 0; i < rows; i++) {
                out.write(row(i, random));
            }
        }
    }

    private static String row(long i, SplittableRandom random) {
        String title = pick(TITLES, random);
        String action = pick(ACTIONS, random);
        String frequency = pick(FREQUENCIES, random);
        String window = pick(WINDOWS, random);
        String day = pick(DAYS, random);
        String place = pick(PLACES, random);
        long base = 1_000_000L + random.nextLong(200_000_000L);
        long cohort = random.nextLong(base / 1000 + 1);
        String description = "\"People who " + action + " '" + title + "' " + frequency + " "
            + window + ", cohort " + i + "\"";
        return "bench-" + i + "," + description + "," + cohort + "," + base
            + ",2026-01-01/2026-11-01,bench-synthetic," + title + "," + action + "," + frequency
            + "," + window + "," + day + "," + place + "\n";
    }

    private static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }
}
