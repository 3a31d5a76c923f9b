-- Version 8: lines marked published (issue 14). What has gone out is part of what a new line is
-- checked against for differencing, so a publication is kept like the rest of the trail: appended,
-- never changed or removed. The version is the text that went out; published_on the day it ran
-- (YYYY-MM-DD, as the reviewer gave it), recorded_at when Tact was told, published_by who told it.
CREATE TABLE publication (
    id           INTEGER PRIMARY KEY,
    line_id      TEXT    NOT NULL REFERENCES copy_line (id),
    line_version INTEGER NOT NULL,
    published_on TEXT    NOT NULL
        CHECK (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    published_by TEXT    NOT NULL,
    recorded_at  TEXT    NOT NULL,
    FOREIGN KEY (line_id, line_version) REFERENCES copy_line_version (line_id, version)
);
CREATE INDEX publication_by_line ON publication (line_id, id);

CREATE TRIGGER publication_is_append_only_update BEFORE UPDATE ON publication
BEGIN
    SELECT RAISE(ABORT, 'publications are append-only');
END;
CREATE TRIGGER publication_is_append_only_delete BEFORE DELETE ON publication
BEGIN
    SELECT RAISE(ABORT, 'publications are append-only');
END;
