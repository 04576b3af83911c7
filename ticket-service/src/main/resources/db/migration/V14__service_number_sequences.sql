-- Ticket and customer numbers per service come from sequences of their own instead of counter columns of the
-- workspace row, which every create locked until its commit (creates of one service ran one at a time).
-- nextval never waits and is never rolled back: numbers stay unique and increasing per service; a create that
-- fails after taking its number leaves a gap.
CREATE FUNCTION service_number_sequence(kind TEXT, code TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS $$ SELECT kind || '_number_' || lower(code) $$;

CREATE FUNCTION create_service_number_sequences() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I', service_number_sequence('ticket', NEW.code));
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I', service_number_sequence('customer', NEW.code));
    RETURN NEW;
END $$;

CREATE TRIGGER workspace_number_sequences AFTER INSERT ON workspace
    FOR EACH ROW EXECUTE FUNCTION create_service_number_sequences();

DO $$
DECLARE
    service RECORD;
BEGIN
    FOR service IN SELECT code, next_ticket_number, next_customer_number FROM workspace LOOP
        EXECUTE format('CREATE SEQUENCE %I START %s', service_number_sequence('ticket', service.code),
                       service.next_ticket_number + 1);
        EXECUTE format('CREATE SEQUENCE %I START %s', service_number_sequence('customer', service.code),
                       service.next_customer_number + 1);
    END LOOP;
END $$;

ALTER TABLE workspace DROP COLUMN next_ticket_number, DROP COLUMN next_customer_number;
