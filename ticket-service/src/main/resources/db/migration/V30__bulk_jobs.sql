-- Bulk processing (티켓 일괄 처리, PRODUCT.md §3.4): a job and one item per ticket. A worker claims pending items
-- one by one (FOR UPDATE SKIP LOCKED) and does each item's ticket action and its outcome in one transaction, so a
-- restart resumes the pending rest and never repeats a done one.
CREATE TABLE bulk_job (
    id            UUID         PRIMARY KEY,
    action        VARCHAR(16)  NOT NULL,
    -- the action's body as sent (reply text and format, or group, assignee and note), the same for every ticket
    command       TEXT         NOT NULL,
    created_by    VARCHAR(128) NOT NULL,
    -- who the worker acts as: the creator's name, e-mail and roles when they created the job
    creator_name  VARCHAR(255),
    creator_email VARCHAR(320),
    creator_roles TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX bulk_job_by_creator ON bulk_job (created_by, created_at DESC);

CREATE TABLE bulk_job_item (
    seq              BIGSERIAL    NOT NULL UNIQUE,
    job_id           UUID         NOT NULL REFERENCES bulk_job (id) ON DELETE CASCADE,
    position         INTEGER      NOT NULL,
    ticket_id        UUID         NOT NULL,
    -- the ticket's service and number as far as the creator could see it; null otherwise
    service_code     VARCHAR(16),
    ticket_number    VARCHAR(32),
    expected_version BIGINT,
    outcome          VARCHAR(8)   NOT NULL DEFAULT 'PENDING' CHECK (outcome IN ('PENDING', 'DONE', 'FAILED')),
    -- the problem+json the single action would have answered, for a FAILED item
    problem          TEXT,
    processed_at     TIMESTAMPTZ,
    PRIMARY KEY (job_id, ticket_id),
    UNIQUE (job_id, position)
);
CREATE INDEX bulk_job_item_pending ON bulk_job_item (seq) WHERE outcome = 'PENDING';
