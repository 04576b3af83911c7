-- Admins' changes count up a version per setting (If-Match on PUT/DELETE: no silent overwrite of a
-- colleague's change). 0 means "not stored yet"; a stored row starts at 1. The IMAP pollers' own
-- bookkeeping (last UID, lease, last poll) does not count.
ALTER TABLE mail_settings ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE mail_layout ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE imap_account ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
