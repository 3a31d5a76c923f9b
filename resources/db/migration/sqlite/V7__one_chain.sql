-- Version 7: the chain cannot fork. Each decision names the hash of the one before it; no two
-- decisions may name the same one. The file's write lock already serializes deciders; the
-- server's schema has the same constraint, where it is what keeps concurrent desks in one chain.
CREATE UNIQUE INDEX decision_one_successor ON decision (previous_hash);
