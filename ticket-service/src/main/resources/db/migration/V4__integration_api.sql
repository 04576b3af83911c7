-- Third-party API (PRODUCT.md §8): service grants, idempotent creates, attachments, inquiry types (§4).

-- Which services an integration client (Keycloak client id) may create and read tickets in.
CREATE TABLE integration_grant (
    client_id    VARCHAR(128) NOT NULL,
    service_code VARCHAR(16)  NOT NULL REFERENCES workspace (code),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (client_id, service_code)
);

-- One row per (caller, Idempotency-Key): written in the same transaction as the ticket it created,
-- so a concurrent retry waits on the primary key and then replays the stored response.
CREATE TABLE idempotency_record (
    caller          VARCHAR(128) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    response_status INTEGER,
    response_location TEXT,
    response_body   TEXT,
    created_at      TIMESTAMPTZ  NOT NULL,
    expires_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX idempotency_record_by_expiry ON idempotency_record (expires_at);

-- A customer's tickets in one service, newest first.
CREATE INDEX ticket_by_customer_email ON ticket (workspace_code, lower(customer_email), created_at DESC, id DESC);

-- Attachments: metadata here, bytes behind AttachmentStorage (attachment_blob for now).
CREATE TABLE attachment_blob (
    storage_key VARCHAR(255) PRIMARY KEY,
    content     BYTEA        NOT NULL
);

CREATE TABLE attachment (
    id           UUID         PRIMARY KEY,
    ticket_id    UUID         NOT NULL REFERENCES ticket (id),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(127) NOT NULL,
    size         BIGINT       NOT NULL CHECK (size >= 0),
    sha256       CHAR(64)     NOT NULL,
    storage_key  VARCHAR(255) NOT NULL UNIQUE,
    created_by   VARCHAR(128) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX attachment_by_ticket ON attachment (ticket_id, created_at, id);

-- Inquiry types: a tree per service, at most 5 levels; depth is derived from the parent.
CREATE TABLE inquiry_type (
    id           UUID        PRIMARY KEY,
    service_code VARCHAR(16) NOT NULL REFERENCES workspace (code),
    parent_id    UUID        REFERENCES inquiry_type (id),
    names        JSONB       NOT NULL CHECK (jsonb_typeof(names) = 'object'),
    position     INTEGER     NOT NULL DEFAULT 0,
    active       BOOLEAN     NOT NULL DEFAULT TRUE,
    depth        SMALLINT    NOT NULL CHECK (depth BETWEEN 1 AND 5)
);
CREATE INDEX inquiry_type_by_service ON inquiry_type (service_code, depth, position);

CREATE FUNCTION inquiry_type_depth() RETURNS trigger AS $$
DECLARE
    parent inquiry_type%ROWTYPE;
BEGIN
    IF NEW.parent_id IS NULL THEN
        NEW.depth := 1;
    ELSE
        SELECT * INTO parent FROM inquiry_type WHERE id = NEW.parent_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'inquiry type % has no parent %', NEW.id, NEW.parent_id;
        END IF;
        IF parent.service_code <> NEW.service_code THEN
            RAISE EXCEPTION 'inquiry type % and its parent belong to different services', NEW.id;
        END IF;
        NEW.depth := parent.depth + 1;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER inquiry_type_depth BEFORE INSERT OR UPDATE OF parent_id, service_code ON inquiry_type
    FOR EACH ROW EXECUTE FUNCTION inquiry_type_depth();
