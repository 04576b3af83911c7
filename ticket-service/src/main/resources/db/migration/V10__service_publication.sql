-- When the service's state (ServiceChanged) was last published; NULL: never, e.g. written by SQL. Such
-- services and their groups are published at start-up so other services' copies match.
ALTER TABLE workspace ADD COLUMN published_at TIMESTAMPTZ;
