package dev.tact.score;

import dev.tact.core.Policy;
import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the spans of a line: counts of people, qualifiers, sensitive terms, address and tone.
 * A pass over the tokens with the policy's phrase lexicons and a few number patterns, then one
 * pass each for sensitive terms and singular subjects. Inside a title or quoted name only
 * sensitive terms count: "Someone Like You" is a song, not a singular subject, but a song
 * about a drug still implies drug use.
 */
public final class SpanFinder {
    private static final Map<String, SpanKind> GROUP_KINDS = Map.of(
        "frequency", SpanKind.FREQUENCY, "duration", SpanKind.DURATION, "time", SpanKind.TIME,
        "place", SpanKind.PLACE, "attribute", SpanKind.ATTRIBUTE, "sensitive", SpanKind.SENSITIVE,
        "address", SpanKind.ADDRESS, "opening", SpanKind.ADDRESS, "tone", SpanKind.TONE,
        "singular", SpanKind.SINGULAR);
    private static final Set<String> DURATION_UNITS = Set.of("day", "days", "night", "nights", "week", "weeks",
        "hour", "hours", "minute", "minutes", "month", "months", "mornings", "weekends", "years");
    private static final Set<String> AGE_WORDS = Set.of("over", "under", "aged");
    private static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}(:\\d{2})?(am|pm)");
    private static final Pattern SPELLED_DURATION = Pattern.compile("\\d+-(hour|day|night|week|minute)s?");
    private static final Pattern AGE = Pattern.compile("\\d+-year-olds?|\\d0s");
    private static final double FREQUENCY_WEIGHT = 0.3;
    private static final double DURATION_WEIGHT = 0.3;
    private static final double CLOCK_WEIGHT = 0.35;
    private static final double AGE_WEIGHT = 0.3;
    private static final double UNKNOWN_PLACE_WEIGHT = 0.35;
    // A sensitive word in a title ('Boozy Brunch') implies less than the same word said of
    // people; in a name a user made ('Songs to Cry To After Therapy') it is their own words.
    private static final double IN_TITLE_FACTOR = 0.6;

    // Sensitive terms and singular subjects get their own passes, so a longer phrase of another
    // kind never hides them ("a gay man" is an attribute and a sensitive term; "To the one
    // member who" opens with address and names one person).
    private static final Set<String> OWN_PASS = Set.of("sensitive", "singular");

    private final PhraseIndex phrases = new PhraseIndex();
    private final PhraseIndex sensitive = new PhraseIndex();
    private final PhraseIndex singular = new PhraseIndex();
    private final Set<String> peopleNouns = new HashSet<>();
    private final TitleFinder titles;

    public SpanFinder(Policy policy) {
        policy.lexicon().forEach((group, terms) -> terms.forEach(term -> indexFor(group)
            .add(term.phrase(), group, term.weight(), term.category())));
        peopleNouns.addAll(policy.peopleNouns());
        this.titles = new TitleFinder(phrases);
    }

    private PhraseIndex indexFor(String group) {
        return switch (group) {
            case "sensitive" -> sensitive;
            case "singular" -> singular;
            default -> phrases;
        };
    }

    /** Every span of the line, in text order. */
    public List<Span> spans(String text) {
        return find(text).spans();
    }

    Findings find(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        Scan scan = new Scan(text, tokens);
        boolean[] inTitle = titles.mark(text, tokens, scan.spans);
        for (int i = 0; i < tokens.size(); ) {
            i = inTitle[i] ? i + 1 : scan.next(i);
        }
        scan.ownPass(sensitive, null, inTitle);
        scan.ownPass(singular, inTitle, null);
        for (Token token : tokens) {
            scan.words.add(token.lower());
        }
        scan.spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
            : Integer.compare(a.kind().ordinal(), b.kind().ordinal()));
        return new Findings(scan.spans, scan.counts, scan.words);
    }

    /** The state of one line's scan. */
    private final class Scan {
        private final String text;
        private final List<Token> tokens;
        private final List<Span> spans = new ArrayList<>();
        private final List<Findings.Count> counts = new ArrayList<>();
        private final List<String> words = new ArrayList<>();

        Scan(String text, List<Token> tokens) {
            this.text = text;
            this.tokens = tokens;
        }

        /** Scans from token i; returns the token after what it consumed. */
        int next(int i) {
            int after = phrase(i);
            if (after > i) {
                return after;
            }
            after = number(i);
            if (after > i) {
                return after;
            }
            return pattern(i);
        }

        /**
         * Longest matches of one lexicon over the tokens, skipping those marked in {@code skip};
         * a match among tokens marked in {@code weaker} counts {@value #IN_TITLE_FACTOR} as much.
         */
        void ownPass(PhraseIndex index, boolean[] skip, boolean[] weaker) {
            for (int i = 0; i < tokens.size(); ) {
                PhraseIndex.Match match = skip != null && skip[i] ? null : index.longestAt(tokens, i);
                if (match == null) {
                    i++;
                    continue;
                }
                double factor = weaker != null && weaker[i] && !inUserContent(i) ? IN_TITLE_FACTOR : 1;
                for (PhraseIndex.Entry entry : match.entries()) {
                    addPhraseSpan(i, match.length(), new PhraseIndex.Entry(entry.words(), entry.group(),
                        entry.weight() * factor, entry.category()));
                }
                i += match.length();
            }
        }

        private boolean inUserContent(int i) {
            Token token = tokens.get(i);
            return spans.stream().anyMatch(span -> span.kind() == SpanKind.USER_CONTENT
                && span.start() <= token.start() && token.end() <= span.end());
        }

        private int phrase(int i) {
            PhraseIndex.Match match = phrases.longestAt(tokens, i);
            if (match == null) {
                return i;
            }
            boolean added = false;
            for (PhraseIndex.Entry entry : match.entries()) {
                if (!entry.group().equals("opening") || opensClause(i)) {
                    addPhraseSpan(i, match.length(), entry);
                    added = true;
                }
            }
            return added ? i + match.length() : i;
        }

        // "Hey you, the one who…" and "Dear 14 people who…, are you okay?" open with address
        // after a clause break or right after an opening greeting.
        private boolean opensClause(int i) {
            return tokens.get(i).clauseStart() || (tokens.get(i).afterComma() && i > 0
                && tokens.get(i - 1).lower().equals("you"));
        }

        private void addPhraseSpan(int i, int length, PhraseIndex.Entry entry) {
            SpanKind kind = GROUP_KINDS.getOrDefault(entry.group(), SpanKind.ATTRIBUTE);
            Span span = span(i, i + length, kind, entry.weight(), entry.category());
            spans.add(span);
            if (kind == SpanKind.SINGULAR) {
                counts.add(new Findings.Count(1, span));
            }
        }

        private int number(int i) {
            NumberReader.Read read = NumberReader.at(tokens, i);
            if (read == null) {
                return i;
            }
            int after = i + read.length();
            String following = after < tokens.size() ? tokens.get(after).lower() : "";
            if (isPercentOrRatio(i, after, following)) {
                return after;
            }
            if (following.equals("times") && read.value() < 10_000) {
                spans.add(span(i, after + 1, SpanKind.FREQUENCY, FREQUENCY_WEIGHT, "count of times"));
                return after + 1;
            }
            if (DURATION_UNITS.contains(following)) {
                spans.add(span(i, after + 1, SpanKind.DURATION, DURATION_WEIGHT, "duration"));
                return after + 1;
            }
            int noun = peopleNounAfter(after);
            if (noun >= 0) {
                Span span = span(i, noun + 1, SpanKind.COUNT, 1.0, "people");
                spans.add(span);
                counts.add(new Findings.Count(Math.round(read.value()), span));
                attributeOfCountedPeople(noun);
                return noun + 1;
            }
            if (i > 0 && AGE_WORDS.contains(tokens.get(i - 1).lower()) && read.value() < 100) {
                spans.add(span(i - 1, after, SpanKind.ATTRIBUTE, AGE_WEIGHT, "age"));
            }
            return after;
        }

        // "60 nurses": the counted people share an occupation or identity, which narrows them too.
        private void attributeOfCountedPeople(int noun) {
            PhraseIndex.Match match = phrases.longestAt(tokens, noun);
            if (match != null && match.length() == 1) {
                match.entries().stream().filter(entry -> entry.group().equals("attribute"))
                    .forEach(entry -> addPhraseSpan(noun, 1, entry));
            }
        }

        private boolean isPercentOrRatio(int i, int after, String following) {
            int end = tokens.get(after - 1).end();
            boolean percent = end < text.length() && text.charAt(end) == '%';
            boolean ratio = following.equals("in") && after + 1 < tokens.size() && tokens.get(after + 1).number();
            return percent || ratio || following.equals("percent");
        }

        // A number counts people when a people noun follows within three words ("53 people",
        // "2 million loyal fans", "1,200 of you", "40 of our members").
        private int peopleNounAfter(int after) {
            for (int k = after; k < Math.min(after + 3, tokens.size()); k++) {
                String word = tokens.get(k).lower();
                if (peopleNouns.contains(word) || (word.equals("you") && k > after
                    && tokens.get(k - 1).lower().equals("of"))) {
                    return k;
                }
                if (tokens.get(k).number() || word.equals("who") || word.equals("times")) {
                    return -1;
                }
            }
            return -1;
        }

        private int pattern(int i) {
            Token token = tokens.get(i);
            String word = token.lower();
            if (!Character.isDigit(word.charAt(0))) {
                return word.equals("in") ? placeAfterIn(i) : i + 1;
            }
            if (CLOCK_TIME.matcher(word).matches()) {
                spans.add(span(i, i + 1, SpanKind.TIME, CLOCK_WEIGHT, "time of day"));
            } else if (SPELLED_DURATION.matcher(word).matches()) {
                spans.add(span(i, i + 1, SpanKind.DURATION, DURATION_WEIGHT, "duration"));
            } else if (AGE.matcher(word).matches() && (word.endsWith("s") || peopleNounAfter(i + 1) == i + 1)) {
                spans.add(span(i, i + 1, SpanKind.ATTRIBUTE, AGE_WEIGHT, "age"));
            }
            return i + 1;
        }

        private int placeAfterIn(int i) {
            boolean name = i + 1 < tokens.size() && tokens.get(i + 1).capitalized() && !tokens.get(i + 1).clauseStart();
            return name ? unknownPlace(i) : i + 1;
        }

        // "in Bath", "in the Mission": a capitalized name after "in" that no lexicon knows.
        private int unknownPlace(int i) {
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).capitalized() && !tokens.get(end).clauseStart()) {
                end++;
            }
            if (phrases.longestAt(tokens, i + 1) != null) {
                return i + 1;
            }
            spans.add(span(i + 1, end, SpanKind.PLACE, UNKNOWN_PLACE_WEIGHT, "place"));
            return end;
        }

        private Span span(int from, int to, SpanKind kind, double weight, String category) {
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            return new Span(start, end, kind, weight, text.substring(start, end), category);
        }
    }
}
