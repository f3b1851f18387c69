-- Schema 6: the texts the school writes into the report and the improvement plan besides the
-- criteria (Đặt vấn đề, Kết luận chung, Căn cứ xây dựng kế hoạch…), and the Mức 4 texts.
--
-- Which report texts exist is framework data (the regime's outline), so document_setting no
-- longer lists its documents in a CHECK: SchoolDocument checks each field against the outline of
-- the framework in force. SQLite cannot drop a CHECK, hence the copy.
CREATE TABLE document_setting_6 (
    document TEXT NOT NULL CHECK (length(document) > 0),
    field TEXT NOT NULL CHECK (length(field) > 0),
    value TEXT NOT NULL,
    PRIMARY KEY (document, field)
) WITHOUT ROWID;
INSERT INTO document_setting_6 (document, field, value) SELECT document, field, value FROM document_setting;
DROP TABLE document_setting;
ALTER TABLE document_setting_6 RENAME TO document_setting;

-- What the council writes for each Mức 4 requirement of the 2018 circulars (Điều 22): the same
-- fields as a criterion's (`field` is a key of the regime's criterion_fields).
CREATE TABLE extra_requirement_text (
    requirement_number INTEGER NOT NULL,
    field TEXT NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (requirement_number, field)
) WITHOUT ROWID;
