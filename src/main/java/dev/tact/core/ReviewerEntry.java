package dev.tact.core;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One entry of the reviewer registry, append-only: a reviewer enrolled (name, display name, roles,
 * public key) or revoked, signed by the admin who made it. The first entry of a database is its
 * first admin enrolling themself (trust on first use).
 *
 * @param id          1-based position in the registry
 * @param kind        {@code enrol} or {@code revoke}
 * @param fingerprint the enrolled or revoked key's {@link Signatures#fingerprint}
 * @param publicKey   Base64 X.509 key; for a revocation, the revoked key
 * @param by          the signing admin's fingerprint (the reviewer's own for the first admin)
 * @param at          ISO-8601 instant
 * @param signature   Ed25519 by {@code by} over {@link #canonical()}
 */
public record ReviewerEntry(long id, String kind, String name, String displayName, Set<Role> roles,
                            String publicKey, String fingerprint, String by, String at, String signature) {
    public static final String ENROL = "enrol";
    public static final String REVOKE = "revoke";

    public ReviewerEntry {
        if (!kind.equals(ENROL) && !kind.equals(REVOKE)) {
            throw new IllegalArgumentException("a registry entry enrols or revokes, not " + kind);
        }
        if (!name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("a reviewer name is lower case letters, digits, '.', '_' or '-',"
                + " starting with a letter or digit: " + name);
        }
        roles = Set.copyOf(roles);
        signature = signature == null ? "" : signature;
    }

    /** Every field but the signature, one per line, escaped as in {@link Decision#canonical()}. */
    public String canonical() {
        List<String> fields = List.of("registry_entry=" + id, "kind=" + kind, "name=" + name,
            "display_name=" + displayName, "roles=" + new TreeSet<>(roles.stream().map(Role::code).toList()),
            "public_key=" + publicKey, "fingerprint=" + fingerprint, "by=" + by, "at=" + at);
        return fields.stream().map(field -> field.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"))
            .collect(Collectors.joining("\n", "", "\n"));
    }

    public ReviewerEntry signedBy(Signer admin) {
        return new ReviewerEntry(id, kind, name, displayName, roles, publicKey, fingerprint, by, at,
            admin.sign(canonical()));
    }

    public String rolesText() {
        return roles.stream().map(Role::code).sorted().collect(Collectors.joining(","));
    }
}
