-- Service settings, membership toggles and customers (PRODUCT.md §2, §3.1, §3.4).
-- (auto_complete_days came with V2, the ticket lifecycle.)

ALTER TABLE workspace
    ADD COLUMN help_center_languages VARCHAR(200) NOT NULL DEFAULT 'ko',
    ADD COLUMN editor_type           VARCHAR(8)   NOT NULL DEFAULT 'HTML' CHECK (editor_type IN ('HTML', 'TEXT')),
    ADD COLUMN next_customer_number  BIGINT       NOT NULL DEFAULT 0;

ALTER TABLE membership
    ADD COLUMN may_change_own_assignment BOOLEAN NOT NULL DEFAULT FALSE;

-- One customer per e-mail address and service: the partial unique index is the arbiter of
-- INSERT ... ON CONFLICT, so concurrent first tickets of a new customer cannot create two rows.
CREATE TABLE customer (
    id             UUID         PRIMARY KEY,
    workspace_code VARCHAR(16)  NOT NULL REFERENCES workspace (code),
    number         BIGINT       NOT NULL,
    name           VARCHAR(100),
    email          VARCHAR(254),
    phone          VARCHAR(32),
    login_id       VARCHAR(128),
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (workspace_code, number)
);
CREATE UNIQUE INDEX customer_by_email ON customer (workspace_code, email) WHERE email IS NOT NULL;
CREATE INDEX customer_by_phone ON customer (workspace_code, phone) WHERE phone IS NOT NULL;

ALTER TABLE ticket ADD COLUMN customer_id UUID REFERENCES customer (id);
CREATE INDEX ticket_by_customer ON ticket (customer_id, created_at DESC, id DESC);
