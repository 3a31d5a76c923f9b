-- The review rules, enforced by the team's server itself: the login is the identity, so a reviewer
-- with psql and their own key cannot record what Tact would refuse. Tact checks the same rules
-- first (core/DecisionRules, core/RouteProgress, store/trail/DecisionLedger) and says why in its
-- own words; these are the backstop for every client that is not Tact.
--
-- Who is bound: every login that is not a superuser. A superuser can switch any rule here off
-- (ALTER TABLE ... DISABLE TRIGGER, session_replication_role = replica, dropping a policy), so the
-- rules are only as strong as the team keeps its superusers few; Tact's own store suite runs as one.
--
-- The group roles (tact_writer, tact_brand, tact_legal, tact_admin) are created by `tact team init`,
-- which may run after this migration or never (a bare test server): roles are looked up by name in
-- pg_roles at run time, never named in a way that fails when they are missing.
--
-- Violations raise insufficient_privilege with one sentence for the user, "The server refuses: ...".

-- Who wrote each version, stamped by the server: rows from before this migration have '' (unknown).
ALTER TABLE copy_line_version ADD COLUMN written_by TEXT NOT NULL DEFAULT '';
ALTER TABLE copy_line_version ALTER COLUMN written_by SET DEFAULT session_user;

CREATE FUNCTION tact_bound_by_rules() RETURNS boolean LANGUAGE sql STABLE
    SET search_path = pg_catalog AS $$
    SELECT NOT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
$$;

-- Whether the login is in a group role; false (not an error) when the role does not exist.
CREATE FUNCTION tact_login_in(group_role text) RETURNS boolean LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = group_role) THEN
        RETURN false;
    END IF;
    RETURN pg_has_role(session_user, group_role, 'MEMBER');
END
$$;

CREATE FUNCTION tact_refuse(sentence text) RETURNS void LANGUAGE plpgsql
    SET search_path = pg_catalog AS $$
BEGIN
    RAISE EXCEPTION 'The server refuses: %', sentence USING ERRCODE = 'insufficient_privilege';
END
$$;

-- core/DecisionRules.hasVisibleText: a reason of spaces, format (Cf), control (Cc) or separator (Z)
-- characters says nothing. PostgreSQL's regex has no Unicode categories, so they are listed.
CREATE FUNCTION tact_has_visible_text(reason text) RETURNS boolean LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog AS $$
    SELECT reason IS NOT NULL AND regexp_replace(reason,
        '[\u0001-\u0020\u007F-\u00A0\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u1680\u180E'
        || '\u2000-\u200F\u2028-\u202F\u205F-\u2064\u2066-\u206F\u3000\uFEFF\uFFF9-\uFFFB'
        || '\U000110BD\U000110CD\U00013430-\U0001343F\U0001BCA0-\U0001BCA3\U0001D173-\U0001D17A'
        || '\U000E0001\U000E0020-\U000E007F]', '', 'g') <> ''
$$;

-- The routes of the bundled policy (resources/policy/default.json), in force while the database
-- holds no policy of its own. ServerRulesTest holds this copy equal to the bundled file.
CREATE FUNCTION tact_bundled_routes() RETURNS jsonb LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog AS $$
    SELECT '{"channels": {"billboard": {}, "national social": {}, "social": {}, "email": {}, "in-app": {}},
      "channelAliases": {"instagram": "social", "facebook": "social", "tiktok": "social", "twitter": "social",
        "x": "social", "linkedin": "social", "snapchat": "social", "youtube": "social", "ooh": "billboard",
        "out-of-home": "billboard", "dooh": "billboard", "poster": "billboard", "newsletter": "email",
        "push": "in-app", "push notification": "in-app", "app": "in-app", "sms": "in-app"},
      "routes": {"default": ["brand"], "billboard": ["brand", "legal"], "national social": ["brand", "legal"]}}'::jsonb
$$;

