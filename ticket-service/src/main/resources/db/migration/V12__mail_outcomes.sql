-- What notification-service did with a ticket's mails (PRODUCT.md §7) becomes a line of the ticket's history;
-- details keeps the recipients, subject, kind and reason behind the one-line summary.
ALTER TABLE ticket_event ADD COLUMN details JSONB;

-- Outcomes already recorded. A resend after a crash publishes MailSent again with the same delivery id: one
-- MAIL_SENT per delivery. A failure is one per delivery and attempt count, so a dead letter an admin retried
-- that fails again is recorded again, and a later success too.
CREATE TABLE mail_outcome (
    delivery_id UUID        NOT NULL,
    outcome     VARCHAR(8)  NOT NULL CHECK (outcome IN ('SENT', 'FAILED')),
    attempts    INT         NOT NULL,
    ticket_id   UUID        NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX mail_outcome_sent_once ON mail_outcome (delivery_id) WHERE outcome = 'SENT';
CREATE UNIQUE INDEX mail_outcome_failure_once ON mail_outcome (delivery_id, attempts) WHERE outcome = 'FAILED';
