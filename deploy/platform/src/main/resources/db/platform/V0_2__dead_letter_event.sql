-- Consumed records that can never be applied (not a CloudEvent, data of the wrong shape, refused by the
-- domain), kept for an operator instead of blocking their partition. Platform migrations are numbered 0.x and
-- applied out of order on databases that already have a service's own migrations (flyway out-of-order).
CREATE TABLE dead_letter_event (
    id         BIGSERIAL PRIMARY KEY,
    consumer   VARCHAR(64)  NOT NULL,
    event_id   UUID,
    type       VARCHAR(128),
    record     TEXT         NOT NULL,
    reason     TEXT         NOT NULL,
    failed_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- a redelivered bad event is kept once
CREATE UNIQUE INDEX dead_letter_event_once ON dead_letter_event (consumer, event_id) WHERE event_id IS NOT NULL;
