-- Triggers (PRODUCT.md §5): ordered per service; conditions and results as JSON documents.
CREATE TABLE trigger_rule (
    id           UUID         PRIMARY KEY,
    service_code VARCHAR(16)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    position     INT          NOT NULL,
    enabled      BOOLEAN      NOT NULL DEFAULT TRUE,
    version      INT          NOT NULL DEFAULT 1,
    conditions   JSONB        NOT NULL DEFAULT '[]',
    assign_group UUID,
    assign_mode  VARCHAR(16) CHECK (assign_mode IN ('ROUND_ROBIN', 'RANDOM')),
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX trigger_rule_by_service ON trigger_rule (service_code, position);

-- Who can be assigned: kept here so routing never calls ticket-service on the hot path.
CREATE TABLE group_member (
    group_id           UUID        NOT NULL,
    username           VARCHAR(64) NOT NULL,
    joined_at          TIMESTAMPTZ NOT NULL,
    assignment_enabled BOOLEAN     NOT NULL DEFAULT TRUE,
    PRIMARY KEY (group_id, username)
);

-- Round-robin position per group; survives restarts and is shared by all instances.
CREATE TABLE round_robin_position (
    group_id      UUID        PRIMARY KEY,
    last_assignee VARCHAR(64) NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

-- Every evaluation, with its explanation.
CREATE TABLE routing_decision (
    id              UUID         PRIMARY KEY,
    ticket_id       UUID         NOT NULL,
    service_code    VARCHAR(16)  NOT NULL,
    outcome         VARCHAR(16)  NOT NULL,
    trigger_id      UUID,
    trigger_name    VARCHAR(100),
    trigger_version INT,
    group_id        UUID,
    assignee        VARCHAR(64),
    reason          TEXT         NOT NULL,
    explanation     JSONB        NOT NULL,
    decided_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX routing_decision_by_ticket ON routing_decision (ticket_id, decided_at);
