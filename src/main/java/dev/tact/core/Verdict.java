package dev.tact.core;

import java.util.Locale;

/** What a reviewer decides about a line. */
public enum Verdict {
    APPROVE(LineStatus.APPROVED),
    REJECT(LineStatus.REJECTED),
    CHANGES(LineStatus.CHANGES_REQUESTED);

    private final LineStatus status;

    Verdict(LineStatus status) {
        this.status = status;
    }

    /** The status a line takes after this verdict. */
    public LineStatus status() {
        return status;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
