-- A clock row first written while its ticket changed hands in another transaction kept the old assignee for good:
-- V43's insert trigger read the ticket as it stood before that transaction committed, and the ticket's update
-- trigger could not see the uncommitted clock row. The insert now waits for the ticket row (FOR SHARE) and so reads
-- it as committed; an update that comes later finds the committed clock row.
CREATE OR REPLACE FUNCTION ticket_sla_of_ticket() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT t.assignee, t.workspace_code, t.status NOT IN ('COMPLETED', 'INTERNALLY_RESOLVED')
    INTO NEW.assignee, NEW.workspace_code, NEW.ticket_open
    FROM ticket t WHERE t.id = NEW.ticket_id
    FOR SHARE;
    RETURN NEW;
END $$;

-- clock rows already left behind by that race
UPDATE ticket_sla s
SET assignee = t.assignee, ticket_open = t.status NOT IN ('COMPLETED', 'INTERNALLY_RESOLVED')
FROM ticket t
WHERE t.id = s.ticket_id
  AND (s.assignee IS DISTINCT FROM t.assignee
       OR s.ticket_open <> (t.status NOT IN ('COMPLETED', 'INTERNALLY_RESOLVED')));
