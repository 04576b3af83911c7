-- A customer's message that came by mail keeps the mail's Message-ID (RFC 5322 allows 998 characters a line),
-- so notification-service can thread replies to it (MessageAdded.mailMessageId).
ALTER TABLE ticket_message ADD COLUMN mail_message_id VARCHAR(998);
