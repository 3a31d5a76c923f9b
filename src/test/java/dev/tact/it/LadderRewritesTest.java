package dev.tact.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Assessment;
import dev.tact.core.CohortLookup;
import dev.tact.core.ReviewItem;
import dev.tact.core.Stat;
import dev.tact.score.Assessor;
import dev.tact.score.CorpusCase;
import dev.tact.score.Ladder;
import dev.tact.score.PolicyCodec;
import dev.tact.score.Suggestion;
import dev.tact.store.db.Database;
import dev.tact.store.db.DemoData;
import dev.tact.store.stats.Generalizations;
import dev.tact.store.lines.ReviewItemRepository;
import dev.tact.store.stats.StatLookup;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * Every rewrite the ladder offers for the bundled corpus (text ladder) and the demo deck (stats
 * lattice, on each channel) is grammatical by LanguageTool — no error the original line did not
 * already have — true to the data, and strictly lower in band than the line.
 */
class LadderRewritesTest {
    private static final Assessor ASSESSOR = new Assessor(PolicyCodec.defaults());
    private static final Ladder LADDER = new Ladder(ASSESSOR);
    private static final List<String> CHANNELS = List.of("email", "social", "billboard");
    private static JLanguageTool grammar;

    @TempDir
    static Path dir;

    /** A suggestion and the line it came from. */
    private record Rewrite(String original, Assessment assessed, Suggestion suggestion) {
        @Override
        public String toString() {
            return "\"" + original + "\" → \"" + suggestion.text() + "\"";
        }
    }

    @BeforeAll
    static void grammarChecker() {
        grammar = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
    }

    private static List<Rewrite> corpusRewrites() {
        List<Rewrite> rewrites = new ArrayList<>();
        for (CorpusCase line : CorpusCase.bundled()) {
            if (line.lang().equals("en")) {
                Assessment original = ASSESSOR.assess(line.text(), List.of(), CohortLookup.NONE, "");
                LADDER.suggest(line.text(), original, stat -> List.of(), "")
                    .forEach(suggestion -> rewrites.add(new Rewrite(line.text(), original, suggestion)));
            }
        }
        return rewrites;
    }

    private static List<Rewrite> deckRewrites() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
        Database database = DemoData.open(dir.resolve("demo.db"), true, clock, "tester");
        List<ReviewItem> items = new ReviewItemRepository(database).page(0, 1_000).items();
        Function<Stat, List<Stat>> lattice = stat -> Generalizations.of(database, stat);
        List<Rewrite> rewrites = new ArrayList<>();
        try (StatLookup lookup = StatLookup.open(database)) {
            for (ReviewItem item : items) {
                for (String channel : CHANNELS) {
                    String text = item.line().text();
                    Assessment original = ASSESSOR.assess(text, item.cited(), lookup, channel);
                    LADDER.suggest(text, original, lattice, channel)
                        .forEach(suggestion -> rewrites.add(new Rewrite(text, original, suggestion)));
                }
            }
        }
        return rewrites;
    }

    // An error is new when the original line did not have the same rule fire on the same words:
    // a brand name the speller does not know is the original's, not the ladder's.
    private static List<String> newGrammarErrors(Rewrite rewrite) throws IOException {
        Set<String> before = grammar.check(rewrite.original()).stream()
            .map(match -> key(match, rewrite.original())).collect(Collectors.toSet());
        String text = rewrite.suggestion().text();
        return grammar.check(text).stream().filter(match -> !before.contains(key(match, text)))
            .map(match -> match.getRule().getId() + " at \"" + text.substring(match.getFromPos(), match.getToPos())
                + "\": " + match.getMessage() + " in " + rewrite)
            .toList();
    }

    private static String key(RuleMatch match, String text) {
        return match.getRule().getId() + "|" + text.substring(match.getFromPos(), match.getToPos()).toLowerCase();
    }

    @Test
    void everyRewriteIsGrammaticalTrueAndLower() throws IOException {
        List<Rewrite> rewrites = new ArrayList<>(corpusRewrites());
        rewrites.addAll(deckRewrites());
        List<String> errors = new ArrayList<>();
        for (Rewrite rewrite : rewrites) {
            errors.addAll(newGrammarErrors(rewrite));
        }

        assertThat(rewrites).hasSizeGreaterThan(100);
        assertThat(errors).isEmpty();
        assertThat(rewrites).allSatisfy(rewrite -> {
            Suggestion suggestion = rewrite.suggestion();
            assertThat(suggestion.text()).as("%s", rewrite).isNotEqualToIgnoringCase(rewrite.original());
            assertThat(suggestion.assessment().band().ordinal()).as("%s", rewrite)
                .isLessThan(rewrite.assessed().band().ordinal());
            assertThat(suggestion.assessment().reasons()).as("%s", rewrite)
                .noneMatch(reason -> reason.startsWith("claim not backed"));
        });
    }
}
