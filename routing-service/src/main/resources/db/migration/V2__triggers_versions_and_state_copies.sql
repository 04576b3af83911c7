-- Triggers get a title, a description, results and an on-update flag; every change keeps a version.
ALTER TABLE trigger_rule RENAME COLUMN name TO title;
ALTER TABLE trigger_rule
    ADD COLUMN description   VARCHAR(2000) NOT NULL DEFAULT '',
    ADD COLUMN run_on_update BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN results       JSONB         NOT NULL DEFAULT '{}',
    ADD COLUMN updated_by    VARCHAR(64)   NOT NULL DEFAULT 'system';
UPDATE trigger_rule SET results = jsonb_build_object('assign',
        jsonb_build_object('groupId', assign_group, 'mode', assign_mode))
    WHERE assign_group IS NOT NULL;
ALTER TABLE trigger_rule DROP COLUMN assign_group, DROP COLUMN assign_mode;

-- Each version's full definition, kept after the trigger changes or is deleted (decisions name them).
CREATE TABLE trigger_version (
    trigger_id   UUID         NOT NULL,
    version      INT          NOT NULL,
    service_code VARCHAR(16)  NOT NULL,
    definition   JSONB        NOT NULL,
    changed_by   VARCHAR(64)  NOT NULL,
    changed_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (trigger_id, version)
);
INSERT INTO trigger_version (trigger_id, version, service_code, definition, changed_by, changed_at)
SELECT id, version, service_code,
       jsonb_build_object('title', title, 'description', description, 'enabled', enabled,
                          'runOnUpdate', run_on_update, 'conditions', conditions, 'results', results),
       updated_by, updated_at
FROM trigger_rule;

-- ServiceChanged copy: time zone, languages, business hours and members (for authorization and addresses).
CREATE TABLE service_profile (
    code           VARCHAR(16)  PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    time_zone      VARCHAR(64)  NOT NULL,
    languages      JSONB        NOT NULL,
    business_hours JSONB        NOT NULL,
    members        JSONB        NOT NULL,
    changed_at     TIMESTAMPTZ  NOT NULL
);

-- GroupMembershipChanged copy: groups and their members with addresses.
CREATE TABLE operator_group (
    id           UUID         PRIMARY KEY,
    service_code VARCHAR(16)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    changed_at   TIMESTAMPTZ  NOT NULL
);
ALTER TABLE group_member
    ADD COLUMN display_name VARCHAR(200),
    ADD COLUMN email        VARCHAR(320);

-- The round-robin row doubles as the group's lock for least-loaded picks and caps.
ALTER TABLE round_robin_position RENAME TO group_routing_state;

-- Routing's copy of each ticket: what on-update triggers and dry-runs evaluate, and open-ticket counts.
CREATE TABLE ticket_copy (
    ticket_id          UUID          PRIMARY KEY,
    service_code       VARCHAR(16)   NOT NULL,
    number             VARCHAR(40)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    content            TEXT          NOT NULL DEFAULT '',
    channel            VARCHAR(16),
    status             VARCHAR(24)   NOT NULL,
    priority           VARCHAR(8)    NOT NULL DEFAULT 'NORMAL',
    language           VARCHAR(20),
    inquiry_type_path  JSONB         NOT NULL DEFAULT '[]',
    processing_type_id UUID,
    tags               JSONB         NOT NULL DEFAULT '[]',
    fields             JSONB         NOT NULL DEFAULT '{}',
    customer_email     VARCHAR(320),
    customer_name      VARCHAR(200),
    customer_phone     VARCHAR(40),
    group_id           UUID,
    assignee           VARCHAR(64),
    created_at         TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ   NOT NULL
);
CREATE INDEX ticket_copy_recent ON ticket_copy (service_code, created_at DESC);
CREATE INDEX ticket_copy_open_by_assignee ON ticket_copy (assignee)
    WHERE status IN ('IN_PROGRESS', 'ON_HOLD');

-- Decisions say which ticket event they answer, and carry the changes and deliveries they published.
ALTER TABLE routing_decision
    ADD COLUMN evaluation VARCHAR(8) NOT NULL DEFAULT 'CREATED',
    ADD COLUMN summary    VARCHAR(500) NOT NULL DEFAULT '',
    ADD COLUMN changes    JSONB NOT NULL DEFAULT '{}',
    ADD COLUMN deliveries JSONB NOT NULL DEFAULT '[]';
