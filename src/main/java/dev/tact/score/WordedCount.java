package dev.tact.score;

import dev.tact.core.BoundCohort;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interval of people a line's wording lets a reader infer for its bound cohort: "3,441 of them"
 * is [3441, 3441], "more than 3,400" [3401, 3499], "about 3,440" [3435, 3444], "nearly 3,500"
 * [3400, 3499], "thousands of" [2000, 1999999].
 *
 * <p>A round number is read by its rounding step, 10 to the power of its trailing zeros (3,400 → 100;
 * 1.8 million → 100,000): official statistics publish counts rounded to two significant figures with
 * "more than" when rounding dropped anything (the convention {@code Rewriter.publishable} follows), so
 * a reader who knows it narrows "more than 3,400" to below 3,500. That narrow reading is used when it
 * holds the stat's true size, since it is what a careful reader infers; when it does not (the copy
 * rounded some other way), the literal reading ("more than 3,400": 3,401 or more) is used instead.
 */
final class WordedCount {
    private static final Pattern NUMBER = Pattern.compile(
        "(\\d(?:[\\d.,]*\\d)?)(?:\\s*(million|millones|millions|millionen|milhões|milhoes|m|thousand|k)\\b)?");
    private static final long TEN = 10;
    // The vague counts Rewriter.bucket writes, each from its smallest true value.
    // In a fixed order (a Map.of iterates in an order that changes from run to run, and two readings
    // can tie: see narrower).
    private static final List<Map.Entry<Pattern, Long>> BUCKETS = List.of(Map.entry(bucket("dozens"), 24L),
        Map.entry(bucket("hundreds"), 200L), Map.entry(bucket("thousands"), 2_000L),
        Map.entry(bucket("millions"), 2_000_000L));

    /** What the words before a number say of it. */
    enum Reading { EXACT, MORE, AT_LEAST, ABOUT, NEARLY, FEWER, UP_TO }

    // Longest first, so "just under" is not read as "under"; lower case, as the text is compared.
    private static final List<Map.Entry<String, Reading>> QUALIFIERS = qualifiers();

    private WordedCount() {
    }

    /**
     * The interval a line reveals of its bound cohort, or empty when the line states no number of it
     * (a cited stat whose size the text never says reveals no figure). Every number in the text is
     * read with the words before it, and the narrowest reading that holds the stat's size is the one
     * the line reveals ("3,441 of them", where no people noun makes it a counted span, is still 3,441).
     *
     * @param text   the line
     * @param cohort the cohort its assessment bound; its size is the stat's true size
     */
    static Optional<Interval> revealed(String text, BoundCohort cohort) {
        long truth = cohort.size();
        String lower = text.toLowerCase(Locale.ROOT);
        Optional<Interval> narrowest = Optional.empty();
        Matcher match = NUMBER.matcher(lower);
        while (match.find()) {
            if (match.start() > 0 && Character.isLetterOrDigit(lower.charAt(match.start() - 1))) {
                continue;
            }
            Optional<Interval> read = stated(match).map(n -> choose(truth,
                candidates(reading(text.substring(0, match.start())), n).toArray(Interval[]::new)));
            narrowest = narrower(narrowest, read.filter(interval -> interval.contains(truth)));
        }
        for (Map.Entry<Pattern, Long> bucket : BUCKETS) {
            long unit = bucket.getValue();
            if (bucket.getKey().matcher(lower).find()) {
                Interval read = choose(truth, new Interval(unit, unit * 1000 - 1), Interval.atLeast(unit));
                narrowest = narrower(narrowest, Optional.of(read).filter(interval -> interval.contains(truth)));
            }
        }
        // A count the text states in words ("four people") that the assessment read as the cohort.
        return narrowest.or(() -> cohort.span().isPresent() && cohort.origin() != BoundCohort.Origin.CITED
            ? Optional.of(Interval.exact(truth)) : Optional.empty());
    }

    private static Pattern bucket(String word) {
        return Pattern.compile("\\b" + word + " of\\b");
    }

    private static Optional<Interval> narrower(Optional<Interval> a, Optional<Interval> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        long widthA = width(a.get());
        long widthB = width(b.get());
        if (widthA == Long.MAX_VALUE && widthB == Long.MAX_VALUE) {
            // Two open readings ("hundreds of thousands" of 3 million: 200 or more, 2,000 or more):
            // the one starting higher lies inside the other.
            return b.get().lo() > a.get().lo() ? b : a;
        }
        return widthB < widthA ? b : a;
    }

    private static long width(Interval interval) {
        return interval.hi() == Interval.UNBOUNDED ? Long.MAX_VALUE : interval.hi() - interval.lo();
    }

