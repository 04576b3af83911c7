-- Where each operator is mailed (display name and e-mail from ticket-service's ServiceChanged member lists), for
-- notices about their tickets that name them only by username (SLA warnings and breaches). changed_at is the
-- event's time, so a late older event does not overwrite newer details.
CREATE TABLE operator_contact (
    username     VARCHAR(64)  PRIMARY KEY,
    display_name VARCHAR(200) NOT NULL,
    email        VARCHAR(254),
    changed_at   TIMESTAMPTZ  NOT NULL
);
