-- The operator's reads at 1,000,000 tickets (docs/performance.md "Views at 1 M tickets").
-- A ticket's links are found from either end; only the from side had an index (the unique constraint).
CREATE INDEX ticket_link_by_to ON ticket_link (to_id);

-- Every request of an operator reads their memberships and group seats by username; the unique constraints
-- lead with the service and the group.
CREATE INDEX membership_by_username ON membership (username);
CREATE INDEX group_member_by_username ON group_member (username);
