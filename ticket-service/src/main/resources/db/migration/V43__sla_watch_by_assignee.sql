-- My status counts an operator's open tickets past due or past a warning. V42 made it index-only, but it still read
-- every clock that can count (all operators') and joined the operator's open tickets to them: 49 ms for bob at 1 M
-- tickets with every open ticket under a policy (docs/performance.md, "SLA clocks and escalation"). Now each clock row
-- carries its ticket's assignee, service and openness, kept by the triggers below, and the count is one range of the
-- operator's own rows in ticket_sla_watch.
ALTER TABLE ticket_sla
    ADD COLUMN assignee       VARCHAR(100),
    ADD COLUMN workspace_code VARCHAR(20),
    ADD COLUMN ticket_open    BOOLEAN NOT NULL DEFAULT TRUE;

UPDATE ticket_sla s
SET assignee = t.assignee, workspace_code = t.workspace_code,
    ticket_open = t.status NOT IN ('COMPLETED', 'INTERNALLY_RESOLVED')
FROM ticket t
WHERE t.id = s.ticket_id;

-- a clock row takes its ticket's state when written (ticket-service writes it on SlaClocksChanged)
CREATE FUNCTION ticket_sla_of_ticket() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT t.assignee, t.workspace_code, t.status NOT IN ('COMPLETED', 'INTERNALLY_RESOLVED')
    INTO NEW.assignee, NEW.workspace_code, NEW.ticket_open
    FROM ticket t WHERE t.id = NEW.ticket_id;
    RETURN NEW;
END $$;
CREATE TRIGGER ticket_sla_of_ticket BEFORE INSERT ON ticket_sla FOR EACH ROW EXECUTE FUNCTION ticket_sla_of_ticket();

-- and follows it when the ticket changes hands or opens or closes
CREATE FUNCTION ticket_sla_follow_ticket() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ticket_sla
    SET assignee = NEW.assignee, ticket_open = NEW.status NOT IN ('COMPLETED', 'INTERNALLY_RESOLVED')
    WHERE ticket_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER ticket_sla_follow_ticket AFTER UPDATE OF assignee, status ON ticket FOR EACH ROW
    WHEN (OLD.assignee IS DISTINCT FROM NEW.assignee
          OR (OLD.status IN ('COMPLETED', 'INTERNALLY_RESOLVED')) <> (NEW.status IN ('COMPLETED', 'INTERNALLY_RESOLVED')))
    EXECUTE FUNCTION ticket_sla_follow_ticket();

-- only the clocks of open, assigned tickets that can count: past due, or with a warning ahead
CREATE INDEX ticket_sla_watch ON ticket_sla (assignee, workspace_code) INCLUDE (overdue, next_warn_at)
    WHERE ticket_open AND assignee IS NOT NULL AND (overdue OR next_warn_at IS NOT NULL);
DROP INDEX ticket_sla_attention;
