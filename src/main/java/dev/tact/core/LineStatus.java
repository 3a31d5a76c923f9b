package dev.tact.core;

import java.util.Locale;

/** Where a copy line stands in review: draft → pending → approved | rejected | changes requested. */
public enum LineStatus {
    DRAFT,
    PENDING,
    APPROVED,
    REJECTED,
    CHANGES_REQUESTED;

    /** The stored form, e.g. {@code changes_requested}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The form a person reads, e.g. {@code Changes requested}. */
    public String label() {
        String words = code().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static LineStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
