package dev.tact.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.core.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a policy document (JSON; {@code resources/policy/default.json} is the default) and
 * applies one of its presets: a preset overrides the thresholds, channels and
 * {@code sensitiveAlwaysHigh} of the base document.
 */
public final class PolicyCodec {
    public static final String DEFAULT_RESOURCE = "/policy/default.json";
    // A key given twice is refused rather than silently taking the last value.
    private static final com.fasterxml.jackson.core.JsonFactory JSON = com.fasterxml.jackson.core.JsonFactory.builder()
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final java.util.Set<String> ROOT_KEYS = java.util.Set.of("name", "description", "thresholds",
        "channels", "channelAliases", "sensitiveAlwaysHigh", "weights", "peopleNouns", "lexicon", "languages",
        "presets", "routes");
    private static final java.util.Set<String> PRESET_KEYS = java.util.Set.of("description", "thresholds",
        "channels", "sensitiveAlwaysHigh");
    private static final java.util.Set<String> THRESHOLD_KEYS = java.util.Set.of("minCohort", "medium", "high");
    private static final List<String> WEIGHTS = List.of("cohort", "cohortSpecificity", "specificity", "sensitive",
        "sensitiveTargeted", "address", "addressedCohort", "tone", "toneTargeted");

    private PolicyCodec() {
    }

    /** The bundled default document, as text. */
    public static String defaultDocument() {
        return new String(defaultBytes(), StandardCharsets.UTF_8);
    }

    private static byte[] defaultBytes() {
        try (InputStream in = PolicyCodec.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled policy " + DEFAULT_RESOURCE + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("the bundled policy cannot be read", e);
        }
    }

    /**
     * The bundled default policy with its default preset: {@code read(defaultDocument(), null)}, parsed
     * from the document's UTF-8 bytes rather than from a string of them (decoding the 414 KB into a
     * string first was a fifth of the reading, on a one-line {@code tact score}'s critical path).
     *
     * @throws IllegalStateException when the bundled document is missing or unreadable
     */
    public static Policy defaults() {
        return read(parseRoot(JSON_CREATE_BYTES, defaultBytes()), null, PolicyCodec::defaultDocument);
    }

    /**
     * @param document a policy document
     * @param preset   the preset to apply, or null for the document's own name
     * @throws PolicyException when the document is not valid JSON, lacks a part, or names no such preset
     */
    public static Policy read(String document, String preset) {
        return read(parse(document), preset, () -> document);
    }

    private static Policy read(JsonNode root, String preset, java.util.function.Supplier<String> document) {
        String name = preset == null ? text(root, "name") : preset;
        JsonNode presetNode = root.path("presets").path(name);
        if (presetNode.isMissingNode() && !name.equals(text(root, "name"))) {
            throw new PolicyException("no preset \"" + name + "\": the policy has " + presetNames(document.get()));
        }
        onlyKnownKeys(root, "", ROOT_KEYS);
        root.path("presets").fields().forEachRemaining(entry -> onlyKnownKeys(entry.getValue(),
            "presets." + entry.getKey(), PRESET_KEYS));
        String presetPath = "presets." + name + ".";
        try {
            Policy.Thresholds defaults = presetNode.has("thresholds")
                ? thresholds(presetNode.get("thresholds"), presetPath + "thresholds")
                : thresholds(root.path("thresholds"), "thresholds");
            return new Policy(name, 0, defaults, channels(root, presetNode, presetPath, defaults),
                presetNode.has("sensitiveAlwaysHigh") ? flag(presetNode, presetPath + "sensitiveAlwaysHigh")
                    : flag(root, "sensitiveAlwaysHigh"),
                weights(root.path("weights")),
                LanguagePacks.read(root.has("languages") ? root.get("languages") : bundledLanguages(), root),
                aliases(root.path("channelAliases")), routes(root.path("routes")));
        } catch (IllegalArgumentException e) {
            throw new PolicyException("invalid policy: " + e.getMessage(), e);
        }
    }

