-- Live desks: every change another desk (or the CLI) makes is announced on the channel
-- tact_changes, so a desk that LISTENs reloads its queue instead of showing a stale one
-- (store/db/ServerChangeFeed). The payload is a small JSON object, far below PostgreSQL's
-- 8000-byte limit: {"table": ..., "line": ..., "decision": ..., "by": session_user}. A line id
-- is cut to 200 characters; a desk only compares it with the line it shows.
-- Notifications are delivered when the writing transaction commits, and not at all to a desk
-- that is disconnected then: a desk that reconnects reloads by query.

CREATE FUNCTION tact_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    payload jsonb := jsonb_build_object('table', TG_TABLE_NAME, 'by', session_user);
BEGIN
    IF TG_LEVEL = 'ROW' THEN
        IF TG_TABLE_NAME = 'decision' THEN
            payload := payload || jsonb_build_object('line', left(NEW.line_id, 200), 'decision', NEW.id);
        ELSIF TG_TABLE_NAME = 'copy_line' THEN
            payload := payload || jsonb_build_object('line', left(NEW.id, 200));
        ELSIF TG_TABLE_NAME = 'copy_line_version' THEN
            payload := payload || jsonb_build_object('line', left(NEW.line_id, 200));
        END IF;
    END IF;
    PERFORM pg_notify('tact_changes', payload::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER decision_notifies AFTER INSERT ON decision
    FOR EACH ROW EXECUTE FUNCTION tact_notify_change();
CREATE TRIGGER copy_line_notifies AFTER INSERT OR UPDATE ON copy_line
    FOR EACH ROW EXECUTE FUNCTION tact_notify_change();
CREATE TRIGGER copy_line_version_notifies AFTER INSERT ON copy_line_version
    FOR EACH ROW EXECUTE FUNCTION tact_notify_change();
-- A stats import writes up to millions of rows: one notification per statement, not per row.
CREATE TRIGGER stat_notifies AFTER INSERT OR UPDATE OR DELETE ON stat
    FOR EACH STATEMENT EXECUTE FUNCTION tact_notify_change();
CREATE TRIGGER policy_version_notifies AFTER INSERT ON policy_version
    FOR EACH ROW EXECUTE FUNCTION tact_notify_change();
CREATE TRIGGER reviewer_entry_notifies AFTER INSERT ON reviewer_entry
    FOR EACH ROW EXECUTE FUNCTION tact_notify_change();
