-- Sub-tickets (PRODUCT.md §3.4): a child ticket for another group points at its parent.
ALTER TABLE ticket ADD COLUMN parent_id UUID REFERENCES ticket (id) ON DELETE CASCADE;
CREATE INDEX ticket_parent_idx ON ticket (parent_id) WHERE parent_id IS NOT NULL;
