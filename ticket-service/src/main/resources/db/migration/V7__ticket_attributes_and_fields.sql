-- Ticket attributes and fields (PRODUCT.md §3.1, §4): priority, language, inquiry and processing
-- types, tags, customer and operator field values; processing types; field definitions.

-- One depth function for both type trees (inquiry and processing types): depth comes from the parent,
-- which must exist in the same service; the CHECK on depth refuses a sixth level.
CREATE FUNCTION type_tree_depth() RETURNS trigger AS $$
DECLARE
    parent_depth   SMALLINT;
    parent_service VARCHAR(16);
BEGIN
    IF NEW.parent_id IS NULL THEN
        NEW.depth := 1;
    ELSE
        EXECUTE format('SELECT depth, service_code FROM %I WHERE id = $1', TG_TABLE_NAME)
            INTO parent_depth, parent_service USING NEW.parent_id;
        IF parent_depth IS NULL THEN
            RAISE EXCEPTION '% % has no parent %', TG_TABLE_NAME, NEW.id, NEW.parent_id;
        END IF;
        IF parent_service <> NEW.service_code THEN
            RAISE EXCEPTION '% % and its parent belong to different services', TG_TABLE_NAME, NEW.id;
        END IF;
        NEW.depth := parent_depth + 1;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER inquiry_type_depth ON inquiry_type;
DROP FUNCTION inquiry_type_depth();
CREATE TRIGGER inquiry_type_depth BEFORE INSERT OR UPDATE OF parent_id, service_code ON inquiry_type
    FOR EACH ROW EXECUTE FUNCTION type_tree_depth();

-- Processing types (처리유형 / 処理タイプ): how the ticket was handled; a tree like inquiry types.
CREATE TABLE processing_type (
    id           UUID        PRIMARY KEY,
    service_code VARCHAR(16) NOT NULL REFERENCES workspace (code),
    parent_id    UUID        REFERENCES processing_type (id),
    names        JSONB       NOT NULL CHECK (jsonb_typeof(names) = 'object'),
    position     INTEGER     NOT NULL DEFAULT 0,
    active       BOOLEAN     NOT NULL DEFAULT TRUE,
    depth        SMALLINT    NOT NULL CHECK (depth BETWEEN 1 AND 5)
);
CREATE INDEX processing_type_by_service ON processing_type (service_code, depth, position);
CREATE TRIGGER processing_type_depth BEFORE INSERT OR UPDATE OF parent_id, service_code ON processing_type
    FOR EACH ROW EXECUTE FUNCTION type_tree_depth();

-- Field definitions. A code is unique in its service for ever: deleting a field keeps its row as a
-- tombstone (deleted_at), so the unique constraint also refuses re-using the code.
CREATE TABLE field_definition (
    id           UUID         PRIMARY KEY,
    service_code VARCHAR(16)  NOT NULL REFERENCES workspace (code),
    code         VARCHAR(50)  NOT NULL,
    scope        VARCHAR(16)  NOT NULL CHECK (scope IN ('CUSTOMER', 'OPERATOR')),
    type         VARCHAR(16)  NOT NULL,
    names        JSONB        NOT NULL CHECK (jsonb_typeof(names) = 'object'),
    options      JSONB        NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(options) = 'array'),
    required     BOOLEAN      NOT NULL DEFAULT FALSE,
    encrypted    BOOLEAN      NOT NULL DEFAULT FALSE,
    admin_only   BOOLEAN      NOT NULL DEFAULT FALSE CHECK (NOT admin_only OR scope = 'OPERATOR'),
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    position     INTEGER      NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ  NOT NULL,
    deleted_at   TIMESTAMPTZ,
    UNIQUE (service_code, code)
);

-- Customer fields shown for an inquiry type (and, through the tree, for its descendants).
CREATE TABLE field_inquiry_type (
    field_id        UUID NOT NULL REFERENCES field_definition (id) ON DELETE CASCADE,
    inquiry_type_id UUID NOT NULL REFERENCES inquiry_type (id) ON DELETE CASCADE,
    PRIMARY KEY (field_id, inquiry_type_id)
);
CREATE INDEX field_inquiry_type_by_type ON field_inquiry_type (inquiry_type_id);

-- Existing tickets get the service's first help-center language.
ALTER TABLE ticket
    ADD COLUMN priority           VARCHAR(8)  NOT NULL DEFAULT 'NORMAL'
        CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    ADD COLUMN language           VARCHAR(16),
    ADD COLUMN inquiry_type_id    UUID REFERENCES inquiry_type (id),
    ADD COLUMN processing_type_id UUID REFERENCES processing_type (id),
    ADD COLUMN tags               JSONB NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(tags) = 'array'),
    ADD COLUMN field_values       JSONB NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(field_values) = 'object'),
    -- code → base64 AES-GCM ciphertext; never searched, never published
    ADD COLUMN encrypted_values   JSONB NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(encrypted_values) = 'object'),
    ADD COLUMN customer_phone     VARCHAR(32);
UPDATE ticket t SET language = split_part(w.help_center_languages, ',', 1)
    FROM workspace w WHERE w.code = t.workspace_code;
ALTER TABLE ticket ALTER COLUMN language SET NOT NULL;
-- rows written without a language (imports, tests) get their service's first language too
CREATE FUNCTION ticket_default_language() RETURNS trigger AS $$
BEGIN
    IF NEW.language IS NULL THEN
        SELECT split_part(help_center_languages, ',', 1) INTO NEW.language FROM workspace
            WHERE code = NEW.workspace_code;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER ticket_default_language BEFORE INSERT ON ticket
    FOR EACH ROW EXECUTE FUNCTION ticket_default_language();
-- for search by tag and by (non-encrypted) field value later
CREATE INDEX ticket_tags ON ticket USING gin (tags);
CREATE INDEX ticket_field_values ON ticket USING gin (field_values jsonb_path_ops);

-- Before/after values of an audit line, e.g. {"priority": {"before": "NORMAL", "after": "HIGH"}}.
ALTER TABLE ticket_event ADD COLUMN changes JSONB;
