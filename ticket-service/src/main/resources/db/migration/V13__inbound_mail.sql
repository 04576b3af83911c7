-- Customers' mails applied from MailReceived (PRODUCT.md §7): a mail makes one ticket or re-inquiry however
-- often it is published, whatever the event id.
CREATE TABLE inbound_mail (
    mail_id      UUID        PRIMARY KEY,
    service_code VARCHAR(16) NOT NULL,
    ticket_id    UUID        REFERENCES ticket (id) ON DELETE CASCADE,
    applied_at   TIMESTAMPTZ NOT NULL
);
