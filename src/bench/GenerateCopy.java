import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic plain-text copy file, one tweet-length line per line, for the scoring
 * benchmark: {@code java src/bench/GenerateCopy.java LINES OUT.txt}. Deterministic (fixed seed).
 * Lines mix trend copy and individual-level copy from templates with varied counts, titles,
 * times and places.
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
        if (args.length != 2) {
            System.err.println("usage: java src/bench/GenerateCopy.java LINES OUT.txt");
            System.exit(2);
        }
        long lines = Long.parseLong(args[0]);
        SplittableRandom random = new SplittableRandom(20261128L);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (long i = 0; i < lines; i++) {
                out.write(line(random));
                out.write('\n');
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
