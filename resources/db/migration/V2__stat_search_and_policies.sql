-- Version 2: full-text search over stats (to match a line's numbers and words to the stat it
-- quotes) and stored, versioned policies.

-- External-content FTS5 index over stat descriptions and dimensions. It is rebuilt when a
-- line is first matched after an import, not during the import: keeping it current row by
-- row would make a million-row load several times slower.
CREATE VIRTUAL TABLE stat_fts USING fts5(description, dims, content = 'stat', content_rowid = 'rowid');

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
