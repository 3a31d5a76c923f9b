package dev.tact.score;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tact.core.LanguagePack;
import dev.tact.core.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code languages} part of a policy document into {@link LanguagePack}s. A pack without
 * its own {@code lexicon} or {@code peopleNouns} uses the document's top-level ones (English); every
 * pack gets the top-level {@code place} group, the gazetteer of names every language shares.
 */
final class LanguagePacks {
    private static final String SHARED_GROUP = "place";

    private LanguagePacks() {
    }

    static Map<String, LanguagePack> read(JsonNode languages, JsonNode root) {
        if (!languages.isObject() || languages.isEmpty()) {
            throw new PolicyException("\"languages\" must be an object of language packs by ISO 639-1 code");
        }
        Map<String, List<Policy.Term>> topLexicon = PolicyCodec.lexicon(root.path("lexicon"));
        List<String> topNouns = PolicyCodec.strings(root.path("peopleNouns"));
        Map<String, LanguagePack> packs = new LinkedHashMap<>();
        languages.fields().forEachRemaining(entry -> packs.put(entry.getKey(),
            pack(entry.getKey(), entry.getValue(), topLexicon, topNouns)));
        return packs;
    }

    private static LanguagePack pack(String code, JsonNode node, Map<String, List<Policy.Term>> topLexicon,
                                     List<String> topNouns) {
        Map<String, List<Policy.Term>> lexicon = new HashMap<>(node.has("lexicon")
            ? PolicyCodec.lexicon(node.get("lexicon")) : topLexicon);
        if (node.has("lexicon")) {
            List<Policy.Term> places = new ArrayList<>(lexicon.getOrDefault(SHARED_GROUP, List.of()));
            places.addAll(topLexicon.getOrDefault(SHARED_GROUP, List.of()));
            lexicon.put(SHARED_GROUP, places);
        }
        List<String> nouns = node.has("peopleNouns") ? PolicyCodec.strings(node.get("peopleNouns")) : topNouns;
        Map<String, List<String>> words = new HashMap<>();
        node.path("words").fields().forEachRemaining(entry -> words.put(entry.getKey(),
            PolicyCodec.strings(entry.getValue()).stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).toList()));
        try {
            return new LanguagePack(code, node.path("name").asText(code), lexicon,
                nouns.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList(), words,
                numbers(node.path("numberWords")), numbers(node.path("multipliers")),
                node.path("commaDecimal").asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw new PolicyException("language " + code + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> numbers(JsonNode node) {
        Map<String, Long> values = new HashMap<>();
        node.fields().forEachRemaining(entry -> {
            if (!entry.getValue().canConvertToLong() || entry.getValue().asLong() < 0) {
                throw new PolicyException("number word \"" + entry.getKey() + "\" needs a whole number >= 0");
            }
            values.put(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue().asLong());
        });
        return values;
    }
}
