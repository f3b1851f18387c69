-- Schema 2: evidence files live inside the school file, stored once per content.

-- The sequence number an item's code was made with, so the next code of a criterion never
-- depends on reading codes back. Existing items are numbered in the order they were added.
ALTER TABLE evidence_item ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
UPDATE evidence_item SET sequence = (
    SELECT count(*) FROM evidence_item AS earlier
    WHERE earlier.criterion_code = evidence_item.criterion_code AND earlier.id <= evidence_item.id);

-- One row per distinct content (by SHA-256); the bytes are split into chunks so that no file is
-- ever held whole in memory, neither when importing nor when reading it back.
CREATE TABLE evidence_content (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    chunk_count INTEGER NOT NULL,
    stored_at TEXT NOT NULL
);

CREATE TABLE evidence_chunk (
    content_id INTEGER NOT NULL REFERENCES evidence_content (id) ON DELETE CASCADE,
    sequence INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (content_id, sequence)
);

-- A file attached to an item: its original name and its content, which several items may share.
CREATE TABLE evidence_file (
    id INTEGER PRIMARY KEY,
    evidence_item_id INTEGER NOT NULL REFERENCES evidence_item (id) ON DELETE CASCADE,
    content_id INTEGER NOT NULL REFERENCES evidence_content (id),
    file_name TEXT NOT NULL,
    added_at TEXT NOT NULL,
    UNIQUE (evidence_item_id, content_id)
);
CREATE INDEX evidence_file_content ON evidence_file (content_id);
