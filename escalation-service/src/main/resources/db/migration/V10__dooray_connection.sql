-- Each service's connection to its Dooray! organisation (PRODUCT.md §6). The API token and the hook secret are
-- sealed (AES-256-GCM) under the key named by key_id, so the key can be rotated: rows of an older key still open,
-- and every write seals with the current one. hook_secret_hash (SHA-256, hex) lets the webhook receiver find a
-- connection by the secret in its URL without opening every row.
CREATE TABLE dooray_connection (
    service_code        VARCHAR(16)   PRIMARY KEY,
    organization_id     VARCHAR(20)   NOT NULL,
    key_id              VARCHAR(32)   NOT NULL,
    token_sealed        TEXT          NOT NULL,
    token_set_at        TIMESTAMPTZ   NOT NULL,
    hook_secret_sealed  TEXT          NOT NULL,
    hook_secret_hash    CHAR(64)      NOT NULL UNIQUE,
    hook_secret_set_at  TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    updated_by          VARCHAR(64)   NOT NULL,
    version             BIGINT        NOT NULL
);

-- The Dooray projects a service escalates to, in the admin's order (each once: the application checks, as
-- Hibernate rewrites a reordered list row by row).
CREATE TABLE dooray_project (
    service_code          VARCHAR(16)   NOT NULL REFERENCES dooray_connection (service_code) ON DELETE CASCADE,
    position              INT           NOT NULL,
    project_id            VARCHAR(20)   NOT NULL,
    name                  VARCHAR(100)  NOT NULL,
    registrant_member_id  VARCHAR(20),
    PRIMARY KEY (service_code, position)
);

-- Operators' own Dooray members (username → organizationMemberId), so their tasks and comments name them.
CREATE TABLE dooray_operator_member (
    service_code            VARCHAR(16)  NOT NULL REFERENCES dooray_connection (service_code) ON DELETE CASCADE,
    username                VARCHAR(64)  NOT NULL,
    organization_member_id  VARCHAR(20)  NOT NULL,
    PRIMARY KEY (service_code, username)
);