    /**
     * A copy of the document with a preset made the one in force and its default thresholds
     * changed; everything else is kept as it was.
     */
    public static String withDefaults(String document, String preset, Policy.Thresholds thresholds) {
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
            parse(document);
        String base = text(root, "name");
        com.fasterxml.jackson.databind.node.ObjectNode target = preset.equals(base) ? root
            : (com.fasterxml.jackson.databind.node.ObjectNode) root.path("presets").path(preset);
        if (target.isMissingNode()) {
            throw new PolicyException("no preset \"" + preset + "\"");
        }
        com.fasterxml.jackson.databind.node.ObjectNode values = target.putObject("thresholds");
        values.put("minCohort", thresholds.minCohort());
        values.put("medium", thresholds.medium());
        values.put("high", thresholds.high());
        root.put("name", preset);
        if (!preset.equals(base) && !root.path("presets").has(base)) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) root.path("presets")).putObject(base);
        }
        try {
            String written = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
            read(written, preset);
            return written;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a policy tree always serializes", e);
        }
    }

    /** The preset names a document offers, its own name first. */
    public static List<String> presetNames(String document) {
        JsonNode root = parse(document);
        List<String> names = new ArrayList<>();
        names.add(text(root, "name"));
        root.path("presets").fieldNames().forEachRemaining(n -> {
            if (!names.contains(n)) {
                names.add(n);
            }
        });
        return names;
    }

    // A policy stored before languages were per-language documents keeps its own lexicon for English
    // and takes the bundled packs for the other languages.
    private static JsonNode bundledLanguages() {
        return parse(defaultDocument()).path("languages");
    }

    static JsonNode parse(String document) {
        if (document.indexOf('\u0000') >= 0) {
            throw new PolicyException(PolicyText.UTF_16);
        }
        // Windows editors save UTF-8 with a byte order mark; it carries no meaning, so it is dropped.
        String text = document.startsWith("\uFEFF") ? document.substring(1) : document;
        return parseRoot(JSON_CREATE_TEXT, text);
    }

    private interface ParserSource<T> {
        com.fasterxml.jackson.core.JsonParser open(T input) throws IOException;
    }

    private static final ParserSource<String> JSON_CREATE_TEXT = JSON::createParser;
    private static final ParserSource<byte[]> JSON_CREATE_BYTES = JSON::createParser;

    private static <T> JsonNode parseRoot(ParserSource<T> source, T input) {
        try (com.fasterxml.jackson.core.JsonParser parser = source.open(input)) {
            JsonNode root = JsonTreeReader.read(parser);
            if (root == null || !root.isObject()) {
                throw new PolicyException("a policy is a JSON object");
            }
            refuseTrailingText(parser);
            return root;
        } catch (JsonProcessingException e) {
            throw new PolicyException("not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new PolicyException("the policy cannot be read: " + e.getMessage(), e);
        }
    }

    // Jackson stops after the first value: "{…}x" or two documents one after the other would be
    // read as the first alone.
    private static void refuseTrailingText(com.fasterxml.jackson.core.JsonParser parser) throws IOException {
        com.fasterxml.jackson.core.JsonLocation after = parser.currentLocation();
        boolean more;
        try {
            more = parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            more = true;
        }
        if (more) {
            throw new PolicyException("not valid JSON at line " + after.getLineNr() + ", column "
                + after.getColumnNr() + ": text after the end of the policy document (a policy is one JSON"
                + " object; remove what follows its closing brace)");
        }
    }

    // A mistyped key ("sensitiveAlwaysHihg") would otherwise be ignored and the default used.
    private static void onlyKnownKeys(JsonNode node, String path, java.util.Set<String> known) {
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                throw new PolicyException((path.isEmpty() ? "" : path + ".") + key + ": unknown key"
                    + PolicyText.didYouMean(key, known).replace("; did", ": did") + " (the keys here are " + new java.util.TreeSet<>(known) + ")");
            }
        });
    }

    // "true", 1 or "false" are not a yes or no: only JSON true and false are.
    private static boolean flag(JsonNode node, String path) {
        JsonNode value = node.get(path.substring(path.lastIndexOf('.') + 1));
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new PolicyException(path + " must be true or false" + (value.isTextual() ? " written without"
                + " quotes" : "") + ", found " + value);
        }
        return value.booleanValue();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new PolicyException("missing \"" + field + "\" (a string)");
        }
        return value.asText();
    }

    private static Policy.Thresholds thresholds(JsonNode node, String path) {
        if (node.isMissingNode()) {
            throw new PolicyException("missing \"" + path + "\": thresholds need minCohort, medium and high");
        }
        if (!node.isObject() || !node.has("minCohort") || !node.has("medium") || !node.has("high")) {
            throw new PolicyException(path + ": thresholds need minCohort, medium and high, found " + node);
        }
        onlyKnownKeys(node, path, THRESHOLD_KEYS);
        try {
            return new Policy.Thresholds(whole(node, path, "minCohort", 1, Integer.MAX_VALUE),
                (int) whole(node, path, "medium", 0, 100), (int) whole(node, path, "high", 0, 100));
        } catch (IllegalArgumentException e) {
            throw new PolicyException(path + ": " + e.getMessage(), e);
        }
    }

    // "100", true, 2.5 or 2^32+100 are not a threshold: a number written as a whole number in range.
    private static long whole(JsonNode node, String path, String field, long min, long max) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()
            || value.asLong() < min || value.asLong() > max) {
            throw new PolicyException(path + "." + field + " must be a whole number from " + min + " to " + max
                + (value != null && value.isTextual() ? " written without quotes" : "") + ", found " + value);
        }
        return value.asLong();
    }

    // A preset that lists fewer channels (official-statistics lists none) still knows every channel
    // of the document: the ones it does not list take its default thresholds.
    private static Map<String, Policy.Thresholds> channels(JsonNode root, JsonNode preset, String presetPath,
                                                           Policy.Thresholds defaults) {
        Map<String, Policy.Thresholds> base = channels(root.path("channels"), "channels");
        if (!preset.has("channels")) {
            return base;
        }
        Map<String, Policy.Thresholds> own = channels(preset.get("channels"), presetPath + "channels");
        Map<String, Policy.Thresholds> all = new LinkedHashMap<>();
        base.keySet().forEach(channel -> all.put(channel, own.getOrDefault(channel, defaults)));
        all.putAll(own);
        return all;
    }

    // "routes": {"default": ["brand"], "billboard": ["brand", "legal"]}: the roles that must approve.
    private static Map<String, List<dev.tact.core.Role>> routes(JsonNode node) {
        Map<String, List<dev.tact.core.Role>> routes = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isArray()) {
                throw new IllegalArgumentException("routes." + entry.getKey() + " must be a list of roles");
            }
            List<dev.tact.core.Role> roles = new java.util.ArrayList<>();
            entry.getValue().forEach(role -> {
                if (!role.isTextual()) {
                    throw new IllegalArgumentException("routes." + entry.getKey() + " must list role names");
                }
                roles.add(dev.tact.core.Role.fromCode(role.asText()));
            });
            routes.put(entry.getKey(), roles);
        });
        return routes;
    }

    // Channel keys are matched as written in lower case: "Email" would be a second, unreachable email.
    private static Map<String, Policy.Thresholds> channels(JsonNode node, String path) {
        Map<String, Policy.Thresholds> channels = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            if (!key.equals(key.strip().toLowerCase(Locale.ROOT))) {
                throw new PolicyException(path + ".\"" + key + "\": a channel key is lower case without spaces"
                    + " around it; write \"" + key.strip().toLowerCase(Locale.ROOT) + "\"");
            }
            channels.put(key, thresholds(entry.getValue(), path + "." + key));
        });
        return channels;
    }

    private static Map<String, String> aliases(JsonNode node) {
        Map<String, String> aliases = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual()) {
                throw new PolicyException("channelAliases." + entry.getKey() + " must name a channel (a string)");
            }
            aliases.put(entry.getKey().strip().toLowerCase(Locale.ROOT), entry.getValue().asText().strip()
                .toLowerCase(Locale.ROOT));
        });
        return aliases;
    }

    private static Map<String, Double> weights(JsonNode node) {
        Map<String, Double> weights = new HashMap<>();
        onlyKnownKeys(node, "weights", new java.util.HashSet<>(WEIGHTS));
        for (String key : WEIGHTS) {
            if (!node.has(key)) {
                throw new PolicyException("missing weight \"" + key + "\" (a number in [0, 1])");
            }
            if (!node.get(key).isNumber()) {
                throw new PolicyException("weights." + key + " must be a number in [0, 1]" + (node.get(key).isTextual()
                    ? " written without quotes" : "") + ", found " + node.get(key));
            }
            weights.put(key, node.get(key).asDouble());
        }
        return weights;
    }

    static Map<String, List<Policy.Term>> lexicon(JsonNode node) {
        Map<String, List<Policy.Term>> lexicon = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> groups = node.fields(); groups.hasNext(); ) {
            Map.Entry<String, JsonNode> group = groups.next();
            List<Policy.Term> terms = new ArrayList<>();
            if (!group.getValue().isArray()) {
                throw new PolicyException("lexicon." + group.getKey() + " must be a list of {weight, phrases}");
            }
            for (JsonNode entry : group.getValue()) {
                if (!entry.path("weight").isNumber() || !entry.path("phrases").isArray()) {
                    throw new PolicyException("lexicon." + group.getKey() + ": each entry needs a numeric weight and"
                        + " a list of phrases, found " + abbreviated(entry));
                }
                double weight = entry.path("weight").asDouble(Double.NaN);
                String category = entry.path("category").asText("");
                for (String phrase : strings(entry.path("phrases"))) {
                    terms.add(new Policy.Term(phrase, weight, category));
                }
            }
            lexicon.put(group.getKey(), terms);
        }
        return lexicon;
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asText()));
        return values;
    }
}