-- core/Policy.route: the roles that must approve a line on a channel (name or alias) under the
-- policy in force (the newest version); the "default" route for other channels; empty: one approval.
CREATE FUNCTION tact_route(line_channel text) RETURNS text[] LANGUAGE plpgsql STABLE
    SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
DECLARE
    policy jsonb;
    channel_key text := lower(btrim(coalesce(line_channel, '')));
    canonical text;
    route jsonb;
BEGIN
    SELECT document::jsonb INTO policy FROM policy_version ORDER BY version DESC LIMIT 1;
    policy := coalesce(policy, tact_bundled_routes());
    IF channel_key <> '' AND coalesce(policy -> 'channels', '{}') ? channel_key THEN
        canonical := channel_key;
    ELSIF channel_key <> '' THEN
        SELECT lower(btrim(alias.value)) INTO canonical
        FROM jsonb_each_text(coalesce(policy -> 'channelAliases', '{}')) AS alias
        WHERE lower(btrim(alias.key)) = channel_key;
    END IF;
    route := coalesce(policy -> 'routes' -> canonical, policy -> 'routes' -> 'default', '[]');
    RETURN ARRAY(SELECT jsonb_array_elements_text(route));
END
$$;

-- core/RouteProgress: the steps signed on a line's version since its last rejection or request for
-- changes, each role with the first reviewer who signed it.
CREATE FUNCTION tact_signed_steps(line_key text, line_version_now integer)
    RETURNS TABLE (role text, reviewer text) LANGUAGE sql STABLE
    SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
    SELECT DISTINCT ON (d.role) d.role, d.reviewer
    FROM decision d
    WHERE d.line_id = line_key AND d.line_version = line_version_now AND d.verdict = 'approve' AND d.role <> ''
      AND d.id > coalesce((SELECT max(x.id) FROM decision x WHERE x.line_id = line_key
                           AND x.line_version = line_version_now AND x.verdict <> 'approve'), 0)
    ORDER BY d.role, d.id
$$;

-- The key must be enrolled now (its latest registry entry an enrolment) under the login's name.
CREATE FUNCTION tact_check_signer(fingerprint_now text) RETURNS text LANGUAGE plpgsql STABLE
    SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
DECLARE
    latest reviewer_entry%ROWTYPE;
BEGIN
    SELECT * INTO latest FROM reviewer_entry WHERE fingerprint = fingerprint_now ORDER BY id DESC LIMIT 1;
    IF latest.id IS NULL OR latest.kind <> 'enrol' OR latest.name <> session_user THEN
        PERFORM tact_refuse(format('the key %s is not a key enrolled for %s, who is signed in; a decision is'
            || ' signed with the key enrolled under your own login.',
            left(coalesce(fingerprint_now, ''), 16), session_user));
    END IF;
    RETURN latest.roles;
END
$$;

-- core/DecisionRules: reasons for rejecting, requesting changes and overriding.
CREATE FUNCTION tact_check_reasons(d decision) RETURNS void LANGUAGE plpgsql STABLE
    SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
DECLARE
    needs_override boolean := d.verdict = 'approve' AND d.band IN ('high', 'unassessed');
BEGIN
    IF d.verdict <> 'approve' AND NOT tact_has_visible_text(d.reason) THEN
        PERFORM tact_refuse(format('to %s line %s, give a reason.',
            CASE d.verdict WHEN 'reject' THEN 'reject' ELSE 'request changes to' END, d.line_id));
    END IF;
    IF (d.override = 1) <> needs_override THEN
        PERFORM tact_refuse(format('a decision on line %s is an override exactly when it approves a high or'
            || ' unassessed line, and this one says override = %s.', d.line_id, d.override));
    END IF;
    IF needs_override AND NOT tact_has_visible_text(d.reason) THEN
        PERFORM tact_refuse(format('line %s is %s: approving it needs a written override reason.', d.line_id,
            CASE d.band WHEN 'high' THEN 'high risk' ELSE 'not assessed' END));
    END IF;
END
$$;

