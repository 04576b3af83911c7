-- A passing failure of a bulk item (its ticket locked by a stuck transaction, a conflict, the database briefly away)
-- puts the item back with a later try instead of at the head of the queue, so it delays nobody's other items; after
-- switchboard.bulk.max-attempts tries it fails for good.
ALTER TABLE bulk_job_item
    ADD COLUMN attempts        INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at TIMESTAMPTZ;
