package dev.tact.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a reviewer may do: write copy, approve as brand or as legal, enrol and revoke reviewers. */
public enum Role {
    WRITER, BRAND, LEGAL, ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the roles there are */
    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role \"" + code + "\": expected one of "
            + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", ")));
    }
}
