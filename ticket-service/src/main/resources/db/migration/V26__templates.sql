-- Reply templates (템플릿 / テンプレート, PRODUCT.md §4): a service's own (service_code set) or shared by every
-- service of the organisation (service_code NULL). Search codes are unique ignoring case within a service and
-- among shared ones; that a service's code may not shadow a shared one is checked by the application.
CREATE TABLE template (
    id           UUID          PRIMARY KEY,
    service_code VARCHAR(16)   REFERENCES workspace (code),
    title        VARCHAR(100)  NOT NULL,
    body         TEXT          NOT NULL,
    format       VARCHAR(8)    NOT NULL,
    search_code  VARCHAR(20)   NOT NULL,
    usage_count  BIGINT        NOT NULL DEFAULT 0,
    version      BIGINT        NOT NULL,
    created_by   VARCHAR(128)  NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    updated_by   VARCHAR(128)  NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL
);
CREATE UNIQUE INDEX template_search_code_unique ON template (coalesce(service_code, ''), lower(search_code));

-- The processing types a service's template suits (shared templates have none).
CREATE TABLE template_processing_type (
    template_id        UUID NOT NULL REFERENCES template (id) ON DELETE CASCADE,
    processing_type_id UUID NOT NULL REFERENCES processing_type (id) ON DELETE CASCADE,
    PRIMARY KEY (template_id, processing_type_id)
);
