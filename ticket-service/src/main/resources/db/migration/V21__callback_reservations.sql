-- Callback reservations (issue 13, 약속콜 / 전화예약): a ticket holds at most one open reservation, so it lives on the
-- ticket row; done, cancelled and ended ones are lines of ticket_event. Nullable columns without a default: adding
-- them rewrites nothing.
ALTER TABLE ticket
    ADD COLUMN callback_at          TIMESTAMPTZ,
    ADD COLUMN callback_phone       VARCHAR(30),
    ADD COLUMN callback_note        VARCHAR(500),
    ADD COLUMN callback_reserved_by VARCHAR(64),
    ADD CONSTRAINT ticket_callback_whole CHECK (
        (callback_at IS NULL) = (callback_phone IS NULL) AND (callback_at IS NULL) = (callback_reserved_by IS NULL)
        AND (callback_note IS NULL OR callback_at IS NOT NULL));

-- An operator's open reservations, soonest first (GET /api/v1/me/callbacks), and their counts per service in my
-- status (an index-only scan, hence the service code): a walk of the operator's few entries, not of their tickets.
-- Only tickets with a reservation are in it (docs/performance.md, "Callback reservations").
CREATE INDEX ticket_callback_by_assignee ON ticket (assignee, callback_at, id) INCLUDE (workspace_code)
    WHERE callback_at IS NOT NULL AND deleted_at IS NULL;
