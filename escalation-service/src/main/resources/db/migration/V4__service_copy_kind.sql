-- Escalation targets are the ISSUE services and only INQUIRY tickets escalate: the copy keeps each service's
-- name and type (from ServiceChanged; NULL until the next one arrives for a service copied before).
ALTER TABLE service_copy
    ADD COLUMN name VARCHAR(200),
    ADD COLUMN type VARCHAR(16) CHECK (type IN ('INQUIRY', 'ISSUE'));