-- Four eyes: nobody approves a line they wrote, by login (written_by), by key or by author name.
CREATE FUNCTION tact_check_four_eyes(d decision) RETURNS void LANGUAGE plpgsql STABLE
    SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
DECLARE
    written integer;
BEGIN
    SELECT min(v.version) INTO written FROM copy_line_version v
    WHERE v.line_id = d.line_id AND (v.written_by = session_user OR (v.author_key <> '' AND v.author_key = d.signer));
    IF written IS NOT NULL THEN
        PERFORM tact_refuse(format('%s wrote version %s of line %s and cannot approve it (four eyes).',
            session_user, written, d.line_id));
    END IF;
    IF EXISTS (SELECT 1 FROM copy_line l WHERE l.id = d.line_id AND lower(btrim(l.author)) = lower(session_user)) THEN
        PERFORM tact_refuse(format('%s is the author of line %s and cannot approve it (four eyes).',
            session_user, d.line_id));
    END IF;
END
$$;

-- core/RouteProgress.stepFor: the role signed must be on the line's route, held by the key and by
-- the login's group role, not signed yet, and by someone who has not signed a step of this version.
CREATE FUNCTION tact_check_route(d decision, key_roles text) RETURNS void LANGUAGE plpgsql STABLE
    SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
DECLARE
    line_channel text := (SELECT l.channel FROM copy_line l WHERE l.id = d.line_id);
    route text[] := tact_route(line_channel);
    earlier record;
BEGIN
    IF d.route <> array_to_string(route, ',') THEN
        PERFORM tact_refuse(format('the decision on line %s records the route "%s", and the policy in force'
            || ' routes %s lines to "%s".', d.line_id, d.route, coalesce(nullif(line_channel, ''), 'channel-less'),
            array_to_string(route, ',')));
    END IF;
    IF cardinality(route) = 0 THEN
        IF d.role <> '' THEN
            PERFORM tact_refuse(format('line %s needs one approval and no role; this approval signs as %s.',
                d.line_id, d.role));
        END IF;
        RETURN;
    END IF;
    IF d.role = '' OR NOT d.role = ANY (route) THEN
        PERFORM tact_refuse(format('approving line %s takes %s, and this approval signs as %s.', d.line_id,
            array_to_string(route, ' and '), coalesce(nullif(d.role, ''), 'no role')));
    END IF;
    IF NOT d.role = ANY (string_to_array(key_roles, ',')) OR NOT tact_login_in('tact_' || d.role) THEN
        PERFORM tact_refuse(format('%s may approve as %s only with a key enrolled as %s and a login in the group'
            || ' role tact_%s.', session_user, d.role, d.role, d.role));
    END IF;
    FOR earlier IN SELECT * FROM tact_signed_steps(d.line_id, d.line_version) LOOP
        IF earlier.reviewer = session_user THEN
            PERFORM tact_refuse(format('%s already approved version %s of line %s as %s; the route needs another'
                || ' reviewer for each step (four eyes).', session_user, d.line_version, d.line_id, earlier.role));
        ELSIF earlier.role = d.role THEN
            PERFORM tact_refuse(format('%s already signed version %s of line %s as %s.', earlier.reviewer,
                d.line_version, d.line_id, d.role));
        END IF;
    END LOOP;
END
$$;

CREATE FUNCTION tact_decision_rules() RETURNS trigger LANGUAGE plpgsql
    SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
DECLARE
    key_roles text;
    version_now integer;
BEGIN
    IF NOT tact_bound_by_rules() THEN
        RETURN new;
    END IF;
    IF new.reviewer IS DISTINCT FROM session_user::text THEN
        PERFORM tact_refuse(format('you are signed in as %s, and a decision names its login as the reviewer,'
            || ' not %s.', session_user, new.reviewer));
    END IF;
    key_roles := tact_check_signer(new.signer);
    SELECT l.current_version INTO version_now FROM copy_line l WHERE l.id = new.line_id;
    IF version_now IS DISTINCT FROM new.line_version THEN
        PERFORM tact_refuse(format('line %s is at version %s; a decision on version %s is not on the line as it'
            || ' stands.', new.line_id, version_now, new.line_version));
    END IF;
    PERFORM tact_check_reasons(new);
    IF new.verdict = 'approve' THEN
        PERFORM tact_check_four_eyes(new);
        PERFORM tact_check_route(new, key_roles);
    END IF;
    RETURN new;
