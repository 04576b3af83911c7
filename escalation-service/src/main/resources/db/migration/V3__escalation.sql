-- Issue-management escalations (PRODUCT.md §6): requested here, carried out by ticket-service, which reports
-- each step by event. One row per escalation; issue_* are set once ticket-service opened the issue ticket,
-- answer_* by the issue ticket's latest answer, refusal when ticket-service refused the request.
CREATE TABLE escalation (
    id                  UUID          PRIMARY KEY,
    source_ticket_id    UUID          NOT NULL,
    source_number       VARCHAR(32)   NOT NULL,
    source_service_code VARCHAR(16)   NOT NULL,
    target_service_code VARCHAR(16)   NOT NULL,
    inquiry_type_id     UUID,
    fields              JSONB         NOT NULL DEFAULT '{}',
    title               VARCHAR(200)  NOT NULL,
    content             TEXT          NOT NULL,
    status              VARCHAR(16)   NOT NULL CHECK (status IN ('REQUESTED', 'OPEN', 'ANSWERED', 'REFUSED')),
    requested_by        VARCHAR(64)   NOT NULL,
    requested_at        TIMESTAMPTZ   NOT NULL,
    issue_ticket_id     UUID,
    issue_number        VARCHAR(32),
    refusal             TEXT,
    answer_action       VARCHAR(32),
    answer_content      TEXT,
    answer_format       VARCHAR(8),
    answered_by         VARCHAR(64),
    answered_at         TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX escalation_by_source ON escalation (source_ticket_id, requested_at DESC);
CREATE INDEX escalation_by_issue ON escalation (issue_ticket_id) WHERE issue_ticket_id IS NOT NULL;
-- at most one request waiting for ticket-service per ticket: a second click does not escalate twice
CREATE UNIQUE INDEX escalation_one_requested ON escalation (source_ticket_id) WHERE status = 'REQUESTED';
