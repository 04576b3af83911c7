-- Services (workspaces), operators and groups: the people model of PRODUCT.md §2.
CREATE TABLE workspace (
    code               VARCHAR(16)  PRIMARY KEY,
    name               VARCHAR(100) NOT NULL,
    type               VARCHAR(16)  NOT NULL CHECK (type IN ('INQUIRY', 'ISSUE')),
    time_zone          VARCHAR(64)  NOT NULL DEFAULT 'Asia/Seoul',
    next_ticket_number BIGINT       NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE operator (
    username     VARCHAR(64)  PRIMARY KEY,
    display_name VARCHAR(100) NOT NULL,
    email        VARCHAR(254),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE operator_group (
    id             UUID         PRIMARY KEY,
    workspace_code VARCHAR(16)  NOT NULL REFERENCES workspace (code),
    name           VARCHAR(100) NOT NULL,
    UNIQUE (workspace_code, name)
);

CREATE TABLE membership (
    id                 UUID        PRIMARY KEY,
    workspace_code     VARCHAR(16) NOT NULL REFERENCES workspace (code),
    username           VARCHAR(64) NOT NULL REFERENCES operator (username),
    role               VARCHAR(16) NOT NULL CHECK (role IN ('ADMIN', 'OPERATOR')),
    may_forward        BOOLEAN     NOT NULL DEFAULT FALSE,
    assignment_enabled BOOLEAN     NOT NULL DEFAULT TRUE,
    UNIQUE (workspace_code, username)
);

CREATE TABLE group_member (
    id        UUID        PRIMARY KEY,
    group_id  UUID        NOT NULL REFERENCES operator_group (id),
    username  VARCHAR(64) NOT NULL REFERENCES operator (username),
    joined_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (group_id, username)
);

-- Tickets and their append-only audit log (PRODUCT.md §3.1).
CREATE TABLE ticket (
    id             UUID         PRIMARY KEY,
    workspace_code VARCHAR(16)  NOT NULL REFERENCES workspace (code),
    number         BIGINT       NOT NULL,
    title          VARCHAR(200) NOT NULL,
    content        TEXT         NOT NULL,
    channel        VARCHAR(16)  NOT NULL,
    status         VARCHAR(32)  NOT NULL,
    customer_email VARCHAR(254) NOT NULL,
    customer_name  VARCHAR(100),
    group_id       UUID REFERENCES operator_group (id),
    assignee       VARCHAR(64) REFERENCES operator (username),
    created_by     VARCHAR(128) NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (workspace_code, number)
);
CREATE INDEX ticket_by_workspace ON ticket (workspace_code, created_at DESC, id DESC);
CREATE INDEX ticket_by_assignee ON ticket (assignee, created_at DESC, id DESC);

CREATE TABLE ticket_event (
    id         BIGSERIAL    PRIMARY KEY,
    ticket_id  UUID         NOT NULL REFERENCES ticket (id),
    type       VARCHAR(32)  NOT NULL,
    actor      VARCHAR(128) NOT NULL,
    summary    TEXT         NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX ticket_event_by_ticket ON ticket_event (ticket_id, id);
