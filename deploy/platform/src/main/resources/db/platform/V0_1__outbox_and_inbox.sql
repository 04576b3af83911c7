-- Shared by every service (Flyway location db/platform): the transactional outbox, in the
-- Debezium outbox shape, and the processed-event log of idempotent consumers.
CREATE TABLE outbox_event (
    seq            BIGSERIAL PRIMARY KEY,
    id             UUID         NOT NULL UNIQUE,
    aggregate_type VARCHAR(64)  NOT NULL,
    aggregate_id   VARCHAR(64)  NOT NULL,
    type           VARCHAR(128) NOT NULL,
    payload        TEXT         NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE processed_event (
    event_id     UUID         NOT NULL,
    consumer     VARCHAR(64)  NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, consumer)
);
