-- A school file as schema version 2 wrote it, kept as text so that every later version of Minh is
-- tested against it (tst_schoolfile builds the file and opens it at the latest version).
-- Do not edit: this is history. The schema part is a frozen copy of
-- core/storage/migrations/0001_initial.sql and 0002_evidence_files.sql as they were at version 2;
-- the data are those of v1.sql, with the evidence item's sequence and one stored file.

PRAGMA application_id = 1298755176;
PRAGMA user_version = 2;

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

-- Schema 2: evidence files live inside the school file, stored once per content.

-- The sequence number an item's code was made with, so the next code of a criterion never
-- depends on reading codes back. Existing items are numbered in the order they were added.
ALTER TABLE evidence_item ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;


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

INSERT INTO framework_copy (id, framework_id, source, sha256, stored_at) VALUES (1, 'tt18-2018', '{
  "format": "minh-framework",
  "format_version": 1,
  "id": "tt18-2018",
  "circular": "18/2018/TT-BGDĐT",
  "title": "Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học",
  "issued": "2018-08-22",
  "effective": "2018-10-10",
  "school_types": [
    "THCS",
    "THPT",
    "PTNCH"
  ],
  "provenance": {
    "verified": false,
    "summary": "Nội dung chỉ báo lấy từ phần mềm công khai triển khai mẫu chính thức; chưa đối chiếu với văn bản gốc (PDF).",
    "sources": [
      "https://github.com/anhtuqn001/educationalqualityverification/blob/99e032f2652e4d099dab6b8cd9eb72649b33138a/resources/js/components/utils.js"
    ]
  },
  "regime": {
    "id": "5932-2018",
    "guidance": "Công văn 5932/BGDĐT-QLCL và 5942/BGDĐT-QLCL ngày 28/12/2018",
    "criterion_fields": [
      {
        "key": "description",
        "title": "Mô tả hiện trạng"
      },
      {
        "key": "strengths",
        "title": "Điểm mạnh"
      },
      {
        "key": "weaknesses",
        "title": "Điểm yếu"
      },
      {
        "key": "improvement_plan",
        "title": "Kế hoạch cải tiến chất lượng"
      }
    ],
    "standard_fields": [
      {
        "key": "introduction",
        "title": "Mở đầu"
      },
      {
        "key": "strengths",
        "title": "Những điểm mạnh nổi bật"
      },
      {
        "key": "weaknesses",
        "title": "Những điểm yếu cơ bản"
      }
    ],
    "evidence": {
      "code_format": "[H{box}-{standard}.{criterion}-{sequence:02}]",
      "window_school_years": 5
    }
  },
  "max_criterion_level": 3,
  "amendments": [
    {
      "id": "22/2024/TT-BGDĐT",
      "issued": "2024-12-10",
      "effective": "2025-01-25",
      "verified": false
    }
  ],
  "standards": [
    {
      "number": 1,
      "article": "Điều 7 (Mức 1), Điều 12 (Mức 2), Điều 17 (Mức 3)",
      "title": "Tổ chức và quản lý nhà trường",
      "criteria": [
        {
          "code": "1.1",
          "title": "Phương hướng, chiến lược xây dựng và phát triển nhà trường",
          "levels": {
            "1": [
              {
                "label": "a",
                "text": "Phù hợp với mục tiêu giáo dục được quy định tại Luật giáo dục, định hướng phát triển kinh tế - xã hội của địa phương theo từng giai đoạn và các nguồn lực của nhà trường;"
              },
              {
                "label": "b",
                "text": "Được xác định bằng văn bản và cấp có thẩm quyền phê duyệt;"
              },
              {
                "label": "c",
                "text": "Được công bố công khai bằng hình thức niêm yết tại nhà trường hoặc đăng tải trên trang thông tin điện tử của nhà trường (nếu có) hoặc đăng tải trên các phương tiện thông tin đại chúng của địa phương, trang thông tin điện tử của phòng giáo dục và đào tạo, sở giáo dục và đào tạo."
              }
            ],
            "2": [
              {
                "label": "",
                "text": "Nhà trường có các giải pháp giám sát việc thực hiện phương hướng chiến lược xây dựng và phát triển."
              }
            ],
            "3": [
              {
                "label": "",
                "text": "Định kỳ rà soát, bổ sung, điều chỉnh phương hướng, chiến lược xây dựng và phát triển. Tổ chức xây dựng phương hướng, chiến lược xây dựng và phát triển có sự tham gia của các thành viên trong Hội đồng trường (Hội đồng quản trị đối với trường tư thục), cán bộ quản lý, giáo viên, nhân viên, học sinh, cha mẹ học sinh và cộng đồng."
              }
            ]
          }
        },
        {
          "code": "1.2",
          "title": "Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội đồng khác",
          "levels": {
            "1": [
              {
                "label": "a",
                "text": "Được thành lập theo quy định;"
              },
              {
                "label": "b",
                "text": "Thực hiện chức năng, nhiệm vụ và quyền hạn theo quy định;"
              },
              {
                "label": "c",
                "text": "Các hoạt động được định kỳ rà soát, đánh giá;"
              }
            ],
            "2": [
              {
                "label": "",
                "text": "Hoạt động có hiệu quả, góp phần nâng cao chất lượng giáo dục của nhà trường."
              }
            ]
          }
        }
      ]
    }
  ],
  "rules": {
    "article": "Điều 6",
    "standard_level": "all_criteria_reach",
    "school_levels": [
      {
        "level": 1,
        "all_of": [
          {
            "criteria": "all",
            "reach": 1
          }
        ]
      },
      {
        "level": 2,
        "all_of": [
          {
            "criteria": "all",
            "reach": 2
          }
        ]
      },
      {
        "level": 3,
        "all_of": [
          {
            "criteria": "all",
            "reach": 3
          }
        ]
      },
      {
        "level": 4,
        "all_of": [
          {
            "criteria": "all",
            "reach": 3
          },
          {
            "extra_requirements": "all"
          }
        ]
      }
    ]
  },
  "national_standard": {
    "text": "Điều 37: kết quả đánh giá ngoài đạt từ Mức 2 trở lên.",
    "mapping": [
      {
        "min_school_level": 2,
        "degree": 1
      },
      {
        "min_school_level": 3,
        "degree": 2
      }
    ],
    "verified": false
  },
  "extra_requirements": {
    "level": 4,
    "title": "Mức 4",
    "article": "Điều 22",
    "requirements": [
      {
        "number": 1,
        "text": "Kế hoạch giáo dục của nhà trường có những nội dung được tham khảo chương trình giáo dục tiên tiến của các nước trong khu vực và thế giới theo quy định, phù hợp và góp phần nâng cao chất lượng giáo dục."
      },
      {
        "number": 2,
        "text": "Đảm bảo 100% cho học sinh có hoàn cảnh khó khăn, học sinh có năng khiếu hoàn thành mục tiêu giáo dục dành cho từng cá nhân với sự tham gia của nhà trường, các tổ chức, cá nhân liên quan."
      }
    ]
  }
}', '1346c8763fd8238007671096a184dd028b54522903074aa58f51743f4cad7862', '2025-03-01T08:00:00.000Z');

