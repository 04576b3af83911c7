-- The delivery log (PRODUCT.md §7): one row per mail this service is to send, with its fate.
-- The consumer queues a row in the transaction that records the event; the sender sends it later,
-- outside any transaction, so SMTP never holds a database transaction open.
CREATE TABLE mail_delivery (
    id              UUID          PRIMARY KEY,
    event_id        UUID          NOT NULL UNIQUE,
    ticket_id       UUID          NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    recipient       VARCHAR(320),
    subject         VARCHAR(400)  NOT NULL,
    text_body       TEXT          NOT NULL,
    html_body       TEXT          NOT NULL,
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'SKIPPED')),
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000),
    next_attempt_at TIMESTAMPTZ,
    created_at      TIMESTAMPTZ   NOT NULL,
    sent_at         TIMESTAMPTZ
);
-- what the sender looks for: due queued rows
CREATE INDEX mail_delivery_due ON mail_delivery (next_attempt_at) WHERE status = 'QUEUED';
CREATE INDEX mail_delivery_by_ticket ON mail_delivery (ticket_id, created_at);
CREATE INDEX mail_delivery_by_time ON mail_delivery (created_at);
