-- Issue-management escalations carried out here (escalation-service's EscalationRequested): one row per
-- escalation id, so a request applied again (a new event id for the same escalation) changes nothing, and the
-- issue ticket's answer finds the ticket it answers. issue_ticket_id is NULL for a refused request.
CREATE TABLE escalation_transfer (
    escalation_id    UUID         PRIMARY KEY,
    source_ticket_id UUID         NOT NULL,
    issue_ticket_id  UUID         REFERENCES ticket (id) ON DELETE CASCADE,
    requested_by     VARCHAR(64)  NOT NULL,
    applied_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX escalation_transfer_by_issue ON escalation_transfer (issue_ticket_id) WHERE issue_ticket_id IS NOT NULL;
