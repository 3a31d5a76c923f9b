package dev.tact.report;

/**
 * One decision in a line's printed history.
 *
 * @param id        the decision's sequence number in the trail
 * @param version   the line version it was made on
 * @param verdict   approve, reject or changes
 * @param meaning   what the verdict means for the line, in words
 * @param reviewer  the reviewer's name as printed
 * @param decidedAt when, to the second with its zone ("2026-11-28 09:00:00 UTC")
 * @param reason    the reason given, empty when none
 * @param override  whether it approved a line above the policy's bar
 */
public record SignOffDecision(long id, int version, String verdict, String meaning, String reviewer,
                              String decidedAt, String reason, boolean override) {
}
