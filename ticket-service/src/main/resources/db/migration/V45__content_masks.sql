-- A mask of the ticket's own content (the inquiry of a ticket created through the API, the help center or by an
-- operator, and the plain text of a mail ticket's first mail) has no message: message_id is null, and its offsets
-- are code points of ticket.content.
ALTER TABLE message_mask ALTER COLUMN message_id DROP NOT NULL;
