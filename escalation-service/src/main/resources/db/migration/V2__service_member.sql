-- The members of each service, copied from ticket-service's ServiceChanged events: they decide who may read
-- a service's tickets here. changed_at is the event's time, so a late older event does not overwrite newer.
CREATE TABLE service_copy (
    code       VARCHAR(16)  PRIMARY KEY,
    changed_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE service_member (
    service_code VARCHAR(16) NOT NULL REFERENCES service_copy (code) ON DELETE CASCADE,
    username     VARCHAR(64) NOT NULL,
    role         VARCHAR(16) NOT NULL,
    PRIMARY KEY (service_code, username)
);
