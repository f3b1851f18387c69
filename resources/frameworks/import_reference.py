#!/usr/bin/env python3
"""Converts the transcribed reference frameworks (shared/reference/frameworks, SCHEMA.md there)
into Minh's own framework format (FORMAT.md beside this script).

Run by hand when the reference transcriptions change; its output is committed. What it adds is
what the reference files state only in prose: the declarative school-level rule, the regime the
framework belongs to, the amendments with their dates, the mandatory flags and the provenance.
Nothing here changes a word of any indicator; texts are only normalised to Unicode NFC.

    python3 import_reference.py ../../../shared/reference/frameworks
"""
import json
import shutil
import sys
import unicodedata
from pathlib import Path

FRAMEWORKS = ["tt17-2018", "tt18-2018", "tt19-2018", "tt57-2026", "tt57-2026-mn"]

TT22 = {
    "id": "22/2024/TT-BGDĐT",
    "issued": "2024-12-10",
    "effective": "2025-01-25",
    "note": "Sửa đổi, bổ sung TT 17, 18, 19/2018. Chỉ có danh sách bãi bỏ của TT 17 và TT 18; "
            "các quy định sửa đổi (lời văn mới) và danh sách bãi bỏ của TT 19 chưa thu thập được "
            "(xem tt22-2024.md).",
    "verified": False,
}

REGIME_2018 = {
    "id": "5932-2018",
    "guidance": "Công văn 5932/BGDĐT-QLCL và 5942/BGDĐT-QLCL ngày 28/12/2018",
    "criterion_fields": [
        {"key": "description", "title": "Mô tả hiện trạng"},
        {"key": "strengths", "title": "Điểm mạnh"},
        {"key": "weaknesses", "title": "Điểm yếu"},
        {"key": "improvement_plan", "title": "Kế hoạch cải tiến chất lượng"},
    ],
    "standard_fields": [
        {"key": "introduction", "title": "Mở đầu"},
        {"key": "strengths", "title": "Những điểm mạnh nổi bật"},
        {"key": "weaknesses", "title": "Những điểm yếu cơ bản"},
    ],
    "evidence": {
        "code_format": "[H{box}-{standard}.{criterion}-{sequence:02}]",
        "window_school_years": 5,
    },
}

REGIME_2026 = {
    "id": "tt57-2026",
    "guidance": "Thông tư 57/2026/TT-BGDĐT, Phụ lục IV và Phụ lục V (chưa đối chiếu văn bản chính thức)",
    "criterion_fields": [
        {"key": "status_level_1", "title": "Hiện trạng, kết quả đạt được — Mức 1"},
        {"key": "status_level_2", "title": "Hiện trạng, kết quả đạt được — Mức 2"},
    ],
    "standard_fields": [
        {"key": "strengths", "title": "Điểm mạnh nổi bật"},
        {"key": "limitations", "title": "Điểm hạn chế trọng tâm và nguyên nhân cốt lõi"},
        {"key": "directions", "title": "Định hướng cải tiến chất lượng"},
    ],
    "evidence": {
        "code_format": "MC.{standard}.{criterion}.{sequence:02}",
        "window_school_years": 3,
    },
}

MANDATORY_2026 = ["1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]


def nfc(value):
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: nfc(v) for k, v in value.items()}
    return value


def rules_2018(ref):
    levels = [{"level": lv, "all_of": [{"criteria": "all", "reach": lv}]} for lv in (1, 2, 3)]
    levels.append({"level": 4, "all_of": [{"criteria": "all", "reach": 3}, {"extra_requirements": "all"}]})
    return levels


def rules_2026(ref):
    return [
        {"level": 1, "all_of": [
            {"criteria": "mandatory", "reach": 1},
            {"criteria": "optional", "reach": 1, "at_least": 5},
        ]},
        {"level": 2, "all_of": [
            {"criteria": "mandatory", "reach": 2},
            {"criteria": "optional", "reach": 2, "at_least": 5},
            {"criteria": "all", "reach": 1},
        ]},
    ]


def national_standard(ref, is2026):
    text = ref["national_standard"]
    if is2026:
        # The framework notes say "do not implement without the official text", so no mapping is
        # applied; the one third-party claim is shown to users as a note.
        return {
            "text": text,
            "mapping": [],
            "mapping_source": "Not applied. procedure.md §6.6 reports, from third-party school software only, that "
                              "Điều 16 khoản 2 maps school Mức 1 → mức độ 1 and Mức 2 → mức độ 2; the framework notes "
                              "found no source for it. Minh states no national-standard level under TT 57/2026 until "
                              "the official text is checked.",
            "verified": False,
        }
    return {
        "text": text,
        "mapping": [{"min_school_level": 2, "degree": 1}, {"min_school_level": 3, "degree": 2}],
        "mapping_source": "Điều 37, as summarised in the framework's rules (mapping clause not read verbatim).",
        "verified": False,
    }


