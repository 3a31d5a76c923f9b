-- Version 5: a decision can be made on a line Tact could not assess (band 'unassessed': its
-- language is not covered by the policy). SQLite cannot change a CHECK constraint in place, so
-- the table is rebuilt with the same rows, ids and hashes; the append-only triggers come back.

DROP TRIGGER decision_is_append_only_update;
DROP TRIGGER decision_is_append_only_delete;

CREATE TABLE decision_v5 (
    id              INTEGER PRIMARY KEY,
    line_id         TEXT    NOT NULL REFERENCES copy_line (id),
    line_version    INTEGER NOT NULL,
    verdict         TEXT    NOT NULL CHECK (verdict IN ('approve', 'reject', 'changes')),
    reviewer        TEXT    NOT NULL,
    reason          TEXT    NOT NULL DEFAULT '',
    override        INTEGER NOT NULL CHECK (override IN (0, 1)),
    decided_at      TEXT    NOT NULL,
    score           INTEGER NOT NULL,
    band            TEXT    NOT NULL CHECK (band IN ('low', 'medium', 'high', 'unassessed')),
    assessment      TEXT    NOT NULL,
    policy_version  INTEGER NOT NULL,
    policy_name     TEXT    NOT NULL,
    text_sha256     TEXT    NOT NULL,
    stats_sha256    TEXT    NOT NULL,
    previous_hash   TEXT    NOT NULL,
    hash            TEXT    NOT NULL UNIQUE,
    FOREIGN KEY (line_id, line_version) REFERENCES copy_line_version (line_id, version)
);

INSERT INTO decision_v5 SELECT * FROM decision;
DROP TABLE decision;
ALTER TABLE decision_v5 RENAME TO decision;

CREATE INDEX decision_by_line ON decision (line_id, id);

CREATE TRIGGER decision_is_append_only_update BEFORE UPDATE ON decision
BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only');
END;

CREATE TRIGGER decision_is_append_only_delete BEFORE DELETE ON decision
BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only');
END;
