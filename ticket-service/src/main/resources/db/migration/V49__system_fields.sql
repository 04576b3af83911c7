-- A service's changes to the system fields of its customer form (inquiry type, e-mail, title, content, privacy
-- consent). No row: the built-in labels and switches; resetting a field deletes its row.
CREATE TABLE system_field_setting (
    service_code VARCHAR(16) NOT NULL REFERENCES workspace (code),
    field_key    VARCHAR(32) NOT NULL
        CHECK (field_key IN ('inquiry_type', 'email', 'title', 'content', 'privacy_consent')),
    names        JSONB       NOT NULL CHECK (jsonb_typeof(names) = 'object'),
    required     BOOLEAN     NOT NULL,
    active       BOOLEAN     NOT NULL,
    position     INTEGER     NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (service_code, field_key)
);
