-- A mask of an HTML message also takes out the attributes that held the masked characters (a tel: or mailto: link,
-- a title), sealed as JSON under the mask's key_id, so that unmasking puts them back. NULL: it took none.
ALTER TABLE message_mask ADD COLUMN sealed_attributes TEXT;
-- a message's masks are read on every mask, unmask and message list
CREATE INDEX message_mask_by_message ON message_mask (message_id, start_offset);
