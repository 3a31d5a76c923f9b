package dev.tact.core;

import java.util.Locale;

/**
 * How a line stands against the policy: {@code high} needs an override to approve.
 * {@code unassessed} is a line Tact cannot read (its language is not one the policy covers): it
 * needs a person, sorts with {@code high} in the queue, needs a written reason to approve and
 * fails the default {@code --fail-on high} gate. Declared last so that "at least high" includes it.
 */
public enum Band {
    LOW, MEDIUM, HIGH, UNASSESSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether approving a line in this band needs a written reason: high risk, or not assessed at all. */
    public boolean needsOverride() {
        return this == HIGH || this == UNASSESSED;
    }

    public static Band fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
