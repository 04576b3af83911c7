-- Whoever is assigned a parent ticket sees its sub-tickets (AccessPolicy#maySee). The views and the counts asked
-- for the parent's assignee per sub-ticket, the counts for every sub-ticket of a service on each poll (4,700 parent
-- reads at 1 M tickets); kept on the sub-ticket it is one column of a small index.
ALTER TABLE ticket ADD COLUMN parent_assignee VARCHAR(64);

UPDATE ticket c SET parent_assignee = p.assignee FROM ticket p
WHERE c.parent_id IS NOT NULL AND p.id = c.parent_id AND p.assignee IS NOT NULL;

-- a new sub-ticket (and any write that names parent_id) takes it from the parent
CREATE FUNCTION ticket_parent_assignee_take() RETURNS trigger AS $$
BEGIN
    NEW.parent_assignee := (SELECT p.assignee FROM ticket p WHERE p.id = NEW.parent_id);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER ticket_parent_assignee_take BEFORE INSERT OR UPDATE OF parent_id ON ticket
    FOR EACH ROW WHEN (NEW.parent_id IS NOT NULL) EXECUTE FUNCTION ticket_parent_assignee_take();

-- a parent's new assignee reaches its sub-tickets in the same transaction. The children are found first and
-- updated by key: an UPDATE that scanned the table would meet the parent's row, which concurrent writers of the
-- parent hold key-share locks on (their history lines' foreign keys), and deadlock with them.
CREATE FUNCTION ticket_parent_assignee_pass() RETURNS trigger AS $$
DECLARE
    children UUID[] := ARRAY(SELECT c.id FROM ticket c WHERE c.parent_id = NEW.id);
BEGIN
    IF cardinality(children) > 0 THEN
        UPDATE ticket SET parent_assignee = NEW.assignee
        WHERE id = ANY (children) AND parent_assignee IS DISTINCT FROM NEW.assignee;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER ticket_parent_assignee_pass AFTER UPDATE OF assignee ON ticket
    FOR EACH ROW WHEN (OLD.assignee IS DISTINCT FROM NEW.assignee) EXECUTE FUNCTION ticket_parent_assignee_pass();

DROP INDEX ticket_sub_by_workspace;
CREATE INDEX ticket_sub_by_parent_assignee ON ticket (workspace_code, parent_assignee) WHERE parent_id IS NOT NULL;
