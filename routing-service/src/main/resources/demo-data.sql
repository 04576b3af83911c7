-- Demo routing of the local stack: tickets of service CS go round-robin to group "Support"
-- (the group id is ticket-service's demo group).
INSERT INTO trigger_rule (id, service_code, name, position, enabled, version, conditions, assign_group, assign_mode)
VALUES ('d0000000-0000-4000-8000-000000000001', 'CS', 'CS inquiries to Support', 1, TRUE, 1, '[]',
        'a0000000-0000-4000-8000-000000000001', 'ROUND_ROBIN')
ON CONFLICT DO NOTHING;

INSERT INTO group_member (group_id, username, joined_at, assignment_enabled) VALUES
    ('a0000000-0000-4000-8000-000000000001', 'bob', '2026-01-01T00:00:00Z', TRUE),
    ('a0000000-0000-4000-8000-000000000001', 'carol', '2026-01-02T00:00:00Z', TRUE),
    ('a0000000-0000-4000-8000-000000000002', 'dave', '2026-01-01T00:00:00Z', TRUE)
ON CONFLICT DO NOTHING;
