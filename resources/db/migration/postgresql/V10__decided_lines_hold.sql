-- Version 10 on the server: what a decision was made on stays as it was (found by a fresh-eyes
-- test of team mode). A writer's UPDATE on copy_line may not rename the author, move an approved
-- line to another channel while it stays approved, or return a decided line to pending or draft
-- without the reason Tact itself has for that (a new version, a new channel, a changed stat, or an
-- approval still waiting for its route); and no citation is added to a version already decided.
-- Superusers are not bound (tact_bound_by_rules, V7): they can switch any rule off anyway.

CREATE FUNCTION tact_decided_lines_hold() RETURNS trigger LANGUAGE plpgsql
    SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
DECLARE
    latest decision%ROWTYPE;
BEGIN
    IF NOT tact_bound_by_rules() THEN
        RETURN new;
    END IF;
    IF old.author <> '' AND new.author IS DISTINCT FROM old.author THEN
        PERFORM tact_refuse(format('line %s was written by %s; who wrote a line does not change (four eyes'
            || ' depends on it).', old.id, old.author));
    END IF;
    IF new.channel IS DISTINCT FROM old.channel AND new.status = 'approved' THEN
        PERFORM tact_refuse(format('line %s was approved for %s; on another channel it goes back to review.',
            old.id, CASE WHEN old.channel = '' THEN 'no channel' ELSE old.channel END));
    END IF;
    IF old.status IN ('approved', 'rejected', 'changes_requested') AND new.status IN ('pending', 'draft')
       AND new.current_version = old.current_version AND new.channel IS NOT DISTINCT FROM old.channel
       AND new.stale_reason = '' THEN
        SELECT * INTO latest FROM decision d WHERE d.line_id = new.id AND d.line_version = new.current_version
        ORDER BY d.id DESC LIMIT 1;
        -- Pending after an approval only while the route still waits for a step (V7's tact_route).
        IF new.status = 'draft' OR latest.id IS NULL OR latest.verdict <> 'approve'
           OR NOT EXISTS (SELECT unnest(tact_route(new.channel))
                          EXCEPT SELECT s.role FROM tact_signed_steps(new.id, new.current_version) s) THEN
            PERFORM tact_refuse(format('line %s is %s by decision; it goes back to %s only with a new version'
                || ' or a changed stat.', old.id, replace(old.status, '_', ' '), new.status));
        END IF;
    END IF;
    RETURN new;
END
$$;

CREATE TRIGGER copy_line_decided_lines_hold BEFORE UPDATE ON copy_line
    FOR EACH ROW EXECUTE FUNCTION tact_decided_lines_hold();

CREATE FUNCTION tact_decided_citations_hold() RETURNS trigger LANGUAGE plpgsql
    SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
BEGIN
    IF tact_bound_by_rules() AND EXISTS (SELECT 1 FROM decision d WHERE d.line_id = new.line_id
                                         AND d.line_version = new.version) THEN
        PERFORM tact_refuse(format('version %s of line %s is decided; the stats it cites do not change'
            || ' (a new text or citation is a new version).', new.version, new.line_id));
    END IF;
    RETURN new;
END
$$;

CREATE TRIGGER copy_line_stat_decided_citations_hold BEFORE INSERT ON copy_line_stat
    FOR EACH ROW EXECUTE FUNCTION tact_decided_citations_hold();
