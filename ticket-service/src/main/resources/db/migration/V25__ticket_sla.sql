-- Each ticket's SLA clocks as escalation-service last published them (SlaClocksChanged, the complete state):
-- shown on the ticket and, by next_due_at and overdue, as badges in lists; next_warn_at (the earliest warning
-- time of a running clock) and breached count a operator's tickets at risk and breached in my status. changed_at is
-- the event's time, so a late older event does not overwrite newer state.
CREATE TABLE ticket_sla (
    ticket_id   UUID         PRIMARY KEY REFERENCES ticket (id) ON DELETE CASCADE,
    policy_id   UUID,
    policy_name VARCHAR(200),
    clocks      JSONB        NOT NULL,
    next_due_at TIMESTAMPTZ,
    next_warn_at TIMESTAMPTZ,
    overdue     BOOLEAN      NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL
);
