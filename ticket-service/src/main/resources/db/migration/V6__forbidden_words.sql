-- Forbidden words (금칙어 / 禁則語) per service: replies containing one are refused (PRODUCT.md §3.3, §4).
CREATE TABLE forbidden_word (
    id           UUID         PRIMARY KEY,
    service_code VARCHAR(16)  NOT NULL REFERENCES workspace (code),
    word         VARCHAR(100) NOT NULL,
    created_by   VARCHAR(128) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX forbidden_word_unique ON forbidden_word (service_code, lower(word));
