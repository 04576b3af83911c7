-- What escalation and SLA features need to know about each ticket, kept from ticket-service's events
-- (never read from its database). updated_at is the time of the newest event applied, so an older
-- event delivered late does not overwrite newer state.
CREATE TABLE ticket_snapshot (
    ticket_id     UUID          PRIMARY KEY,
    number        VARCHAR(32)   NOT NULL,
    service_code  VARCHAR(16)   NOT NULL,
    title         VARCHAR(400)  NOT NULL,
    status        VARCHAR(32)   NOT NULL,
    assignee      VARCHAR(64),
    group_id      UUID,
    updated_at    TIMESTAMPTZ   NOT NULL,
    last_event_id UUID          NOT NULL
);
