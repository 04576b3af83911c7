-- Type trees can be edited (PRODUCT.md §4): moving a type re-derives the depth of everything below it. The
-- BEFORE trigger derives the moved row's depth; this AFTER trigger touches its children so theirs follows, level
-- by level (at most five), and the CHECK on depth still refuses a subtree pushed below the fifth level.
CREATE FUNCTION type_tree_children_depth() RETURNS trigger AS $$
BEGIN
    EXECUTE format('UPDATE %I SET parent_id = parent_id WHERE parent_id = $1', TG_TABLE_NAME) USING NEW.id;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER inquiry_type_children_depth AFTER UPDATE OF parent_id ON inquiry_type
    FOR EACH ROW WHEN (OLD.depth IS DISTINCT FROM NEW.depth) EXECUTE FUNCTION type_tree_children_depth();
CREATE TRIGGER processing_type_children_depth AFTER UPDATE OF parent_id ON processing_type
    FOR EACH ROW WHEN (OLD.depth IS DISTINCT FROM NEW.depth) EXECUTE FUNCTION type_tree_children_depth();

-- siblings are read and renumbered by parent
CREATE INDEX inquiry_type_by_parent ON inquiry_type (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX processing_type_by_parent ON processing_type (parent_id) WHERE parent_id IS NOT NULL;
