-- Full text over a ticket's title, content and messages (docs/api.md "Full-text search"): one document per ticket,
-- written by ticket-service (SearchText) in the transaction that adds a text. Lexemes are bigrams of Hangul, Han
-- and Kana runs and whole words otherwise, so the document is built in Java and stored as it is ('simple' parsing
-- never runs on it). size is an upper bound of the document's bytes, which keeps it below the 1 MB of a tsvector.
CREATE TABLE ticket_text (
    ticket_id    UUID PRIMARY KEY REFERENCES ticket (id) ON DELETE CASCADE,
    document     TSVECTOR NOT NULL,
    size         INTEGER NOT NULL
);
CREATE INDEX ticket_text_document ON ticket_text USING GIN (document);
