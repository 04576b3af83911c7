-- Personal-info masking (docs/masking.md): two settings per service, and the masked ranges of messages. A masked
-- message row holds '*' for the masked characters; the originals exist only sealed (AES-256-GCM) in message_mask,
-- under the key key_id of switchboard.masking.keys, bound to the message and the mask id.
ALTER TABLE workspace
    ADD COLUMN masking_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN operators_may_unmask BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE message_mask (
    id              UUID PRIMARY KEY,
    message_id      UUID NOT NULL REFERENCES ticket_message (id) ON DELETE CASCADE,
    ticket_id       UUID NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    -- code-point offsets into the message's text (an HTML body's text content), end exclusive
    start_offset    INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset      INTEGER NOT NULL CHECK (end_offset > start_offset),
    key_id          VARCHAR(32) NOT NULL,
    sealed_original TEXT NOT NULL,
    masked_by       VARCHAR(255) NOT NULL,
    masked_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX message_mask_by_ticket ON message_mask (ticket_id);
-- the rewrap at start-up finds masks sealed under an older key
CREATE INDEX message_mask_by_key ON message_mask (key_id);
