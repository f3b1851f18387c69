-- Schema 4: the improvement plan gets a deadline and a "done" mark per row, so overdue actions can
-- stand out, and follow-up entries for the end of semester I and the end of the school year.

ALTER TABLE plan_item ADD COLUMN deadline TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_item ADD COLUMN done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1));

-- One entry per plan row and review moment; a missing row means nothing was written yet.
CREATE TABLE plan_followup (
    plan_item_id INTEGER NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
    period TEXT NOT NULL CHECK (period IN ('semester_1', 'year_end')),
    note TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (plan_item_id, period)
) WITHOUT ROWID;
