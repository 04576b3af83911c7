-- The inflow board's "received today" and 24-hour processing rate (docs/api.md "Inflow board") without counting
-- the day's tickets: live tickets per service, quarter hour of creation and status, kept like the view counts of
-- V17 (a statement trigger appends deltas, ViewCounts folds them under the same advisory lock). Quarter hours
-- from the epoch begin every day of every zone (all offsets in use are multiples of 15 minutes).
CREATE TABLE ticket_inflow (
    workspace_code VARCHAR(16) NOT NULL,
    created_quarter TIMESTAMPTZ NOT NULL,
    status         VARCHAR(32) NOT NULL,
    tickets        BIGINT      NOT NULL,
    CONSTRAINT ticket_inflow_key PRIMARY KEY (workspace_code, created_quarter, status)
);

CREATE TABLE ticket_inflow_delta (
    id              BIGSERIAL   PRIMARY KEY,
    workspace_code  VARCHAR(16) NOT NULL,
    created_quarter TIMESTAMPTZ NOT NULL,
    status          VARCHAR(32) NOT NULL,
    delta           BIGINT      NOT NULL
);
CREATE INDEX ticket_inflow_delta_by_service ON ticket_inflow_delta (workspace_code, created_quarter);

CREATE FUNCTION ticket_quarter(created_at TIMESTAMPTZ) RETURNS TIMESTAMPTZ AS $$
    SELECT date_bin('15 minutes', created_at, TIMESTAMPTZ '1970-01-01 00:00:00+00')
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION ticket_inflow_track() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO ticket_inflow_delta (workspace_code, created_quarter, status, delta)
        SELECT workspace_code, ticket_quarter(created_at), status, count(*)
        FROM new_rows WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO ticket_inflow_delta (workspace_code, created_quarter, status, delta)
        SELECT workspace_code, ticket_quarter(created_at), status, -count(*)
        FROM old_rows WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
    ELSE
        -- only a change of status or deletion moves a ticket between keys
        INSERT INTO ticket_inflow_delta (workspace_code, created_quarter, status, delta)
        SELECT workspace_code, quarter, status, sum(d) FROM (
            SELECT workspace_code, ticket_quarter(created_at) AS quarter, status, -1 AS d
            FROM old_rows WHERE deleted_at IS NULL
            UNION ALL
            SELECT workspace_code, ticket_quarter(created_at), status, 1 FROM new_rows WHERE deleted_at IS NULL) changed
        GROUP BY 1, 2, 3 HAVING sum(d) <> 0;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ticket_inflow_insert AFTER INSERT ON ticket REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ticket_inflow_track();
CREATE TRIGGER ticket_inflow_update AFTER UPDATE ON ticket REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ticket_inflow_track();
CREATE TRIGGER ticket_inflow_delete AFTER DELETE ON ticket REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ticket_inflow_track();

INSERT INTO ticket_inflow (workspace_code, created_quarter, status, tickets)
SELECT workspace_code, ticket_quarter(created_at), status, count(*)
FROM ticket WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
