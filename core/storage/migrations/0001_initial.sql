-- Schema 1: the first school file. One row tables (id = 1) hold what exists once per file.

-- The framework the assessment was made with, byte for byte, so that the file keeps its rules
-- when the application or its shipped frameworks change.
CREATE TABLE framework_copy (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    framework_id TEXT NOT NULL,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    stored_at TEXT NOT NULL
);

CREATE TABLE school (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    school_type TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    managing_authority TEXT NOT NULL DEFAULT '',
    principal TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT ''
);

-- rules_date decides which amendments apply (an indicator repealed from a date stops counting).
CREATE TABLE assessment (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    school_year TEXT NOT NULL,
    rules_date TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- A missing row means "not yet judged".
CREATE TABLE indicator_judgement (
    criterion_code TEXT NOT NULL,
    level INTEGER NOT NULL,
    indicator_key TEXT NOT NULL,
    met INTEGER NOT NULL CHECK (met IN (0, 1)),
    judged_at TEXT NOT NULL,
    PRIMARY KEY (criterion_code, level, indicator_key)
) WITHOUT ROWID;

CREATE TABLE extra_requirement_judgement (
    requirement_number INTEGER PRIMARY KEY,
    met INTEGER NOT NULL CHECK (met IN (0, 1)),
    judged_at TEXT NOT NULL
);

-- Texts the council writes; `field` is a key of the regime's criterion_fields / standard_fields.
CREATE TABLE criterion_text (
    criterion_code TEXT NOT NULL,
    field TEXT NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (criterion_code, field)
) WITHOUT ROWID;

CREATE TABLE standard_text (
    standard_number INTEGER NOT NULL,
    field TEXT NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (standard_number, field)
) WITHOUT ROWID;

CREATE TABLE council_member (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    position TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'secretary', 'member')),
    duty TEXT NOT NULL DEFAULT '',
    working_group TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE criterion_assignment (
    council_member_id INTEGER NOT NULL REFERENCES council_member (id) ON DELETE CASCADE,
    criterion_code TEXT NOT NULL,
    PRIMARY KEY (council_member_id, criterion_code)
);

-- The union of the regimes' columns: 2018 per criterion, 2026 Biểu 2 (ten columns).
CREATE TABLE plan_item (
    id INTEGER PRIMARY KEY,
    criterion_code TEXT NOT NULL DEFAULT '',
    standard_number INTEGER,
    content TEXT NOT NULL DEFAULT '',
    goal TEXT NOT NULL DEFAULT '',
    actions TEXT NOT NULL DEFAULT '',
    success_indicators TEXT NOT NULL DEFAULT '',
    timeline TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    resources TEXT NOT NULL DEFAULT '',
    expected_evidence TEXT NOT NULL DEFAULT '',
    progress TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE evidence_item (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    issue_info TEXT NOT NULL DEFAULT '',
    issuer TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    school_years TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    box INTEGER,
    criterion_code TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE evidence_citation (
    evidence_item_id INTEGER NOT NULL REFERENCES evidence_item (id) ON DELETE CASCADE,
    criterion_code TEXT NOT NULL,
    PRIMARY KEY (evidence_item_id, criterion_code)
) WITHOUT ROWID;

-- Who changed what and when; written in the same transaction as the change itself.
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    changed_at TEXT NOT NULL,
    author TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX change_log_entity ON change_log (entity, entity_key);