INSERT INTO school (id, name, school_type, address, managing_authority, principal, phone, email, website)
VALUES (1, 'Trường THCS Chu Văn An', 'THCS', 'Xã Đông Hòa, Bình Dương', 'Phòng Giáo dục và Đào tạo', 'Lê Văn Tám',
        '0274 123 456', 'cva@example.vn', '');

INSERT INTO assessment (id, school_year, rules_date, created_at)
VALUES (1, '2024-2025', '2025-03-01', '2025-03-01T08:00:00.000Z');

INSERT INTO indicator_judgement (criterion_code, level, indicator_key, met, judged_at) VALUES
    ('1.1', 1, 'a', 1, '2025-03-02T09:00:00.000Z'),
    ('1.1', 1, 'b', 0, '2025-03-02T09:01:00.000Z'),
    ('1.2', 2, '1', 1, '2025-03-02T09:02:00.000Z');

INSERT INTO extra_requirement_judgement (requirement_number, met, judged_at)
VALUES (1, 1, '2025-03-02T09:03:00.000Z');

INSERT INTO criterion_text (criterion_code, field, content)
VALUES ('1.1', 'description', 'Nhà trường có phương hướng, chiến lược được phê duyệt.');

INSERT INTO standard_text (standard_number, field, content)
VALUES (1, 'introduction', 'Tiêu chuẩn 1 gồm hai tiêu chí.');

INSERT INTO council_member (id, full_name, position, role, duty, working_group, sort_order)
VALUES (1, 'Lê Văn Tám', 'Hiệu trưởng', 'chair', 'Chủ tịch Hội đồng', 'Nhóm 1', 1);

INSERT INTO criterion_assignment (council_member_id, criterion_code) VALUES (1, '1.1'), (1, '1.2');

INSERT INTO plan_item (id, criterion_code, content, timeline, owner, sort_order)
VALUES (1, '1.1', 'Rà soát phương hướng, chiến lược', 'Tháng 9/2025', 'Hiệu trưởng', 1);

INSERT INTO evidence_item (id, code, title, issuer, box, criterion_code, created_at, sequence)
VALUES (1, '[H1-1.1-01]', 'Kế hoạch chiến lược 2020-2025', 'Nhà trường', 1, '1.1', '2025-03-02T10:00:00.000Z', 1);

-- "hello\n" in one chunk.
INSERT INTO evidence_content (id, sha256, size, chunk_count, stored_at)
VALUES (1, '5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03', 6, 1, '2025-03-02T10:00:00.000Z');
INSERT INTO evidence_chunk (content_id, sequence, data) VALUES (1, 0, X'68656C6C6F0A');
INSERT INTO evidence_file (id, evidence_item_id, content_id, file_name, added_at)
VALUES (1, 1, 1, 'ke-hoach.txt', '2025-03-02T10:00:00.000Z');

INSERT INTO evidence_citation (evidence_item_id, criterion_code) VALUES (1, '1.1'), (1, '1.2');

INSERT INTO change_log (changed_at, author, entity, entity_key, field, old_value, new_value)
VALUES ('2025-03-01T08:00:00.000Z', 'lvtam', 'assessment', '1', '', NULL, 'tt18-2018');
