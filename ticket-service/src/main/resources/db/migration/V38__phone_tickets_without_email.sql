-- Phone tickets an operator opens may know only the caller's number (PRODUCT.md §3.4 "Create ticket").
ALTER TABLE ticket ALTER COLUMN customer_email DROP NOT NULL;
-- every existing row has an e-mail address: NOT VALID skips re-reading them, new and changed rows are checked
ALTER TABLE ticket ADD CONSTRAINT ticket_customer_reachable
    CHECK (customer_email IS NOT NULL OR customer_phone IS NOT NULL) NOT VALID;
