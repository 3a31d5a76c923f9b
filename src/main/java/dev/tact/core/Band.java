package dev.tact.core;

import java.util.Locale;

/** How a line stands against the policy: {@code high} needs an override to approve. */
public enum Band {
    LOW, MEDIUM, HIGH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Band fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
