-- Routing's deliveries (MAIL, FORWARD, CALLBACK, DOORAY_HOOK; PRODUCT.md §5) join the assignment
-- notices in the one delivery log, so every kind shares the sender, the retries and the dead letters.
ALTER TABLE mail_delivery RENAME TO delivery;
ALTER TABLE delivery RENAME CONSTRAINT mail_delivery_pkey TO delivery_pkey;
ALTER INDEX mail_delivery_due RENAME TO delivery_due;
ALTER INDEX mail_delivery_by_ticket RENAME TO delivery_by_ticket;
ALTER INDEX mail_delivery_by_time RENAME TO delivery_by_time;

-- One AssignmentDecided yields several deliveries; an assignment notice stays one per event. A routed
-- delivery keeps routing's stable delivery id as its own id, so the primary key alone makes sure it is
-- performed once, however many events carry it.
ALTER TABLE delivery DROP CONSTRAINT mail_delivery_event_id_key;
CREATE UNIQUE INDEX delivery_one_notice_per_event ON delivery (event_id) WHERE kind = 'ASSIGNMENT_NOTICE';

ALTER TABLE delivery
    ADD COLUMN service_code VARCHAR(16),
    ADD COLUMN trigger_name VARCHAR(200),
    -- CALLBACK and DOORAY_HOOK: where to POST and the exact JSON body (signed afresh at each attempt)
    ADD COLUMN url          VARCHAR(2000),
    ADD COLUMN request_body TEXT,
    -- a MAIL may go to several addresses: "a@example.com, b@example.com"
    ALTER COLUMN recipient TYPE TEXT,
    ALTER COLUMN subject DROP NOT NULL,
    ALTER COLUMN text_body DROP NOT NULL,
    ALTER COLUMN html_body DROP NOT NULL;

-- the log as a service admin reads it
CREATE INDEX delivery_by_service ON delivery (service_code, created_at);
