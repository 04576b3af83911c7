-- The operator's workspace (issue 11): stars and read marks per operator, view counts kept without scanning
-- the ticket table, and the indexes the views, sorts and criteria walk (docs/performance.md).

-- ☆ important, per operator
CREATE TABLE ticket_star (
    username   VARCHAR(64) NOT NULL,
    ticket_id  UUID        NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    starred_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (username, ticket_id)
);
CREATE INDEX ticket_star_by_ticket ON ticket_star (ticket_id);

-- when an operator last opened a ticket (unread = changed by someone else since)
CREATE TABLE ticket_read (
    username  VARCHAR(64) NOT NULL,
    ticket_id UUID        NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    read_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (username, ticket_id)
);
CREATE INDEX ticket_read_by_ticket ON ticket_read (ticket_id);

-- Counts: live tickets (not deleted) per key. A statement-level trigger appends one delta per key and statement
-- (inserts only: no row every create would lock); a scheduled job folds the deltas into the totals under an
-- advisory lock. A read sums totals and pending deltas, so it is exact.
CREATE TABLE ticket_count (
    workspace_code VARCHAR(16) NOT NULL,
    status         VARCHAR(32) NOT NULL,
    spam           BOOLEAN     NOT NULL,
    sub            BOOLEAN     NOT NULL,
    assignee       VARCHAR(64),
    group_id       UUID,
    tickets        BIGINT      NOT NULL,
    CONSTRAINT ticket_count_key UNIQUE NULLS NOT DISTINCT (workspace_code, status, spam, sub, assignee, group_id)
);

CREATE TABLE ticket_count_delta (
    id             BIGSERIAL   PRIMARY KEY,
    workspace_code VARCHAR(16) NOT NULL,
    status         VARCHAR(32) NOT NULL,
    spam           BOOLEAN     NOT NULL,
    sub            BOOLEAN     NOT NULL,
    assignee       VARCHAR(64),
    group_id       UUID,
    delta          BIGINT      NOT NULL
);
CREATE INDEX ticket_count_delta_by_service ON ticket_count_delta (workspace_code);

CREATE FUNCTION ticket_count_track() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO ticket_count_delta (workspace_code, status, spam, sub, assignee, group_id, delta)
        SELECT workspace_code, status, status = 'INTERNALLY_RESOLVED' AND internal_resolution IS NOT DISTINCT FROM 'SPAM',
               parent_id IS NOT NULL, assignee, group_id, count(*)
        FROM new_rows WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO ticket_count_delta (workspace_code, status, spam, sub, assignee, group_id, delta)
        SELECT workspace_code, status, status = 'INTERNALLY_RESOLVED' AND internal_resolution IS NOT DISTINCT FROM 'SPAM',
               parent_id IS NOT NULL, assignee, group_id, -count(*)
        FROM old_rows WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6;
    ELSE
        -- an update that leaves the key as it was (most of them) writes nothing
        INSERT INTO ticket_count_delta (workspace_code, status, spam, sub, assignee, group_id, delta)
        SELECT workspace_code, status, spam, sub, assignee, group_id, sum(d) FROM (
            SELECT workspace_code, status,
                   status = 'INTERNALLY_RESOLVED' AND internal_resolution IS NOT DISTINCT FROM 'SPAM' AS spam,
                   parent_id IS NOT NULL AS sub, assignee, group_id, -1 AS d
            FROM old_rows WHERE deleted_at IS NULL
            UNION ALL
            SELECT workspace_code, status,
                   status = 'INTERNALLY_RESOLVED' AND internal_resolution IS NOT DISTINCT FROM 'SPAM',
                   parent_id IS NOT NULL, assignee, group_id, 1
            FROM new_rows WHERE deleted_at IS NULL) changed
        GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(d) <> 0;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- statement-level with transition tables: a COPY of 25,000 tickets (the seeder) appends a few rows, not 25,000
CREATE TRIGGER ticket_count_insert AFTER INSERT ON ticket REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ticket_count_track();
CREATE TRIGGER ticket_count_update AFTER UPDATE ON ticket REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ticket_count_track();
CREATE TRIGGER ticket_count_delete AFTER DELETE ON ticket REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ticket_count_track();

INSERT INTO ticket_count (workspace_code, status, spam, sub, assignee, group_id, tickets)
SELECT workspace_code, status, status = 'INTERNALLY_RESOLVED' AND internal_resolution IS NOT DISTINCT FROM 'SPAM',
       parent_id IS NOT NULL, assignee, group_id, count(*)
FROM ticket WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6;

-- sort=priority: highest first; the list query orders by this very expression so the index serves it
CREATE FUNCTION ticket_priority_rank(priority VARCHAR) RETURNS SMALLINT AS $$
    SELECT CASE priority WHEN 'URGENT' THEN 3 WHEN 'HIGH' THEN 2 WHEN 'NORMAL' THEN 1 ELSE 0 END::SMALLINT
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

CREATE INDEX ticket_by_workspace_updated ON ticket (workspace_code, updated_at DESC, created_at DESC, id DESC);
CREATE INDEX ticket_by_workspace_priority
    ON ticket (workspace_code, ticket_priority_rank(priority) DESC, created_at DESC, id DESC);
-- views by status (unassigned, escalated, spam, status criteria) and an operator's views by status
CREATE INDEX ticket_by_workspace_status ON ticket (workspace_code, status, created_at DESC, id DESC);
CREATE INDEX ticket_by_assignee_status ON ticket (assignee, status, created_at DESC, id DESC)
    WHERE assignee IS NOT NULL;
CREATE INDEX ticket_by_group ON ticket (group_id, created_at DESC, id DESC) WHERE group_id IS NOT NULL;
-- counts: the sub-tickets of a service (those seen through their parent's assignee)
CREATE INDEX ticket_sub_by_workspace ON ticket (workspace_code) WHERE parent_id IS NOT NULL;
-- criteria that may match few tickets: without these a rare value walks the whole service
CREATE INDEX ticket_by_inquiry_type ON ticket (inquiry_type_id, created_at DESC, id DESC)
    WHERE inquiry_type_id IS NOT NULL;
CREATE INDEX ticket_by_processing_type ON ticket (processing_type_id, created_at DESC, id DESC)
    WHERE processing_type_id IS NOT NULL;
CREATE INDEX customer_by_login_id ON customer (workspace_code, login_id) WHERE login_id IS NOT NULL;
-- "contains" on title and customer name (three characters or more; pg_trgm is a trusted extension, so the
-- database's owner may create it)
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ticket_title_trgm ON ticket USING gin (lower(title) gin_trgm_ops);
CREATE INDEX ticket_customer_name_trgm ON ticket USING gin (lower(customer_name) gin_trgm_ops);
