-- Customer mail (PRODUCT.md §4 Mail, §7): each service's sender and inbound address, its layouts per reply
-- type and language, its IMAP accounts; what notification-service knows of tickets to render and thread
-- replies; the reply deliveries themselves.

-- from ServiceChanged: the help-center languages (the first is the default) and the forbidden words
ALTER TABLE service_copy ADD COLUMN languages TEXT NOT NULL DEFAULT '';
ALTER TABLE service_copy ADD COLUMN forbidden_words TEXT NOT NULL DEFAULT '';

CREATE TABLE mail_settings (
    service_code    VARCHAR(16)  PRIMARY KEY,
    sender_name     VARCHAR(200),
    sender_address  VARCHAR(320),
    inbound_address VARCHAR(320),
    updated_at      TIMESTAMPTZ  NOT NULL
);

CREATE TABLE mail_layout (
    service_code VARCHAR(16)  NOT NULL,
    reply_type   VARCHAR(16)  NOT NULL CHECK (reply_type IN ('RESOLVE', 'HOLD')),
    language     VARCHAR(16)  NOT NULL,
    html         TEXT         NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (service_code, reply_type, language)
);

-- the password is AES-GCM sealed (switchboard.webhooks.secret-encryption-key) and never returned; the poller
-- keeps UIDVALIDITY and the last imported UID here, and its lease (one poller per account at a time)
CREATE TABLE imap_account (
    id                  UUID          PRIMARY KEY,
    service_code        VARCHAR(16)   NOT NULL,
    host                VARCHAR(255)  NOT NULL,
    port                INT           NOT NULL CHECK (port BETWEEN 1 AND 65535),
    tls                 BOOLEAN       NOT NULL,
    username            VARCHAR(320)  NOT NULL,
    password_ciphertext TEXT,
    folder              VARCHAR(200)  NOT NULL,
    enabled             BOOLEAN       NOT NULL,
    uid_validity        BIGINT,
    last_uid            BIGINT        NOT NULL DEFAULT 0,
    last_polled_at      TIMESTAMPTZ,
    last_error          VARCHAR(1000),
    lease_owner         VARCHAR(100),
    lease_until         TIMESTAMPTZ,
    created_at          TIMESTAMPTZ   NOT NULL,
    UNIQUE (service_code, host, port, username, folder)
);

-- what a reply needs of its ticket beyond the event that asks for it (preview, fallback language)
CREATE TABLE ticket_copy (
    ticket_id      UUID          PRIMARY KEY,
    service_code   VARCHAR(16)   NOT NULL,
    number         VARCHAR(40)   NOT NULL,
    title          TEXT          NOT NULL,
    language       VARCHAR(16),
    customer_email VARCHAR(320),
    customer_name  TEXT,
    changed_at     TIMESTAMPTZ   NOT NULL
);

-- the Message-IDs of a ticket's conversation, the customer's and ours, in order: replies thread to them
CREATE TABLE mail_thread_entry (
    ticket_id       UUID          NOT NULL,
    mail_message_id VARCHAR(998)  NOT NULL,
    from_customer   BOOLEAN       NOT NULL,
    added_at        TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (ticket_id, mail_message_id)
);
CREATE INDEX mail_thread_by_ticket ON mail_thread_entry (ticket_id, added_at);
-- a customer's reply names our Message-ID: which ticket was that?
CREATE INDEX mail_thread_by_message_id ON mail_thread_entry (mail_message_id);

-- a CUSTOMER_REPLY's id is the reply's (ticket message's) id: one mail per reply, however often its event arrives
ALTER TABLE delivery
    ADD COLUMN ticket_message_id UUID,
    ADD COLUMN sender            VARCHAR(600),
    ADD COLUMN mail_message_id   VARCHAR(998),
    ADD COLUMN in_reply_to       VARCHAR(998),
    ADD COLUMN mail_references   TEXT,
    -- the ticket attachments sent with a reply: [{"id","fileName","contentType","size"}]
    ADD COLUMN attachments       JSONB;
-- a ticket's replies go out in order: the sender looks for an earlier one still queued
CREATE INDEX delivery_queued_replies ON delivery (ticket_id, created_at) WHERE kind = 'CUSTOMER_REPLY' AND status = 'QUEUED';