def extra_requirements(ref):
    l4 = ref.get("level4") or {}
    reqs = l4.get("requirements") or []
    if not reqs:
        return None
    out = {
        "level": 4,
        "title": "Mức 4",
        "article": l4.get("article"),
        "intro": l4.get("intro", ""),
        "verified": bool(l4.get("verified", False)),
        "note": l4.get("verification_note") or l4.get("verification") or "",
        "requirements": [],
    }
    if l4.get("intro_en"):
        out["intro_en"] = l4["intro_en"]
    if l4.get("source"):
        out["source"] = l4["source"]
    for r in reqs:
        item = {"number": r["number"], "text": r["text"]}
        if r.get("text_en"):
            item["text_en"] = r["text_en"]
        out["requirements"].append(item)
    return out


def convert(ref, name, notes_file):
    is2026 = name.startswith("tt57")
    standards = []
    for s in ref["standards"]:
        criteria = []
        for c in s["criteria"]:
            levels = {}
            for lv, inds in c["levels"].items():
                if not inds:
                    continue
                levels[lv] = []
                for i in inds:
                    ind = {"label": i["label"], "text": i["text"]}
                    if i.get("repealed_by"):
                        ind["repealed_by"] = i["repealed_by"]
                        ind["repealed_provision"] = i.get("repealed_provision", "")
                    levels[lv].append(ind)
            crit = {"code": c["code"], "title": c["title"], "levels": levels}
            if is2026:
                crit["mandatory"] = bool(c.get("mandatory", c["code"] in MANDATORY_2026))
            criteria.append(crit)
        standards.append({"number": s["number"], "article": s.get("article", ""), "title": s["title"],
                          "criteria": criteria})

    notes = list(ref.get("transcription_notes") or [])
    out = {
        "format": "minh-framework",
        "format_version": 1,
        "id": ref["id"],
        "circular": ref["circular"],
        "title": ref["title"],
        "issued": ref["issued"],
        "effective": ref["effective"],
        "status": ref["status"],
        "school_types": ref["school_types"],
        "provenance": {
            "verified": False,
            "summary": ("Nội dung chỉ báo lấy từ phần mềm công khai triển khai mẫu chính thức; chưa đối chiếu "
                        "với văn bản gốc (PDF)." if not is2026 else
                        "Toàn bộ nội dung (số hiệu, ngày, tiêu chí, quy tắc xếp mức) chỉ biết qua phần mềm của bên "
                        "thứ ba; chưa đối chiếu với văn bản chính thức."),
            "sources": ref["sources"],
            "notes": notes,
            "notes_document": notes_file,
        },
        "regime": REGIME_2026 if is2026 else REGIME_2018,
        "max_criterion_level": 2 if is2026 else 3,
        "amendments": [] if is2026 else [TT22],
        "standards": standards,
        "rules": {
            "article": ref["rules"].get("article", ""),
            "verbatim": ref["rules"].get("verbatim", ""),
            "summary": ref["rules"].get("summary", []),
            "standard_level": "all_criteria_reach",
            "school_levels": rules_2026(ref) if is2026 else rules_2018(ref),
        },
        "national_standard": national_standard(ref, is2026),
    }
    if ref.get("annex"):
        out["annex"] = ref["annex"]
    if ref["rules"].get("verbatim_en"):
        out["rules"]["verbatim_en"] = ref["rules"]["verbatim_en"]
    extra = extra_requirements(ref)
    if extra:
        out["extra_requirements"] = extra
    return nfc(out)


def main():
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "../../../shared/reference/frameworks")
    here = Path(__file__).resolve().parent
    for name in FRAMEWORKS:
        ref = json.loads((src / f"{name}.json").read_text(encoding="utf-8"))
        notes_name = "tt57-2026.NOTES.md" if name.startswith("tt57") else f"{name}.NOTES.md"
        shutil.copyfile(src / notes_name, here / "provenance" / notes_name)
        out = convert(ref, name, f"provenance/{notes_name}")
        (here / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    shutil.copyfile(src / "tt22-2024.md", here / "provenance" / "tt22-2024.md")


if __name__ == "__main__":
    main()
