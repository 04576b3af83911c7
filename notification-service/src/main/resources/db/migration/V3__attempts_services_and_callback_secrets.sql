-- Every attempt of every delivery, with what the other side answered (PRODUCT.md §7: the log says why).
CREATE TABLE delivery_attempt (
    id          UUID          PRIMARY KEY,
    delivery_id UUID          NOT NULL REFERENCES delivery (id),
    started_at  TIMESTAMPTZ   NOT NULL,
    duration_ms BIGINT        NOT NULL,
    status_code INT,
    error       VARCHAR(1000),
    outcome     VARCHAR(16)   NOT NULL CHECK (outcome IN ('DELIVERED', 'RETRY', 'FAILED'))
);
CREATE INDEX delivery_attempt_by_delivery ON delivery_attempt (delivery_id, started_at);

-- This service's copy of ticket-service's services and members (ServiceChanged), replaced whole by
-- each newer event; it decides who is a service admin here.
CREATE TABLE service_copy (
    code       VARCHAR(16)  PRIMARY KEY,
    name       TEXT         NOT NULL,
    changed_at TIMESTAMPTZ  NOT NULL
);
CREATE TABLE service_member (
    service_code VARCHAR(16)  NOT NULL REFERENCES service_copy (code) ON DELETE CASCADE,
    username     VARCHAR(255) NOT NULL,
    role         VARCHAR(16)  NOT NULL CHECK (role IN ('ADMIN', 'OPERATOR')),
    PRIMARY KEY (service_code, username)
);

-- The current callback signing secret of each service, AES-GCM encrypted under
-- switchboard.webhooks.secret-encryption-key (never stored or returned in clear after rotation).
CREATE TABLE callback_secret (
    service_code VARCHAR(16)  PRIMARY KEY,
    id           UUID         NOT NULL UNIQUE,
    ciphertext   TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL
);
