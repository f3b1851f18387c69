-- Schema 3: what the printed documents need besides the assessment: the school's figures per
-- school year (Phần I Cơ sở dữ liệu / Tổng quan), the editable parts of the council decision, the
-- self-assessment plan and the registration letter, and the plan's timeline of activities.

-- One figure of one school year ("2025-2026"). `figure` is a key of the school-data catalogue
-- (resources/schooldata/school-figures.json); values are kept as the school writes them
-- (counts, percentages), an empty value is simply no row.
CREATE TABLE school_year_figure (
    school_year TEXT NOT NULL,
    figure TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (school_year, figure)
) WITHOUT ROWID;

-- The editable parts of one printed document: number, date, place, signer, addressee, Nơi nhận…
-- Fields are listed in core/document/documentsettings.cpp; a missing row means "use the default".
CREATE TABLE document_setting (
    document TEXT NOT NULL CHECK (document IN ('council_decision', 'self_assessment_plan', 'registration_letter')),
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (document, field)
) WITHOUT ROWID;

-- The timeline of the self-assessment plan ("Thời gian và nội dung hoạt động"), one row each.
-- Dates are ISO dates or empty; `period` is the school's own wording ("Tuần 1").
CREATE TABLE plan_activity (
    id INTEGER PRIMARY KEY,
    period TEXT NOT NULL DEFAULT '',
    starts_on TEXT NOT NULL DEFAULT '',
    ends_on TEXT NOT NULL DEFAULT '',
    activity TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);
