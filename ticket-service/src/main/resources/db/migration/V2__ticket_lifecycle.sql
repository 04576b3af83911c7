-- The ticket lifecycle of PRODUCT.md §3.3: messages, internal resolution and the spam box,
-- soft deletion, links between tickets, and durable timers (auto-complete).
ALTER TABLE workspace ADD COLUMN auto_complete_days INT NOT NULL DEFAULT 14
    CHECK (auto_complete_days BETWEEN 1 AND 90);

ALTER TABLE ticket
    ADD COLUMN internal_resolution VARCHAR(32),
    ADD COLUMN status_before_internal_resolution VARCHAR(32),
    ADD COLUMN first_response_at TIMESTAMPTZ,
    ADD COLUMN resolved_at TIMESTAMPTZ,
    ADD COLUMN completed_at TIMESTAMPTZ,
    ADD COLUMN deleted_at TIMESTAMPTZ;
CREATE INDEX ticket_deleted ON ticket (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE ticket_message (
    id          UUID         PRIMARY KEY,
    ticket_id   UUID         NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    type        VARCHAR(32)  NOT NULL,
    author      VARCHAR(128) NOT NULL,
    body        TEXT         NOT NULL,
    body_format VARCHAR(8)   NOT NULL CHECK (body_format IN ('TEXT', 'HTML')),
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX ticket_message_by_ticket ON ticket_message (ticket_id, created_at);

CREATE TABLE ticket_link (
    id         UUID        PRIMARY KEY,
    from_id    UUID        NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    to_id      UUID        NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    type       VARCHAR(32) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (from_id, to_id, type)
);

CREATE TABLE ticket_timer (
    ticket_id UUID        NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    kind      VARCHAR(32) NOT NULL,
    due_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (ticket_id, kind)
);
CREATE INDEX ticket_timer_due ON ticket_timer (due_at);

ALTER TABLE ticket_event DROP CONSTRAINT ticket_event_ticket_id_fkey,
    ADD CONSTRAINT ticket_event_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE;
