-- BackFit schema, version 7: coach tokens are stored hashed (DESIGN §7, SECURITY.md).
-- A link's token is a bearer credential; the database (and any copy of it) now keeps only its
-- SHA-256, as lowercase hex, so reading the file no longer gives lasting access to anyone's
-- progress. Existing links keep working: their tokens are hashed here, and a link is looked up
-- by the hash of the token it presents. The table is rebuilt because the key column changes.

CREATE TABLE share_tokens_v4 (
    token_hash VARCHAR PRIMARY KEY,
    profile    VARCHAR NOT NULL,
    label      VARCHAR,
    created_at TIMESTAMP NOT NULL DEFAULT current_localtimestamp(),
    revoked_at TIMESTAMP
);

INSERT INTO share_tokens_v4 (token_hash, profile, label, created_at, revoked_at)
SELECT sha256(token), profile, label, created_at, revoked_at FROM share_tokens;

DROP TABLE share_tokens;
ALTER TABLE share_tokens_v4 RENAME TO share_tokens;
