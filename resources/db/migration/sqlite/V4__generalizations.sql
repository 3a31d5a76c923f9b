-- Version 4: safer alternatives. A line version remembers which suggestion it came from, and
-- the lattice lookup (a stat's generalizations: same source, a subset of its dimensions) is one
-- index probe per subset on (source, dims). Like the cohort-size index, a large import drops
-- it and the next lookup builds it again.
ALTER TABLE copy_line_version ADD COLUMN origin TEXT NOT NULL DEFAULT '';

CREATE INDEX stat_by_source_dims ON stat (source, dims);
