-- Dooray! escalations (PRODUCT.md §6): one row per task asked for. A row is stored PENDING before Dooray is
-- called, so a task Dooray created is never lost (a crash between the two is reconciled by searching the
-- project); it becomes OPEN with task_id once Dooray answered, ANSWERED when the task is closed, FAILED when
-- Dooray refused or ticket-service refused to move the ticket (failure says why).
CREATE TABLE dooray_escalation (
    id                UUID          PRIMARY KEY,
    ticket_id         UUID          NOT NULL,
    ticket_number     VARCHAR(32)   NOT NULL,
    service_code      VARCHAR(16)   NOT NULL,
    project_id        VARCHAR(20)   NOT NULL,
    project_name      VARCHAR(100)  NOT NULL,
    task_id           VARCHAR(20),
    subject           VARCHAR(200)  NOT NULL,
    workflow_class    VARCHAR(16)   CHECK (workflow_class IN ('backlog', 'registered', 'working', 'closed')),
    status            VARCHAR(16)   NOT NULL CHECK (status IN ('PENDING', 'OPEN', 'ANSWERED', 'FAILED')),
    failure           TEXT,
    -- ticket-service refused the move: a comment telling Dooray's side is still to be posted
    notice_pending    BOOLEAN       NOT NULL DEFAULT FALSE,
    requested_by      VARCHAR(64)   NOT NULL,
    requested_at      TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    last_synced_at    TIMESTAMPTZ,
    version           BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX dooray_escalation_by_ticket ON dooray_escalation (ticket_id, requested_at DESC);
CREATE UNIQUE INDEX dooray_escalation_by_task ON dooray_escalation (project_id, task_id) WHERE task_id IS NOT NULL;
-- one task being worked per ticket: a second click does not escalate twice
CREATE UNIQUE INDEX dooray_escalation_one_active ON dooray_escalation (ticket_id) WHERE status IN ('PENDING', 'OPEN');
CREATE INDEX dooray_escalation_to_sync ON dooray_escalation (last_synced_at) WHERE status IN ('PENDING', 'OPEN');

-- The task's comments (the ticket's "Dooray conversation"), each once, whether a hook or a reading brought it.
CREATE TABLE dooray_comment (
    escalation_id      UUID          NOT NULL REFERENCES dooray_escalation (id) ON DELETE CASCADE,
    comment_id         VARCHAR(20)   NOT NULL,
    author_name        VARCHAR(200)  NOT NULL,
    author_member_id   VARCHAR(20),
    author_username    VARCHAR(64),
    from_switchboard   BOOLEAN       NOT NULL,
    content            TEXT          NOT NULL,
    mime_type          VARCHAR(32)   NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (escalation_id, comment_id)
);
