package dev.tact.score;

import dev.tact.core.LanguagePack;
import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the spans of a line in one language: counts of people, qualifiers, sensitive terms,
 * address and tone. A pass over the tokens with the language pack's phrase lexicons and a few
 * number patterns, one pass each for sensitive terms and singular subjects, then the sentence
 * shapes ({@link Shapes}: one person without the words the lexicon knows, the reader placed in a
 * group or condition, a particular moment). Inside a title or quoted name only sensitive terms
 * count, and less: "Someone Like You" is a song, not a singular subject, but a song about a drug
 * still implies drug use.
 */
public final class SpanFinder {
    private static final Map<String, SpanKind> GROUP_KINDS = Map.of(
        "frequency", SpanKind.FREQUENCY, "duration", SpanKind.DURATION, "time", SpanKind.TIME,
        "place", SpanKind.PLACE, "attribute", SpanKind.ATTRIBUTE, "sensitive", SpanKind.SENSITIVE,
        "address", SpanKind.ADDRESS, "opening", SpanKind.ADDRESS, "tone", SpanKind.TONE,
        "singular", SpanKind.SINGULAR);
    private static final Set<String> AGE_WORDS = Set.of("over", "under", "aged");
    private static final Set<String> BODY_UNITS = Set.of("kg", "kilos", "kilo", "lbs", "lb", "pounds", "stone",
        "quilos", "kilogramm");
    private static final double NEGATIVE_MONEY = 0.75;
    private static final double PERSONAL_NUMBER = 0.75;
    // Genitive prepositions ("usuarios de Spotify", "Kunden von Lieferando") name a brand as often
    // as a place: they place a singular referent (see Shapes) but make no place span of their own.
    private static final Set<String> GENITIVES = Set.of("de", "d'", "do", "da", "del", "du", "von");
    // 5am, 2:14am, 14h30, 2h; "2 h du matin", "um 3 Uhr" are read with the word after the number.
    private static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}(:\\d{2})?(am|pm|h)|\\d{1,2}h\\d{2}");
    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "h", "uhr");
    private static final Pattern SPELLED_DURATION = Pattern.compile("\\d+-(hour|day|night|week|minute)s?");
    private static final Pattern AGE = Pattern.compile("\\d+-year-olds?|\\d0s");
    private static final double FREQUENCY_WEIGHT = 0.3;
    private static final double DURATION_WEIGHT = 0.3;
    private static final double CLOCK_WEIGHT = 0.35;
    private static final double AGE_WEIGHT = 0.3;
    private static final double UNKNOWN_PLACE_WEIGHT = 0.35;
    private static final long MOST_TIMES = 10_000;
    // A sensitive word in a title ('Boozy Brunch', a band called Church of Misery) implies less
    // than the same word said of people; in a name a user made ('Songs to Cry To After Therapy')
    // it is their own words and counts in full.
    private static final double IN_TITLE_FACTOR = 0.4;

    private final PhraseIndex phrases = new PhraseIndex();
    private final PhraseIndex sensitive = new PhraseIndex();
    private final PhraseIndex singular = new PhraseIndex();
    private final Set<String> durationUnits;
    private final Set<String> placePrepositions;
    private final TitleFinder titles;
    private final NumberReader numbers;
    private final Shapes shapes;
    private final CountContext context;
    private final LanguagePack pack;
    private final boolean compounds;
    private final List<String> compoundParts;
    private static final int COMPOUND_PART = 5;

    public SpanFinder(LanguagePack pack) {
        this.pack = pack;
        // Groups in name order: a phrase in several groups ("Hey you" an opening and an address) is
        // reported in the order its groups were added, which orders the causes of equal weight in the
        // reasons. The pack's map iterates in an order that changes from one run to the next
        // (Map.copyOf), and the same line read differently in two runs.
        new java.util.TreeMap<>(pack.lexicon()).forEach((group, terms) -> terms.forEach(term -> indexFor(group)
            .add(term.phrase(), group, term.weight(), term.category())));
        durationUnits = Set.copyOf(pack.words("durationUnits"));
        Set<String> prepositions = new HashSet<>(pack.words("placePrepositions"));
        prepositions.removeAll(GENITIVES);
        placePrepositions = Set.copyOf(prepositions);
        this.context = new CountContext(pack);
        this.compounds = pack.code().equals("de");
        this.compoundParts = compounds ? pack.lexicon().getOrDefault("sensitive", List.of()).stream()
            .map(dev.tact.core.Policy.Term::phrase).filter(p -> p.length() >= COMPOUND_PART && !p.contains(" "))
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList() : List.of();
        this.titles = new TitleFinder(phrases, pack);
        this.numbers = new NumberReader(pack);
        this.shapes = new Shapes(pack, phrases);
    }

    /** The language this finder reads. */
    public LanguagePack pack() {
        return pack;
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
        return find(text, Tokenizer.tokenize(text));
    }

    Findings find(String text, List<Token> tokens) {
        Scan scan = new Scan(text, tokens);
        boolean[] inTitle = titles.mark(text, tokens, scan.spans);
        for (int i = 0; i < tokens.size(); ) {
            i = inTitle[i] ? i + 1 : scan.next(i);
        }
        scan.ownPass(sensitive, null, inTitle);
        scan.ownPass(singular, inTitle, null);
        shapes.find(shapes.line(text, tokens, inTitle, scan.spans, scan.counts));
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
                    hyphenPart(index, i, weaker);
                    i++;
                    continue;
                }
                boolean inName = weaker != null && weaker[i] && !inUserContent(i);
                double factor = inName ? IN_TITLE_FACTOR : 1;
                for (PhraseIndex.Entry entry : match.entries()) {
                    addPhraseSpan(i, match.length(), new PhraseIndex.Entry(entry.words(), entry.group(),
                        entry.weight() * factor, inName ? entry.category() + " (in a name)" : entry.category()));
                }
                i += match.length();
            }
        }

        // "Recém-demitido", "frisch-getrennt", "post-breakup": the part after a hyphen is a word too.
        // German writes the same as one word ("Kinderwunschklinik", "Brustkrebs"): a sensitive
        // word of five letters or more that opens or closes a compound counts.
        private void hyphenPart(PhraseIndex index, int i, boolean[] weaker) {
            Token token = tokens.get(i);
            int hyphen = token.lower().lastIndexOf('-');
            if (hyphen < 0 && compounds && index == sensitive && (weaker == null || !weaker[i])) {
                compoundPart(token);
                return;
            }
            if (hyphen <= 0 || hyphen == token.lower().length() - 1 || weaker != null && weaker[i]) {
                return;
            }
            Token part = new Token(token.start() + hyphen + 1, token.end(), token.lower().substring(hyphen + 1), false,
                false, false, false);
            PhraseIndex.Match match = index.longestAt(List.of(part), 0);
            if (match != null) {
                match.entries().forEach(entry -> spans.add(new Span(part.start(), part.end(),
                    GROUP_KINDS.getOrDefault(entry.group(), SpanKind.ATTRIBUTE), entry.weight(),
                    text.substring(part.start(), part.end()), entry.category())));
            }
        }

        private void compoundPart(Token token) {
            String word = token.lower();
            for (String part : compoundParts) {
                if (word.length() > part.length() + 2 && (word.startsWith(part) || word.endsWith(part))) {
                    PhraseIndex.Match match = sensitive.longestAt(List.of(new Token(0, 0, part, false, false, false,
                        false)), 0);
                    if (match != null) {
                        PhraseIndex.Entry entry = match.entries().get(0);
                        spans.add(new Span(token.start(), token.end(), SpanKind.SENSITIVE, entry.weight(),
                            text.substring(token.start(), token.end()), entry.category()));
                        return;
                    }
                }
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
            // "une table pour une personne", "dinner for one": a portion, not one person singled out.
            if (kind == SpanKind.SINGULAR && i > 0 && CountContext.isPortionWord(tokens.get(i - 1).lower())) {
                return;
            }
            Span span = span(i, i + length, kind, entry.weight(), entry.category());
            spans.add(span);
            if (kind == SpanKind.SINGULAR) {
                counts.add(new Findings.Count(1, span));
            }
        }

        private int number(int i) {
            NumberReader.Read read = numbers.at(text, tokens, i);
            if (read == null) {
                return i;
            }
            int after = i + read.length();
            String following = after < tokens.size() ? tokens.get(after).lower() : "";
            if (context.isPercentOrRatio(text, tokens, i, after, following)) {
                return CountContext.isRatioWord(following) ? Math.min(tokens.size(), after + 3) : after;
            }
            if (context.isYear(text, tokens, i, read) || context.isSeating(text, tokens, i)) {
                return after;
            }
            if (context.isNegativeMoney(text, tokens, i, after)) {
                spans.add(span(i, after, SpanKind.SENSITIVE, NEGATIVE_MONEY, "financial hardship or employment"));
            }
            if (BODY_UNITS.contains(following) && context.secondPersonInLine(text, tokens)) {
                spans.add(span(i, after + 1, SpanKind.SENSITIVE, PERSONAL_NUMBER, "body weight"));
                return after + 1;
            }
            if (context.isTimesWord(following) && read.value() < MOST_TIMES) {
                spans.add(span(i, after + 1, SpanKind.FREQUENCY, FREQUENCY_WEIGHT, "count of times"));
                return after + 1;
            }
            if (CLOCK_WORDS.contains(following) && read.value() < 24) {
                spans.add(span(i, after + 1, SpanKind.TIME, CLOCK_WEIGHT, "time of day"));
                return after + 1;
            }
            if (durationUnits.contains(following)) {
                spans.add(span(i, after + 1, SpanKind.DURATION, DURATION_WEIGHT, "duration"));
                return after + 1;
            }
            int noun = context.peopleNounAfter(text, tokens, after);
            if (noun >= 0 && context.singularAfterMany(read.value(), tokens.get(noun))) {
                return after;
            }
            if (noun >= 0 && context.ratioAfter(text, tokens, noun + 1)) {
                return Math.min(tokens.size(), noun + 3);
            }
            if (noun < 0 && context.countedByRelative(text, tokens, i, after)) {
                Span span = span(i, after, SpanKind.COUNT, 1.0, "people");
                spans.add(span);
                counts.add(new Findings.Count(Math.round(read.value()), span));
                return after;
            }
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

        private int pattern(int i) {
            Token token = tokens.get(i);
            String word = token.lower();
            if (!Character.isDigit(word.charAt(0))) {
                return placePrepositions.contains(word) ? placeAfter(i) : i + 1;
            }
            if (CLOCK_TIME.matcher(word).matches()) {
                spans.add(span(i, i + 1, SpanKind.TIME, CLOCK_WEIGHT, "time of day"));
            } else if (SPELLED_DURATION.matcher(word).matches()) {
                spans.add(span(i, i + 1, SpanKind.DURATION, DURATION_WEIGHT, "duration"));
            } else if (AGE.matcher(word).matches() && (word.endsWith("s") || context.peopleNounAfter(text, tokens, i + 1) == i + 1)) {
                spans.add(span(i, i + 1, SpanKind.ATTRIBUTE, AGE_WEIGHT, "age"));
            }
            return i + 1;
        }

        private int placeAfter(int i) {
            boolean name = i + 1 < tokens.size() && tokens.get(i + 1).capitalized() && !tokens.get(i + 1).clauseStart()
                && !tokens.get(i + 1).number() && !pack.code().equals("de");
            boolean germanPlace = pack.code().equals("de") && i + 1 < tokens.size() && tokens.get(i + 1).capitalized()
                && !context.isPeopleNoun(tokens.get(i + 1).lower()) && phrases.longestAt(tokens, i + 1) == null
                && (i + 2 >= tokens.size() || !tokens.get(i + 2).capitalized());
            return name || germanPlace ? unknownPlace(i) : i + 1;
        }

        // "in Bath", "in the Mission", "à Nantes", "de Recife": a capitalized name after a place
        // preposition that no lexicon knows.
        private int unknownPlace(int i) {
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).capitalized() && !tokens.get(end).clauseStart()
                && (end == i + 1 || !pack.code().equals("de"))) {
                end++;
            }
            if (phrases.longestAt(tokens, i + 1) != null || isTitled(i + 1)) {
                return i + 1;
            }
            spans.add(span(i + 1, end, SpanKind.PLACE, UNKNOWN_PLACE_WEIGHT, "place"));
            return end;
        }

        private boolean isTitled(int k) {
            Token token = tokens.get(k);
            return spans.stream().anyMatch(span -> (span.kind() == SpanKind.NAMED_ITEM
                || span.kind() == SpanKind.USER_CONTENT) && span.start() <= token.start() && token.end() <= span.end());
        }

        private Span span(int from, int to, SpanKind kind, double weight, String category) {
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            return new Span(start, end, kind, weight, text.substring(start, end), category);
        }
    }
}
