package dev.tact.core;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a line's current version stands on its approval route: which roles have approved it, by
 * whom (in any order). Only approvals since the version's last rejection or request for changes count, each
 * reviewer signs one step (four eyes across the route), and the line is approved once every role
 * has signed; an empty route is complete with one approval.
 *
 * @param route  the roles required, in order
 * @param signed the roles signed so far, each with the reviewer who signed it, in signing order
 * @param approvals how many approvals count (for an empty route)
 */
public record RouteProgress(List<Role> route, Map<Role, String> signed, int approvals) {

    public RouteProgress {
        route = List.copyOf(route);
        signed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(signed));
    }

    /**
     * @param decisions the line's decisions, oldest first
     * @param version   the line's current version
     */
    public static RouteProgress of(List<Role> route, List<Decision> decisions, int version) {
        Map<Role, String> signed = new LinkedHashMap<>();
        int approvals = 0;
        for (Decision decision : decisions) {
            if (decision.lineVersion() != version) {
                continue;
            }
            if (decision.verdict() != Verdict.APPROVE) {
                signed.clear();
                approvals = 0;
                continue;
            }
            approvals++;
            if (!decision.role().isEmpty()) {
                signed.putIfAbsent(Role.fromCode(decision.role()), decision.reviewer());
            }
        }
        return new RouteProgress(route, signed, approvals);
    }

    /** The route as stored with a decision: roles comma-separated. */
    public static List<Role> parse(String route) {
        return route.isBlank() ? List.of() : Arrays.stream(route.split(",")).map(Role::fromCode).toList();
    }

    public static String text(List<Role> route) {
        return route.stream().map(Role::code).collect(Collectors.joining(","));
    }

    public boolean complete() {
        return route.isEmpty() ? approvals > 0 : signed.keySet().containsAll(route);
    }

    /**
     * The step a reviewer signs by approving now: the first role of the route not yet signed that
     * they hold; empty when the route names no role.
     *
     * @throws DecisionRefusedException when they already signed a step, or hold none of the roles left
     */
    public Optional<Role> stepFor(String reviewer, Set<Role> roles, String channel) {
        if (route.isEmpty()) {
            return Optional.empty();
        }
        if (signed.containsValue(reviewer)) {
            throw new DecisionRefusedException(reviewer + " already approved this version as " + roleOf(reviewer)
                + ": the route for " + channelName(channel) + " needs another reviewer for " + missingText() + ".");
        }
        return Optional.of(route.stream().filter(role -> !signed.containsKey(role) && roles.contains(role))
            .findFirst().orElseThrow(() -> new DecisionRefusedException("Approving " + article(channelName(channel)) + " " + channelName(channel)
                + " line takes " + text(route).replace(",", " and ") + "; still to sign: " + missingText()
                + ", and you are " + (roles.isEmpty() ? "no role" : roles.stream().map(Role::code).sorted()
                .collect(Collectors.joining(", "))) + ".")));
    }

    /** "brand ✓ ana · legal: to sign", for the desk and the report. */
    public String describe() {
        if (route.isEmpty()) {
            return approvals > 0 ? "one approval: done" : "one approval by any reviewer";
        }
        return route.stream().map(role -> signed.containsKey(role) ? role.code() + " ✓ " + signed.get(role)
            : role.code() + ": to sign").collect(Collectors.joining(" · "));
    }

    private String missingText() {
        return route.stream().filter(role -> !signed.containsKey(role)).map(Role::code)
            .collect(Collectors.joining(", "));
    }

    private String roleOf(String reviewer) {
        return signed.entrySet().stream().filter(entry -> entry.getValue().equals(reviewer)).map(e -> e.getKey().code())
            .findFirst().orElse("");
    }

    private static String channelName(String channel) {
        return channel == null || channel.isBlank() ? "lines without a channel" : channel;
    }

    private static String article(String word) {
        return !word.isEmpty() && "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
