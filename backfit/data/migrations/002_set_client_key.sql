-- BackFit schema, version 2: idempotent logging.
-- A set typed in the app carries the token of the form it came from; logging the same token
-- twice (a double click, a retried request) returns the first set instead of adding another.
-- Checked in the writing transaction rather than by a UNIQUE index, so edits of other columns
-- never trip DuckDB's index checks. NULL for sets from the CLI and importers.
ALTER TABLE sets ADD COLUMN client_key VARCHAR;