    /** The intervals a reading allows, narrowest (the convention's) first, the literal reading last. */
    static List<Interval> candidates(Reading reading, long n) {
        long step = step(n);
        boolean rounded = step >= TEN;
        List<Interval> out = new ArrayList<>();
        switch (reading) {
            case EXACT -> {
                out.add(Interval.exact(n));
                if (rounded) {
                    out.add(nearest(n, step));
                    out.add(new Interval(n, n + step - 1));
                }
            }
            case MORE -> roundedThenLiteral(out, rounded, () -> new Interval(n + 1, n + step - 1),
                Interval.atLeast(n + 1));
            case AT_LEAST -> roundedThenLiteral(out, rounded, () -> new Interval(n, n + step - 1), Interval.atLeast(n));
            case ABOUT -> roundedThenLiteral(out, rounded, () -> nearest(n, step), rounded
                ? new Interval(Math.max(0, n - step), n + step) : Interval.exact(n));
            case NEARLY -> roundedThenLiteral(out, rounded,
                () -> new Interval(Math.max(0, n - step), Math.max(0, n - 1)), new Interval(0, Math.max(0, n - 1)));
            case FEWER -> out.add(new Interval(0, Math.max(0, n - 1)));
            case UP_TO -> out.add(new Interval(0, n));
        }
        return out;
    }

    // "about 3,400" rounded to the nearest hundred.
    private static Interval nearest(long n, long step) {
        return new Interval(Math.max(0, n - step / 2), n + step / 2 - 1);
    }

    // The conventional reading is built only for a rounded figure: for "more than 5" it would be the
    // empty [6, 5] (a generated deck found it).
    private static void roundedThenLiteral(List<Interval> out, boolean rounded,
                                           java.util.function.Supplier<Interval> conventional, Interval literal) {
        if (rounded) {
            out.add(conventional.get());
        }
        out.add(literal);
    }

    // The first reading that holds the truth; when none does, the words misstate the stat (Claims says
    // so) and what the reader believes is the first.
    private static Interval choose(long truth, Interval... candidates) {
        for (Interval candidate : candidates) {
            if (candidate.contains(truth)) {
                return candidate;
            }
        }
        return candidates[0];
    }

    /** The rounding step of a stated count: 10^(trailing zeros), 1 for 0 or an unrounded count. */
    static long step(long n) {
        long step = 1;
        for (long rest = n; rest != 0 && rest % TEN == 0; rest /= TEN) {
            step *= TEN;
        }
        return step;
    }

    static Reading reading(String before) {
        String lower = before.toLowerCase(Locale.ROOT).stripTrailing();
        for (Map.Entry<String, Reading> qualifier : QUALIFIERS) {
            String phrase = qualifier.getKey();
            if (lower.endsWith(phrase) && (lower.length() == phrase.length()
                || !Character.isLetter(lower.charAt(lower.length() - phrase.length() - 1)))) {
                return qualifier.getValue();
            }
        }
        return Reading.EXACT;
    }

    private static Optional<Long> stated(Matcher match) {
        Double value = NumberReader.value(match.group(1));
        if (value == null) {
            return Optional.empty();
        }
        String unit = match.group(2) == null ? "" : match.group(2);
        double multiplier = unit.isEmpty() ? 1 : unit.equals("thousand") || unit.equals("k") ? 1_000 : 1_000_000;
        return Optional.of(Math.round(value * multiplier));
    }

    private static List<Map.Entry<String, Reading>> qualifiers() {
        Map<String, Reading> words = new java.util.HashMap<>();
        for (String more : List.of("more than", "over", "above", "upwards of", "in excess of", "más de", "plus de",
            "mehr als", "über", "mais de")) {
            words.put(more, Reading.MORE);
        }
        for (String atLeast : List.of("at least", "no fewer than", "no less than", "al menos", "au moins",
            "mindestens", "pelo menos")) {
            words.put(atLeast, Reading.AT_LEAST);
        }
        for (String about : List.of("about", "around", "roughly", "approximately", "some", "circa", "an estimated",
            "unos", "unas", "alrededor de", "environ", "etwa", "rund", "cerca de", "aproximadamente")) {
            words.put(about, Reading.ABOUT);
        }
        for (String nearly : List.of("nearly", "almost", "just under", "close to", "casi", "presque", "près de",
            "fast", "knapp", "quase")) {
            words.put(nearly, Reading.NEARLY);
        }
        for (String fewer : List.of("fewer than", "less than", "under", "below", "menos de", "moins de",
            "weniger als", "unter")) {
            words.put(fewer, Reading.FEWER);
        }
        for (String upTo : List.of("up to", "no more than", "at most", "hasta", "jusqu'à", "bis zu", "até")) {
            words.put(upTo, Reading.UP_TO);
        }
        return words.entrySet().stream()
            .sorted(Map.Entry.<String, Reading>comparingByKey(java.util.Comparator.comparingInt(String::length))
                .reversed()).toList();
    }
}
