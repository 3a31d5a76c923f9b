package dev.tact.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.LanguagePack;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
    private static final String[] WORDS = {"the", "gym", "new", "york", "city", "late", "at", "night", "you", "x"};

    @Test
    void findsTheLongestPhraseWithEveryGroupItSitsIn() {
        PhraseIndex index = new PhraseIndex();
        index.add("New York", "place", 0.4, "city");
        index.add("new york city", "place", 0.5, "city");
        index.add("New York City", "title", 0.2, "");
        index.add("new", "adjective", 0.1, "");
        List<Token> tokens = Tokenizer.tokenize("in New York City at night");

        PhraseIndex.Match match = index.longestAt(tokens, 1);

        assertThat(match.length()).isEqualTo(3);
        assertThat(match.entries()).extracting(PhraseIndex.Entry::group).containsExactly("place", "title");
        assertThat(index.longestAt(tokens, 0)).isNull();
        assertThat(index.longestAt(Tokenizer.tokenize("New York"), 0).entries()).singleElement()
            .extracting(PhraseIndex.Entry::weight).isEqualTo(0.4);
        assertThat(index.longestAt(Tokenizer.tokenize("new"), 0).length()).isEqualTo(1);
    }

    @Test
    void answersAsTheListOfPhrasesByFirstWordDidOnRandomLexicons() {
        SplittableRandom random = new SplittableRandom(34);
        for (int round = 0; round < 300; round++) {
            PhraseIndex index = new PhraseIndex();
            List<String[]> phrases = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            for (int p = random.nextInt(1, 25); p > 0; p--) {
                String phrase = randomWords(random, random.nextInt(1, 4));
                String group = "g" + random.nextInt(3);
                index.add(phrase, group, 1, "");
                phrases.add(phrase.split(" "));
                groups.add(group);
            }
            List<Token> tokens = Tokenizer.tokenize(randomWords(random, random.nextInt(1, 9)));
            for (int at = 0; at < tokens.size(); at++) {
                PhraseIndex.Match match = index.longestAt(tokens, at);
                List<String> expected = reference(phrases, groups, tokens, at);
                assertThat(match == null ? List.of() : match.entries().stream().map(PhraseIndex.Entry::group).toList())
                    .as("round %d at %d", round, at).isEqualTo(expected.subList(Math.min(1, expected.size()),
                        expected.size()));
                assertThat(match == null ? 0 : match.length()).isEqualTo(expected.isEmpty() ? 0
                    : Integer.parseInt(expected.get(0)));
            }
        }
    }

    @Test
    void theBundledEnglishLexiconsFindWhatTheyFoundBefore() {
        LanguagePack english = PolicyCodec.defaults().languages().get("en");
        PhraseIndex index = new PhraseIndex();
        List<String[]> phrases = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        english.lexicon().forEach((group, terms) -> terms.forEach(term -> {
            index.add(term.phrase(), group, term.weight(), term.category());
            String[] words = Tokenizer.tokenize(term.phrase()).stream().map(Token::lower).toArray(String[]::new);
            if (words.length > 0) {
                phrases.add(words);
                groups.add(group);
            }
        }));
        List<Token> tokens = Tokenizer.tokenize("To the 53 people in New York who go to the gym late at night "
            + "while pregnant: we noticed your therapy sessions, and the lonely hearts playlist on a school night.");
        for (int at = 0; at < tokens.size(); at++) {
            PhraseIndex.Match match = index.longestAt(tokens, at);
            List<String> expected = reference(phrases, groups, tokens, at);
            assertThat(match == null ? List.of() : match.entries().stream().map(PhraseIndex.Entry::group).toList())
                .as("at %d", at).isEqualTo(expected.subList(Math.min(1, expected.size()), expected.size()));
        }
    }

    // The former lookup: every phrase with the token's word first, compared word by word; the longest
    // wins and keeps every group of that length in the order added. Returns its length, then its groups.
    private static List<String> reference(List<String[]> phrases, List<String> groups, List<Token> tokens, int at) {
        int best = 0;
        List<String> found = new ArrayList<>();
        for (int p = 0; p < phrases.size(); p++) {
            String[] words = phrases.get(p);
            if (words.length < best || !words[0].equals(tokens.get(at).lower()) || !matches(tokens, at, words)) {
                continue;
            }
            if (words.length > best) {
                best = words.length;
                found.clear();
            }
            found.add(groups.get(p));
        }
        List<String> answer = new ArrayList<>();
        if (best > 0) {
            answer.add(Integer.toString(best));
            answer.addAll(found);
        }
        return answer;
    }

    private static boolean matches(List<Token> tokens, int at, String[] words) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(at + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static String randomWords(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
