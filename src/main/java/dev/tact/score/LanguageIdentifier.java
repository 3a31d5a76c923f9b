package dev.tact.score;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import dev.tact.core.LanguagePack;
import dev.tact.core.LanguageVerdict;
import dev.tact.core.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells which language a line is in, so the score reads it with that language's pack — or says it
 * cannot, so the line is {@code unassessed} rather than a confident {@code low}. Decision 0005.
 *
 * <ol>
 *   <li>Letters mostly in a non-Latin script (Han, Kana, Hangul, Arabic, Cyrillic…): that script's
 *       language, which no pack covers today.</li>
 *   <li>Clear evidence from the packs' own function words (three or more, and at least twice any other
 *       covered language's): that language, without the statistical detector.</li>
 *   <li>Otherwise the Optimaize n-gram detector over 39 Latin-script languages, its probability
 *       combined with the packs' evidence (function words and lexicon words each add
 *       {@value #EVIDENCE_WEIGHT}); an uncovered language wins only when it beats every covered one
 *       and, if a covered pack knows two or more of the line's words, the detector is sure ({@value #SURE}).</li>
 * </ol>
 * Deterministic: the same text always gets the same verdict.
 */
public final class LanguageIdentifier {
    private static final double EVIDENCE_WEIGHT = 0.12;
    private static final double RANKING_WEIGHT = 0.3;
    private static final double EVIDENCE_CAP = 0.5;
    private static final double CLEAR_LEAD = 1.0;
    private static final int CLEAR_HITS = 3;
    private static final double UNCOVERED_MIN = 0.5;
    // Short lines fool n-gram statistics ("Lesbian dating, made simple." reads as Indonesian): two
    // words a covered pack knows outweigh any detector verdict short of this.
    private static final double SURE = 0.95;
    // …and when most of its words are known to one covered pack, the line is in that language.
    private static final double KNOWN_SHARE = 0.6;
    private static final double FAST_SHARE = 0.5;
    private static final double WELL_KNOWN = 0.75;
    private static final int SHORT_LINE = 6;
    private static final double CERTAIN = 0.999;
    // Asturian, Aragonese and Galician are left out: their profiles claim ordinary Spanish and
    // Portuguese copy with certainty, and a line in them reads well enough with those packs.
    private static final List<String> LATIN_PROFILES = List.of("af", "br", "ca", "cs", "cy", "da", "de",
        "en", "es", "et", "eu", "fi", "fr", "ga", "hr", "ht", "hu", "id", "is", "it", "lt", "lv", "ms", "mt",
        "nl", "no", "oc", "pl", "pt", "ro", "sk", "sl", "so", "sq", "sv", "sw", "tl", "tr", "vi");

    private final Map<String, LanguagePack> packs;
    // Packs in a fixed order, and for each word the packs that know it as a function word (bit k of
    // the low 32 bits for pack k) and as any word (bit k of the high 32): one hash lookup per word
    // tells every pack's evidence.
    private final List<String> codes;
    private final Map<String, Long> masks = new HashMap<>();
    private final String fallback;

    public LanguageIdentifier(Policy policy) {
        this.packs = policy.languages();
        this.codes = policy.covered();
        for (int k = 0; k < codes.size(); k++) {
            long function = 1L << k;
            long known = function << Integer.SIZE;
            LanguagePack pack = packs.get(codes.get(k));
            pack.words("function").forEach(word -> masks.merge(word, function | known, (a, b) -> a | b));
            vocabulary(pack).forEach(word -> masks.merge(word, known, (a, b) -> a | b));
        }
        this.fallback = packs.containsKey("en") ? "en" : codes.get(0);
    }

    // Single words of the pack's lexicon and word classes, except the shared gazetteer of names.
    private static Set<String> vocabulary(LanguagePack pack) {
        Set<String> words = new HashSet<>(pack.peopleNouns());
        pack.lexicon().forEach((group, terms) -> {
            if (!group.equals("place")) {
                terms.forEach(term -> words.addAll(List.of(term.phrase().split(" "))));
            }
        });
        pack.words().forEach((name, list) -> {
            if (!name.equals("notNames")) {
                list.forEach(w -> words.addAll(List.of(w.split(" "))));
            }
        });
        return words;
    }

    /** The language of a line; never null. */
    public LanguageVerdict identify(String text) {
        return identify(text, Tokenizer.tokenize(text));
    }

    LanguageVerdict identify(String text, List<Token> tokens) {
        ScriptCount scripts = ScriptCount.of(text);
        if (scripts.letters() == 0) {
            return covered(fallback, "no words to read");
        }
        if (scripts.nonLatin() * 2 > scripts.letters()) {
            return scripts.verdict();
        }
        List<String> words = distinctWords(tokens);
        int[][] hits = counts(words);
        int[] functionHits = hits[0];
        int best = -1;
        int second = 0;
        for (int k = 0; k < functionHits.length; k++) {
            if (best < 0 || functionHits[k] > functionHits[best]) {
                second = best < 0 ? second : Math.max(second, functionHits[best]);
                best = k;
            } else {
                second = Math.max(second, functionHits[k]);
            }
        }
        int[] known = hits[1];
        // Catalan shares "que", "la", "cada" with Spanish: function words alone decide only when the
        // pack also knows most of the line's words.
        boolean clear = functionHits[Math.max(best, 0)] >= CLEAR_HITS && known[Math.max(best, 0)] >= FAST_SHARE * words.size();
        boolean wellKnown = functionHits[Math.max(best, 0)] >= 2 && known[Math.max(best, 0)] >= WELL_KNOWN * words.size();
        // Plain ASCII with two English function words and none of another pack's: English. The
        // n-grams call "You haven't voted yet: polls close at 8pm." Haitian Creole.
        int english = codes.indexOf(fallback);
        boolean mostlyKnownEnglish = english >= 0 && scripts.asciiOnly() && words.size() >= 2
            && known[english] >= FAST_SHARE * words.size() && java.util.Arrays.stream(known).max().orElse(0) == known[english];
        boolean plainEnglish = best >= 0 && codes.get(best).equals(fallback) && scripts.asciiOnly()
            && functionHits[best] >= 2;
        // Plain ASCII whose words English knows at least half of, and no other pack more: English.
        // Optimaize is "certain" that "2,000 women in Leeds streamed jazz." is Dutch.
        if (mostlyKnownEnglish && functionHits[english] >= 1) {
            return covered(fallback, packs.get(fallback).name() + " words");
        }
        if (best >= 0 && functionHits[best] >= 2 * second && (clear || wellKnown || plainEnglish)) {
            return covered(codes.get(best), packs.get(codes.get(best)).name() + " function words");
        }
        return byDetector(text, words, byCode(functionHits), byCode(known),
            scripts.asciiOnly());
    }

    private LanguageVerdict byDetector(String text, List<String> words, Map<String, Integer> function,
                                       Map<String, Integer> lexicon, boolean ascii) {
        Map<String, Double> combined = new HashMap<>();
        String topUncovered = null;
        double topUncoveredP = 0;
        double uncoveredMass = 0;
        for (DetectedLanguage detected : Detector.probabilities(text)) {
            String code = detected.getLocale().getLanguage();
            if (packs.containsKey(code)) {
                combined.merge(code, detected.getProbability(), Double::sum);
                continue;
            }
            uncoveredMass += detected.getProbability();
            if (detected.getProbability() > topUncoveredP) {
                topUncovered = code;
                topUncoveredP = detected.getProbability();
            }
        }
        Map<String, Double> ranked = new HashMap<>(combined);
        Map<String, Double> distinctive = distinctiveHits(words);
        for (String code : packs.keySet()) {
            int hits = function.get(code) + lexicon.get(code);
            if (hits > 0) {
                // Capped: a long Catalan line shares many words with Spanish, and only the detector can
                // tell them apart; words may tip the balance, not overrule a certain detector.
                combined.merge(code, Math.min(EVIDENCE_CAP, EVIDENCE_WEIGHT * hits), Double::sum);
                ranked.merge(code, RANKING_WEIGHT * distinctive.get(code), Double::sum);
            }
        }
        String byWords = clearlyAhead(distinctive);
        if (byWords != null) {
            ranked.merge(byWords, Double.MAX_VALUE / 4, Double::sum);
        }
        // Among covered languages the packs' own words decide ("2 pessoas ouviram jazz no réveillon" is
        // Portuguese though "réveillon" looks French to the n-grams); against an uncovered language
        // they weigh less, so Italian is not read as Spanish for sharing "a" and "ha".
        String bestCovered = ranked.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
        double bestCoveredScore = bestCovered == null ? 0 : combined.get(bestCovered);
        int coveredHits = bestCovered == null ? 0 : lexicon.get(bestCovered);
        // Dutch split between nl and af is still surely not a covered language: the uncovered mass counts.
        // A line of a few words fools the n-grams ("Summer sale. Hurry!" reads as Norwegian): one known
        // word outweighs anything short of certainty there.
        boolean shortLine = words.size() <= SHORT_LINE && coveredHits >= Math.max(1, words.size() / 3)
            && uncoveredMass < CERTAIN;
        boolean outweighed = shortLine || coveredHits >= 2 && (uncoveredMass < SURE
            || coveredHits >= KNOWN_SHARE * words.size() && uncoveredMass < CERTAIN);
        if (topUncovered != null && uncoveredMass >= UNCOVERED_MIN && uncoveredMass > bestCoveredScore && !outweighed) {
            String name = displayName(topUncovered);
            return new LanguageVerdict(topUncovered, name, false, String.format(Locale.ROOT,
                "reads as %s (%.2f); the policy covers %s", name, topUncoveredP, String.join(", ", codes)));
        }
        if (bestCovered != null) {
            return covered(bestCovered, "n-gram detector and " + packs.get(bestCovered).name() + " words");
        }
        if (ascii && words.size() <= 2) {
            return covered(fallback, "too short to tell; read as " + packs.get(fallback).name());
        }
        return new LanguageVerdict("und", "an unknown language", false,
            "its language could not be told; the policy covers " + String.join(", ", codes));
    }

    // Each known word counts 1 / (how many covered packs know it): "pessoas" is Portuguese evidence,
    // "no" is barely evidence for anything.
    private Map<String, Double> distinctiveHits(List<String> words) {
        Map<String, Double> hits = new HashMap<>();
        codes.forEach(code -> hits.put(code, 0.0));
        for (String word : words) {
            int mask = (int) (masks.getOrDefault(word, 0L) >>> Integer.SIZE);
            double share = 1.0 / Math.max(1, Integer.bitCount(mask));
            for (int k = 0; mask != 0; k++, mask >>>= 1) {
                if ((mask & 1) != 0) {
                    hits.merge(codes.get(k), share, Double::sum);
                }
            }
        }
        return hits;
    }

    // The covered language whose distinctive words lead the next one by CLEAR_LEAD, if any.
    private static String clearlyAhead(Map<String, Double> distinctive) {
        List<Map.Entry<String, Double>> sorted = distinctive.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
        boolean clear = !sorted.isEmpty() && sorted.get(0).getValue() - (sorted.size() > 1 ? sorted.get(1).getValue()
            : 0) >= CLEAR_LEAD;
        return clear ? sorted.get(0).getKey() : null;
    }

    private LanguageVerdict covered(String code, String reason) {
        return new LanguageVerdict(code, packs.get(code).name(), true, reason);
    }

    private static List<String> distinctWords(List<Token> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (!token.number() && !words.contains(token.lower())) {
                words.add(token.lower());
            }
        }
        return words;
    }

    // For each pack, how many of the words it knows as function words ([0]) and as any word ([1]).
    private int[][] counts(List<String> words) {
        int[][] counts = new int[2][codes.size()];
        for (String word : words) {
            long mask = masks.getOrDefault(word, 0L);
            count((int) mask, counts[0]);
            count((int) (mask >>> Integer.SIZE), counts[1]);
        }
        return counts;
    }

    private static void count(int mask, int[] counts) {
        for (int k = 0; mask != 0; k++, mask >>>= 1) {
            counts[k] += mask & 1;
        }
    }

    private Map<String, Integer> byCode(int[] counts) {
        Map<String, Integer> hits = new HashMap<>();
        for (int k = 0; k < codes.size(); k++) {
            hits.put(codes.get(k), counts[k]);
        }
        return hits;
    }


    static String displayName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /**
     * The n-gram detector, built on first use: reading its 39 profiles takes a few hundred
     * milliseconds that a line with clear function words never pays. Immutable once built, so shared.
     */
    private static final class Detector {
        private static final LanguageDetector DETECTOR = build();
        private static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingShortCleanText();

        static List<DetectedLanguage> probabilities(String text) {
            return DETECTOR.getProbabilities(TEXT.forText(text));
        }

        private static LanguageDetector build() {
            try {
                List<LdLocale> locales = new ArrayList<>();
                LATIN_PROFILES.forEach(code -> locales.add(LdLocale.fromString(code)));
                List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(locales);
                return LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
            } catch (IOException e) {
                throw new UncheckedIOException("the language profiles bundled with Tact cannot be read", e);
            }
        }
    }
}
