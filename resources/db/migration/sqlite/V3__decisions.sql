-- Version 3: the sign-off trail. One row per decision, append-only and hash-chained: each
-- row's hash covers a canonical serialization of its fields and the previous row's hash,
-- so an edit made behind the app's back is found by `tact verify`.

CREATE TABLE decision (
    id              INTEGER PRIMARY KEY,
    line_id         TEXT    NOT NULL REFERENCES copy_line (id),
    line_version    INTEGER NOT NULL,
    verdict         TEXT    NOT NULL CHECK (verdict IN ('approve', 'reject', 'changes')),
    reviewer        TEXT    NOT NULL,
    reason          TEXT    NOT NULL DEFAULT '',
    override        INTEGER NOT NULL CHECK (override IN (0, 1)),
    decided_at      TEXT    NOT NULL,
    score           INTEGER NOT NULL,
    band            TEXT    NOT NULL CHECK (band IN ('low', 'medium', 'high')),
    assessment      TEXT    NOT NULL,
    policy_version  INTEGER NOT NULL,
    policy_name     TEXT    NOT NULL,
    text_sha256     TEXT    NOT NULL,
    stats_sha256    TEXT    NOT NULL,
    previous_hash   TEXT    NOT NULL,
    hash            TEXT    NOT NULL UNIQUE,
    FOREIGN KEY (line_id, line_version) REFERENCES copy_line_version (line_id, version)
);

CREATE INDEX decision_by_line ON decision (line_id, id);

CREATE TRIGGER decision_is_append_only_update BEFORE UPDATE ON decision
BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only');
END;

CREATE TRIGGER decision_is_append_only_delete BEFORE DELETE ON decision
BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only');
END;

-- Why an approved line went back to review without a decision: its text or a stat it cites
-- changed. Cleared by the next decision.
ALTER TABLE copy_line ADD COLUMN stale_reason TEXT NOT NULL DEFAULT '';

-- A re-imported stat with a different count voids the approvals that cited it.
CREATE TRIGGER stat_count_change_voids_approvals AFTER UPDATE OF cohort_size ON stat
WHEN old.cohort_size <> new.cohort_size
BEGIN
    UPDATE copy_line
    SET status = 'pending',
        stale_reason = 'stat ' || new.id || ' changed from ' || old.cohort_size || ' to ' || new.cohort_size
    WHERE status = 'approved'
      AND id IN (SELECT cs.line_id FROM copy_line_stat cs JOIN copy_line l ON l.id = cs.line_id
                 WHERE cs.stat_id = new.id AND cs.version = l.current_version);
END;
