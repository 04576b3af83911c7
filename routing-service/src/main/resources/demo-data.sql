-- Demo routing of the local stack. ticket-service publishes its SQL demo organisation at start-up; these
-- copies match it, so tickets created in the first seconds are routed the same way:
-- services CS (Asia/Seoul) and DEV (Asia/Tokyo), group Support (bob, carol) and Developers (dave), admin alice.
INSERT INTO service_profile (code, name, time_zone, languages, business_hours, members, changed_at) VALUES
    ('CS', 'Customer Support', 'Asia/Seoul', '["ko", "ja", "en"]',
     '{"days": [{"day": "MONDAY", "opens": "09:00", "closes": "18:00"}, {"day": "TUESDAY", "opens": "09:00", "closes": "18:00"}, {"day": "WEDNESDAY", "opens": "09:00", "closes": "18:00"}, {"day": "THURSDAY", "opens": "09:00", "closes": "18:00"}, {"day": "FRIDAY", "opens": "09:00", "closes": "18:00"}], "holidays": []}',
     '[{"username": "alice", "displayName": "Alice Park", "email": "alice@example.com", "role": "ADMIN", "assignmentEnabled": false},
       {"username": "bob", "displayName": "Bob Kim", "email": "bob@example.com", "role": "OPERATOR", "assignmentEnabled": true},
       {"username": "carol", "displayName": "Carol Sato", "email": "carol@example.com", "role": "OPERATOR", "assignmentEnabled": true}]',
     '2026-01-01T00:00:00Z'),
    ('DEV', 'Development Issues', 'Asia/Tokyo', '["ja"]',
     '{"days": [{"day": "MONDAY", "opens": "09:00", "closes": "18:00"}, {"day": "TUESDAY", "opens": "09:00", "closes": "18:00"}, {"day": "WEDNESDAY", "opens": "09:00", "closes": "18:00"}, {"day": "THURSDAY", "opens": "09:00", "closes": "18:00"}, {"day": "FRIDAY", "opens": "09:00", "closes": "18:00"}], "holidays": []}',
     '[{"username": "dave", "displayName": "Dave Tanaka", "email": "dave@example.com", "role": "OPERATOR", "assignmentEnabled": true}]',
     '2026-01-01T00:00:00Z')
ON CONFLICT DO NOTHING;

INSERT INTO operator_group (id, service_code, name, changed_at) VALUES
    ('a0000000-0000-4000-8000-000000000001', 'CS', 'Support', '2026-01-01T00:00:00Z'),
    ('a0000000-0000-4000-8000-000000000002', 'DEV', 'Developers', '2026-01-01T00:00:00Z')
ON CONFLICT DO NOTHING;

INSERT INTO group_member (group_id, username, joined_at, assignment_enabled, display_name, email) VALUES
    ('a0000000-0000-4000-8000-000000000001', 'bob', '2026-01-01T00:00:00Z', TRUE, 'Bob Kim', 'bob@example.com'),
    ('a0000000-0000-4000-8000-000000000001', 'carol', '2026-01-02T00:00:00Z', TRUE, 'Carol Sato', 'carol@example.com'),
    ('a0000000-0000-4000-8000-000000000002', 'dave', '2026-01-01T00:00:00Z', TRUE, 'Dave Tanaka', 'dave@example.com')
ON CONFLICT DO NOTHING;

-- Tickets of CS go round-robin to Support.
INSERT INTO trigger_rule (id, service_code, title, description, position, enabled, version, run_on_update,
                          conditions, results, updated_by, updated_at)
VALUES ('d0000000-0000-4000-8000-000000000001', 'CS', 'CS inquiries to Support', 'Every new ticket of CS', 1, TRUE,
        1, FALSE, '[]',
        '{"assign": {"groupId": "a0000000-0000-4000-8000-000000000001", "mode": "ROUND_ROBIN"}}',
        'system', '2026-01-01T00:00:00Z')
ON CONFLICT DO NOTHING;
INSERT INTO trigger_version (trigger_id, version, service_code, definition, changed_by, changed_at)
VALUES ('d0000000-0000-4000-8000-000000000001', 1, 'CS',
        '{"title": "CS inquiries to Support", "description": "Every new ticket of CS", "enabled": true,
          "runOnUpdate": false, "conditions": [],
          "results": {"assign": {"groupId": "a0000000-0000-4000-8000-000000000001", "mode": "ROUND_ROBIN"}}}',
        'system', '2026-01-01T00:00:00Z')
ON CONFLICT DO NOTHING;
