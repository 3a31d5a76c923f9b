import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes synthetic copy lines for the benchmarks. Deterministic (fixed seed); lines mix trend
 * copy and individual-level copy from templates with varied counts, titles, times and places.
 *
 * <ul>
 *   <li>{@code java src/bench/GenerateCopy.java LINES OUT.txt}: plain text, one line per line;</li>
 *   <li>{@code java src/bench/GenerateCopy.java LINES OUT.csv STATS}: a copy CSV in campaigns of
 *       1,000 lines, each citing one of the STATS stats {@code bench-0 … bench-(STATS-1)} that
 *       {@code GenerateStats.java} writes.</li>
 * </ul>
 */
public final class GenerateCopy {
    // {N} a count, {T} a title, {D} a day, {P} a place.
    private static final String[] TEMPLATES = {
        "To the {N} people who've watched {T} every day for the past {N} days: Who hurt you?",
        "Take a page from the {N} people who streamed {T} on a {D} this year.",
        "Dear person in {P} who played {T} {N} times on {D}: we're here for you.",
        "{N} people in {P} made a road-trip playlist on the same {D} in June.",
        "More than {N} million of you listened to {T} this year.",
        "Our members watched more documentaries than ever this year, with {T} on top.",
        "To the {N} people who streamed {T} at 3am on a school night in {P}: we noticed.",
        "Over {N} people added {T} to their library on {D}.",
        "The {N} members who paused {T} at exactly 2:14am on {D}: what happened?",
        "Shout-out to the {N} fans in {P} who streamed {T} {N} times on release day.",
    };
    private static final String[] TITLES = {"A Christmas Prince", "'Boozy Brunch'", "'Someone Like You'",
        "The Office", "'Breakup Songs'", "Stranger Things", "'Rainy Day Jazz'", "the finale", "'Lullabies'"};
    private static final String[] DAYS = {"Wednesday", "New Year's Eve", "Valentine's Day", "Halloween", "Sunday",
        "Monday"};
    private static final String[] PLACES = {"Brooklyn", "Dublin", "Austin", "the Mission District", "Leeds",
        "Reno", "Bath", "Lyon"};

    private GenerateCopy() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: java src/bench/GenerateCopy.java LINES OUT.txt | LINES OUT.csv STATS");
            System.exit(2);
        }
        long lines = Long.parseLong(args[0]);
        long stats = args.length == 3 ? Long.parseLong(args[2]) : 0;
        SplittableRandom random = new SplittableRandom(20261128L);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (stats > 0) {
                out.write("id,campaign,channel,author,text,stat_ids\n");
            }
            for (long i = 0; i < lines; i++) {
                String text = line(random);
                if (stats > 0) {
                    out.write("b" + i + ",Campaign " + (i / 1000) + ",national social,writer" + (i % 7) + ",\""
                        + text.replace("\"", "\"\"") + "\",bench-" + random.nextLong(stats) + "\n");
                } else {
                    out.write(text);
                    out.write('\n');
                }
            }
        }
    }

    private static String line(SplittableRandom random) {
        String line = TEMPLATES[random.nextInt(TEMPLATES.length)];
        while (line.contains("{")) {
            int at = line.indexOf('{');
            String value = switch (line.charAt(at + 1)) {
                case 'N' -> String.format("%,d", 1 + random.nextInt(20_000));
                case 'T' -> TITLES[random.nextInt(TITLES.length)];
                case 'D' -> DAYS[random.nextInt(DAYS.length)];
                default -> PLACES[random.nextInt(PLACES.length)];
            };
            line = line.substring(0, at) + value + line.substring(at + 3);
        }
        return line;
    }
}
