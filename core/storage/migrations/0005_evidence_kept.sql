-- Schema 5: an evidence item the council keeps on purpose although no text cites it (a register
-- or a file kept for the external evaluators), so the completeness check does not flag it.
ALTER TABLE evidence_item ADD COLUMN kept INTEGER NOT NULL DEFAULT 0;
