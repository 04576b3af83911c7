-- My status counts an operator's open tickets past due or past a warning (SlaWatchRepository). Before, it read the
-- heap row of every open ticket of the operator and probed ticket_sla for each: 345 ms for an operator with 15,766
-- open tickets at 1 M (docs/performance.md, "SLA clocks in my status"). Now both sides are index-only:
-- the operator's open tickets with their service from ticket_by_assignee_status (rebuilt with the service code),
-- and only the clocks that can count (past due, or with a warning ahead) from ticket_sla_attention.
DROP INDEX ticket_by_assignee_status;
CREATE INDEX ticket_by_assignee_status ON ticket (assignee, status, created_at DESC, id DESC) INCLUDE (workspace_code)
    WHERE assignee IS NOT NULL;

CREATE INDEX ticket_sla_attention ON ticket_sla (ticket_id) INCLUDE (overdue, next_warn_at)
    WHERE overdue OR next_warn_at IS NOT NULL;
