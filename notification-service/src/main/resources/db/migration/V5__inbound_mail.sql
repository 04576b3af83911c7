-- Inbound mail (PRODUCT.md §7): every mail read from a service's mailbox and what became of it — imported
-- (published as MailReceived), ignored (auto-reply, bounce, loop), a duplicate, or quarantined for an admin.
CREATE TABLE inbound_mail (
    id           UUID          PRIMARY KEY,
    service_code VARCHAR(16)   NOT NULL,
    account_id   UUID,
    mailbox      VARCHAR(700)  NOT NULL,
    uid          BIGINT,
    message_id   VARCHAR(998),
    content_hash CHAR(64),
    from_address VARCHAR(320),
    subject      TEXT,
    size         BIGINT        NOT NULL,
    status       VARCHAR(16)   NOT NULL CHECK (status IN ('IMPORTED', 'IGNORED', 'DUPLICATE', 'QUARANTINED', 'RELEASED')),
    reason       VARCHAR(32),
    detail       VARCHAR(1000),
    -- the raw mail of a quarantined one (an oversized mail keeps only its headers), for viewing and release
    raw          BYTEA,
    headers      TEXT,
    received_at  TIMESTAMPTZ   NOT NULL
);
-- duplicates: the same Message-ID, or the same content when there is none, imported once per service
CREATE UNIQUE INDEX inbound_mail_one_per_message_id ON inbound_mail (service_code, message_id)
    WHERE message_id IS NOT NULL AND status IN ('IMPORTED', 'RELEASED');
CREATE UNIQUE INDEX inbound_mail_one_per_content ON inbound_mail (service_code, content_hash)
    WHERE message_id IS NULL AND status IN ('IMPORTED', 'RELEASED');
CREATE INDEX inbound_mail_quarantine ON inbound_mail (service_code, received_at) WHERE status = 'QUARANTINED';
CREATE INDEX inbound_mail_by_time ON inbound_mail (received_at);

-- the files of imported mails until ticket-service has fetched them (claim check; purged after the retention)
CREATE TABLE inbound_attachment (
    mail_id      UUID          NOT NULL REFERENCES inbound_mail (id) ON DELETE CASCADE,
    idx          INT           NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    content_type VARCHAR(255)  NOT NULL,
    size         BIGINT        NOT NULL,
    content      BYTEA         NOT NULL,
    PRIMARY KEY (mail_id, idx)
);
