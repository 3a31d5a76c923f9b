-- Version 6: the signed trail. A database gets a random identity (checkpoints name it), a
-- reviewer registry of signed enrolments and revocations, decisions that carry the channel they
-- were made for, the signing key and its Ed25519 signature, and signed checkpoints of the chain.
-- Rows from before keep empty signers: verify accepts them only before the first enrolment.

CREATE TABLE database_identity (
    id          TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
-- 128 random bits, hex: unique to this file, copied with it.
INSERT INTO database_identity (id, created_at)
VALUES (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

CREATE TRIGGER database_identity_is_fixed BEFORE UPDATE ON database_identity
BEGIN
    SELECT RAISE(ABORT, 'the database identity is fixed');
END;
CREATE TRIGGER database_identity_is_kept BEFORE DELETE ON database_identity
BEGIN
    SELECT RAISE(ABORT, 'the database identity is fixed');
END;

CREATE TABLE reviewer_entry (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('enrol', 'revoke')),
    name          TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    roles         TEXT NOT NULL,
    public_key    TEXT NOT NULL,
    fingerprint   TEXT NOT NULL,
    signed_by     TEXT NOT NULL,
    signed_at     TEXT NOT NULL,
    signature     TEXT NOT NULL
);
CREATE INDEX reviewer_entry_by_fingerprint ON reviewer_entry (fingerprint, id);

CREATE TRIGGER reviewer_entry_is_append_only_update BEFORE UPDATE ON reviewer_entry
BEGIN
    SELECT RAISE(ABORT, 'the reviewer registry is append-only');
END;
CREATE TRIGGER reviewer_entry_is_append_only_delete BEFORE DELETE ON reviewer_entry
BEGIN
    SELECT RAISE(ABORT, 'the reviewer registry is append-only');
END;

ALTER TABLE decision ADD COLUMN channel TEXT NOT NULL DEFAULT '';
ALTER TABLE decision ADD COLUMN signer TEXT NOT NULL DEFAULT '';
ALTER TABLE decision ADD COLUMN role TEXT NOT NULL DEFAULT '';
ALTER TABLE decision ADD COLUMN route TEXT NOT NULL DEFAULT '';
ALTER TABLE decision ADD COLUMN signature TEXT NOT NULL DEFAULT '';

CREATE TABLE checkpoint (
    id          INTEGER PRIMARY KEY,
    decisions   INTEGER NOT NULL,
    head        TEXT NOT NULL,
    signer      TEXT NOT NULL,
    signed_at   TEXT NOT NULL,
    signature   TEXT NOT NULL
);

CREATE TRIGGER checkpoint_is_append_only_update BEFORE UPDATE ON checkpoint
BEGIN
    SELECT RAISE(ABORT, 'checkpoints are append-only');
END;
CREATE TRIGGER checkpoint_is_append_only_delete BEFORE DELETE ON checkpoint
BEGIN
    SELECT RAISE(ABORT, 'checkpoints are append-only');
END;

-- An approval is bound to the cited stats as they were: count, base, period, source, dimensions
-- and the description that defines the cohort (the decision's stats hash covers them all). Any of
-- them changing voids the approval, so the trigger and tact verify agree.
DROP TRIGGER stat_count_change_voids_approvals;
CREATE TRIGGER stat_change_voids_approvals AFTER UPDATE ON stat
WHEN old.cohort_size IS NOT new.cohort_size OR old.description IS NOT new.description
  OR old.base_size IS NOT new.base_size OR old.period IS NOT new.period OR old.source IS NOT new.source
  OR old.dims IS NOT new.dims
BEGIN
    UPDATE copy_line
    SET status = 'pending',
        stale_reason = CASE WHEN old.cohort_size IS NOT new.cohort_size
            THEN 'stat ' || new.id || ' changed from ' || old.cohort_size || ' to ' || new.cohort_size
            ELSE 'the definition of stat ' || new.id || ' changed (description, base, period, source or dimensions)'
        END
    WHERE status = 'approved'
      AND id IN (SELECT cs.line_id FROM copy_line_stat cs JOIN copy_line l ON l.id = cs.line_id
                 WHERE cs.stat_id = new.id AND cs.version = l.current_version);
END;

-- A policy version decides floors, bands and routes: it is signed by an admin, and verify checks it.
ALTER TABLE policy_version ADD COLUMN signer TEXT NOT NULL DEFAULT '';
ALTER TABLE policy_version ADD COLUMN signature TEXT NOT NULL DEFAULT '';

-- Who wrote each version, by key, when the writer signed in (a desk draft, import-copy --as-author):
-- four eyes then compares keys, not only the author name a file gives.
ALTER TABLE copy_line_version ADD COLUMN author_key TEXT NOT NULL DEFAULT '';
