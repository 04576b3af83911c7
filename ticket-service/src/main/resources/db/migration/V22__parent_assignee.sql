-- Whoever is assigned a parent ticket sees its sub-tickets (AccessPolicy#maySee). The views and the counts asked
-- for the parent's assignee per sub-ticket, the counts for every sub-ticket of a service on each poll (4,700 parent
-- reads at 1 M tickets); kept on the sub-ticket it is one column of a small index.
ALTER TABLE ticket ADD COLUMN parent_assignee VARCHAR(64);

UPDATE ticket c SET parent_assignee = p.assignee FROM ticket p
WHERE c.parent_id IS NOT NULL AND p.id = c.parent_id AND p.assignee IS NOT NULL;

-- a new sub-ticket takes it from its parent (a ticket never changes parent). Insert only: a BEFORE UPDATE trigger
-- makes PostgreSQL lock the row FOR UPDATE whenever the statement names a key column, and Hibernate's updates name
-- every column, so concurrent writers of a ticket, which hold key-share locks on it, would deadlock with it.
CREATE FUNCTION ticket_parent_assignee_take() RETURNS trigger AS $$
BEGIN
    NEW.parent_assignee := (SELECT p.assignee FROM ticket p WHERE p.id = NEW.parent_id);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER ticket_parent_assignee_take BEFORE INSERT ON ticket
    FOR EACH ROW WHEN (NEW.parent_id IS NOT NULL) EXECUTE FUNCTION ticket_parent_assignee_take();

-- a parent's new assignee reaches its sub-tickets in the same transaction (an AFTER trigger locks no row of its own)
CREATE FUNCTION ticket_parent_assignee_pass() RETURNS trigger AS $$
BEGIN
    UPDATE ticket SET parent_assignee = NEW.assignee
    WHERE parent_id = NEW.id AND parent_assignee IS DISTINCT FROM NEW.assignee;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER ticket_parent_assignee_pass AFTER UPDATE OF assignee ON ticket
    FOR EACH ROW WHEN (OLD.assignee IS DISTINCT FROM NEW.assignee) EXECUTE FUNCTION ticket_parent_assignee_pass();

DROP INDEX ticket_sub_by_workspace;
CREATE INDEX ticket_sub_by_parent_assignee ON ticket (workspace_code, parent_assignee) WHERE parent_id IS NOT NULL;
