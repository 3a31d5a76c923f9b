package dev.tact.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the assessment counts and where the bands start: cohort floors and score thresholds
 * (per channel where reach differs), the factor weights, and the lexicons of phrases it looks for.
 *
 * @param name       the preset in force, e.g. {@code platform-floor}
 * @param version    the stored version, 0 for a policy read from a file or the bundled default
 * @param defaults   floors and thresholds for a line without a known channel
 * @param channels   floors and thresholds by channel name (lower case)
 * @param sensitiveAlwaysHigh whether any sensitive span makes a line {@code high}
 * @param weights    term weights of the score, by name, each in [0, 1]
 * @param languages  the languages the policy covers, by ISO 639-1 code; a line in any other language is
 *                   {@link Band#UNASSESSED}. Each pack's lexicon already includes the shared gazetteer.
 * @param channelAliases other names for the channels ("instagram" → "social"), lower case; a channel
 *                   neither in {@code channels} nor here is unknown and is refused, never given the default
 * @param routes     the approval route per channel: the roles that must each approve a line's version
 *                   (by different reviewers) before it is approved; key {@link #DEFAULT_ROUTE} for channels
 *                   without their own; an empty route means one approval by any reviewer
 */
public record Policy(String name, int version, Thresholds defaults, Map<String, Thresholds> channels,
                     boolean sensitiveAlwaysHigh, Map<String, Double> weights, Map<String, LanguagePack> languages,
                     Map<String, String> channelAliases, Map<String, List<Role>> routes) {
    /** The routes key for channels without a route of their own. */
    public static final String DEFAULT_ROUTE = "default";

    /**
     * @param minCohort a cohort under this many people makes a line {@code high}
     * @param medium    score (0–100) from which a line is {@code medium}
     * @param high      score (0–100) from which a line is {@code high}
     */
    public record Thresholds(long minCohort, int medium, int high) {
        public Thresholds {
            if (minCohort < 1) {
                throw new IllegalArgumentException("minCohort must be >= 1: " + minCohort);
            }
            if (medium < 0 || high > 100 || medium > high) {
                throw new IllegalArgumentException("thresholds must satisfy 0 <= medium <= high <= 100: "
                    + medium + ", " + high);
            }
        }
    }

    /**
     * A phrase the assessment looks for.
     *
     * @param phrase   lower-case words, matched on word boundaries
     * @param weight   in [0, 1]
     * @param category finer class (e.g. {@code health}), empty when none
     */
    public record Term(String phrase, double weight, String category) {
        public Term {
            if (phrase == null || phrase.isBlank()) {
                throw new IllegalArgumentException("a term needs a phrase");
            }
            if (!(weight >= 0 && weight <= 1)) {
                throw new IllegalArgumentException("term weight must be in [0, 1]: " + phrase + " = " + weight);
            }
            phrase = phrase.strip().toLowerCase(Locale.ROOT);
            category = category == null ? "" : category;
        }
    }

    public Policy {
        channels = Map.copyOf(channels);
        weights = Map.copyOf(weights);
        weights.forEach((key, value) -> {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("weight must be in [0, 1]: " + key + " = " + value);
            }
        });
        languages = Map.copyOf(languages);
        channelAliases = Map.copyOf(channelAliases);
        for (Map.Entry<String, String> alias : channelAliases.entrySet()) {
            if (!channels.containsKey(alias.getValue())) {
                throw new IllegalArgumentException("channel alias " + alias.getKey() + " names no channel: "
                    + alias.getValue());
            }
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a policy covers at least one language");
        }
        routes = routes.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
            entry -> List.copyOf(entry.getValue())));
        for (Map.Entry<String, List<Role>> route : routes.entrySet()) {
            if (!route.getKey().equals(DEFAULT_ROUTE) && !channels.containsKey(route.getKey())) {
                throw new IllegalArgumentException("the route for " + route.getKey() + " names no channel");
            }
            if (route.getValue().size() != new java.util.HashSet<>(route.getValue()).size()) {
                throw new IllegalArgumentException("the route for " + route.getKey() + " names a role twice");
            }
        }
    }

    /** The roles that must approve a line on this channel (name or alias), in order; empty: any one approval. */
    public List<Role> route(String channel) {
        return canonicalChannel(channel).filter(routes::containsKey).map(routes::get)
            .orElseGet(() -> routes.getOrDefault(DEFAULT_ROUTE, List.of()));
    }

    /** The covered languages' codes, sorted. */
    public List<String> covered() {
        return languages.keySet().stream().sorted().toList();
    }

    /**
     * The thresholds for a channel (by name or alias); the defaults for an empty channel, and — so
     * a stored line with an unknown channel can still be shown — for an unknown one, which
     * {@link #knowsChannel} tells apart and the assessment names in its reasons.
     */
    public Thresholds thresholds(String channel) {
        return canonicalChannel(channel).map(channels::get).orElse(defaults);
    }

    /** Whether a channel is empty (the defaults) or a channel or alias of this policy. */
    public boolean knowsChannel(String channel) {
        return channel == null || channel.isBlank() || canonicalChannel(channel).isPresent();
    }

    /** The channel a name or alias stands for, lower case; empty when unknown or blank. */
    public Optional<String> canonicalChannel(String channel) {
        if (channel == null || channel.isBlank()) {
            return Optional.empty();
        }
        String key = channel.strip().toLowerCase(Locale.ROOT);
        return channels.containsKey(key) ? Optional.of(key) : Optional.ofNullable(channelAliases.get(key));
    }

    /** The channels, sorted; with the count of aliases, as one phrase for messages ("billboard, email, … or one of 17 aliases"). */
    public String knownChannels() {
        String channelList = String.join(", ", new java.util.TreeSet<>(channels.keySet()));
        return channelAliases.isEmpty() ? channelList
            : channelList + ", or one of " + channelAliases.size() + " aliases (tact policy show)";
    }

    /** A term weight of the score; unknown names are a programming error. */
    public double weight(String key) {
        Double value = weights.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the policy has no weight " + key);
        }
        return value;
    }


    public Policy withVersion(int storedVersion) {
        return new Policy(name, storedVersion, defaults, channels, sensitiveAlwaysHigh, weights, languages,
            channelAliases, routes);
    }
}