END
$$;

CREATE TRIGGER decision_follows_the_rules BEFORE INSERT ON decision
    FOR EACH ROW EXECUTE FUNCTION tact_decision_rules();

-- A line is approved, rejected or sent back only by a decision: the status must be what the latest
-- decision on its current version says, and "approved" only once the route is complete.
CREATE FUNCTION tact_status_follows_decisions() RETURNS trigger LANGUAGE plpgsql
    SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
DECLARE
    latest decision%ROWTYPE;
    wanted text := CASE new.status WHEN 'approved' THEN 'approve' WHEN 'rejected' THEN 'reject' ELSE 'changes' END;
    route text[];
BEGIN
    IF NOT tact_bound_by_rules() OR new.status NOT IN ('approved', 'rejected', 'changes_requested')
       OR (TG_OP = 'UPDATE' AND old.status = new.status AND old.current_version = new.current_version) THEN
        RETURN new;
    END IF;
    SELECT * INTO latest FROM decision d WHERE d.line_id = new.id AND d.line_version = new.current_version
    ORDER BY d.id DESC LIMIT 1;
    IF latest.id IS NULL OR latest.verdict <> wanted THEN
        PERFORM tact_refuse(format('line %s becomes %s only by a decision that says so, and the latest decision'
            || ' on its version %s is %s.', new.id, replace(new.status, '_', ' '), new.current_version,
            CASE WHEN latest.id IS NULL THEN 'none' ELSE latest.verdict || ' by ' || latest.reviewer END));
    END IF;
    route := tact_route(new.channel);
    IF new.status = 'approved' AND EXISTS (SELECT unnest(route)
                                           EXCEPT SELECT s.role FROM tact_signed_steps(new.id, new.current_version) s) THEN
        PERFORM tact_refuse(format('line %s is approved only when %s have signed its version %s.', new.id,
            array_to_string(route, ' and '), new.current_version));
    END IF;
    RETURN new;
END
$$;

CREATE TRIGGER copy_line_status_follows_decisions BEFORE INSERT OR UPDATE ON copy_line
    FOR EACH ROW EXECUTE FUNCTION tact_status_follows_decisions();

-- The writer of a version is the login that inserted it, whatever the client sent, and stays so.
CREATE FUNCTION tact_stamp_writer() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog AS $$
BEGIN
    new.written_by := CASE WHEN TG_OP = 'INSERT' THEN session_user::text ELSE old.written_by END;
    RETURN new;
END
$$;

CREATE TRIGGER copy_line_version_written_by BEFORE INSERT OR UPDATE ON copy_line_version
    FOR EACH ROW EXECUTE FUNCTION tact_stamp_writer();

-- Row-level security, a second lock on the same doors: a login inserts only rows in its own name.
-- The owner (migrations) and superusers bypass it, as PostgreSQL has them do.
ALTER TABLE decision ENABLE ROW LEVEL SECURITY;
CREATE POLICY decision_readable ON decision FOR SELECT USING (true);
CREATE POLICY decision_in_own_name ON decision FOR INSERT WITH CHECK (reviewer = session_user);

ALTER TABLE copy_line_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY copy_line_version_readable ON copy_line_version FOR SELECT USING (true);
CREATE POLICY copy_line_version_in_own_name ON copy_line_version FOR INSERT WITH CHECK (written_by = session_user);
-- LineEditor records where a draft came from on the version its writer just saved.
CREATE POLICY copy_line_version_own_origin ON copy_line_version FOR UPDATE
    USING (written_by = session_user) WITH CHECK (written_by = session_user);
