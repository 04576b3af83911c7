-- Business hours per service (PRODUCT.md §4), in the service's time zone; routing and SLA read them from
-- the ServiceChanged event. New services open Monday to Friday, 09:00–18:00.
ALTER TABLE workspace ADD COLUMN business_hours JSONB NOT NULL DEFAULT
    '{"days": [{"day": "MONDAY", "opens": "09:00", "closes": "18:00"},
               {"day": "TUESDAY", "opens": "09:00", "closes": "18:00"},
               {"day": "WEDNESDAY", "opens": "09:00", "closes": "18:00"},
               {"day": "THURSDAY", "opens": "09:00", "closes": "18:00"},
               {"day": "FRIDAY", "opens": "09:00", "closes": "18:00"}],
      "holidays": []}'
    CHECK (jsonb_typeof(business_hours -> 'days') = 'array' AND jsonb_typeof(business_hours -> 'holidays') = 'array');

-- A file goes out with at most one reply, comment or re-inquiry (PRODUCT.md §3.1 messages with attachments).
ALTER TABLE attachment ADD COLUMN message_id UUID REFERENCES ticket_message (id) ON DELETE SET NULL;
CREATE INDEX attachment_by_message ON attachment (message_id) WHERE message_id IS NOT NULL;

-- Purging a deleted ticket takes its attachments and their stored bytes along (it failed on the foreign key before).
ALTER TABLE attachment DROP CONSTRAINT attachment_ticket_id_fkey,
    ADD CONSTRAINT attachment_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE;

CREATE FUNCTION attachment_blob_cleanup() RETURNS trigger AS $$
BEGIN
    DELETE FROM attachment_blob WHERE storage_key = OLD.storage_key;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER attachment_blob_cleanup AFTER DELETE ON attachment
    FOR EACH ROW EXECUTE FUNCTION attachment_blob_cleanup();
