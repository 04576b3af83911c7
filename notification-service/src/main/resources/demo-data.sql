-- Local stack only (SWITCHBOARD_DEMO_DATA_ENABLED=true): CS and DEV answer from, and read, their GreenMail
-- mailboxes. GreenMail takes any password, so the accounts store none. Idempotent: an admin's later changes stay.
INSERT INTO mail_settings (service_code, sender_name, sender_address, inbound_address, updated_at) VALUES
    ('CS', 'Switchboard CS 고객센터', 'cs@switchboard.local', 'cs@switchboard.local', now()),
    ('DEV', 'Switchboard DEV', 'dev@switchboard.local', 'dev@switchboard.local', now())
ON CONFLICT (service_code) DO NOTHING;

INSERT INTO imap_account (id, service_code, host, port, tls, username, password_ciphertext, folder, enabled, created_at) VALUES
    ('5b0c0000-0000-4000-8000-00000000c501', 'CS', '127.0.0.1', 3143, false, 'cs@switchboard.local', NULL, 'INBOX', true, now()),
    ('5b0c0000-0000-4000-8000-00000000de01', 'DEV', '127.0.0.1', 3143, false, 'dev@switchboard.local', NULL, 'INBOX', true, now())
ON CONFLICT DO NOTHING;
