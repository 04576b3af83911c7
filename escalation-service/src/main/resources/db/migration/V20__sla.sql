-- SLA policies and clocks (PRODUCT.md §6, docs/sla.md).

-- What policies choose by, from TicketCreated/TicketUpdated: priority, channel, the inquiry type's path (root → type,
-- so "the type or a descendant" needs no lookup), tags; and when the ticket was created (the clocks' start).
ALTER TABLE ticket_snapshot
    ADD COLUMN priority          VARCHAR(8),
    ADD COLUMN channel           VARCHAR(16),
    ADD COLUMN inquiry_type_path JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN tags              JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN created_at        TIMESTAMPTZ;

-- Business hours count in the service's zone (ServiceChanged's timeZone and businessHours); calendar_changed_at is
-- the event's time, so a late older event does not overwrite them.
ALTER TABLE service_copy
    ADD COLUMN time_zone           VARCHAR(64),
    ADD COLUMN business_hours      JSONB,
    ADD COLUMN calendar_changed_at TIMESTAMPTZ;

-- A service's policies in the admin's order; the first enabled one whose conditions match applies.
CREATE TABLE sla_policy (
    id                      UUID          PRIMARY KEY,
    service_code            VARCHAR(16)   NOT NULL,
    position                INT           NOT NULL,
    enabled                 BOOLEAN       NOT NULL,
    name                    VARCHAR(100)  NOT NULL,
    conditions              JSONB         NOT NULL,
    targets                 JSONB         NOT NULL,
    hours                   VARCHAR(8)    NOT NULL CHECK (hours IN ('BUSINESS', 'CALENDAR')),
    pause_in                JSONB         NOT NULL,
    warn_before_seconds     BIGINT,
    raise_priority          BOOLEAN       NOT NULL,
    reassign_group_id       UUID,
    updated_at              TIMESTAMPTZ   NOT NULL,
    updated_by              VARCHAR(64)   NOT NULL,
    version                 BIGINT        NOT NULL
);
CREATE INDEX sla_policy_by_service ON sla_policy (service_code, position);

-- Each ticket's clocks (JSON: per metric the elapsed calendar and business time, since when it counts, met, warned,
-- breached, the current target and due instants) and the policy that sets their targets.
CREATE TABLE sla_ticket (
    ticket_id      UUID         PRIMARY KEY,
    service_code   VARCHAR(16)  NOT NULL,
    policy_id      UUID,
    first_reply_at TIMESTAMPTZ,
    clocks         JSONB        NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX sla_ticket_by_service ON sla_ticket (service_code);
CREATE INDEX sla_ticket_by_policy ON sla_ticket (policy_id);

-- Durable timers: a warning and a breach per running clock, replaced whenever the clocks are recomputed. The
-- scheduler claims due tickets every second (FOR UPDATE SKIP LOCKED on sla_ticket) and removes the rows it fired in
-- the transaction that writes the events, so each fires once, also after a restart.
CREATE TABLE sla_timer (
    ticket_id UUID         NOT NULL REFERENCES sla_ticket (ticket_id) ON DELETE CASCADE,
    metric    VARCHAR(16)  NOT NULL,
    kind      VARCHAR(8)   NOT NULL CHECK (kind IN ('WARN', 'BREACH')),
    due_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (ticket_id, metric, kind)
);
CREATE INDEX sla_timer_due ON sla_timer (due_at);
