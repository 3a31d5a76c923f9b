-- Version 2: what matching a line to the stat it quotes needs, and stored, versioned policies.

-- Matching finds stats by exact cohort size through an index on stat.cohort_size. A large
-- import drops that index (a bulk load runs faster without it) and marks it stale here; the
-- next match builds it again.
CREATE TABLE search_index_state (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    stale INTEGER NOT NULL CHECK (stale IN (0, 1))
);
INSERT INTO search_index_state (id, stale) VALUES (1, 1);

-- Every policy document imported, newest version in force. Rows are never changed: a
-- decision records the version it was made under.
CREATE TABLE policy_version (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    document    TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);

CREATE TRIGGER policy_version_is_append_only_update BEFORE UPDATE ON policy_version
BEGIN
    SELECT RAISE(ABORT, 'policy versions are append-only');
END;

CREATE TRIGGER policy_version_is_append_only_delete BEFORE DELETE ON policy_version
BEGIN
    SELECT RAISE(ABORT, 'policy versions are append-only');
END;
