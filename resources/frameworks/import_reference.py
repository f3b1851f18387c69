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

# The printed documents of each regime (FORMAT.md, "Document outlines"), after
# shared/reference/procedure.md §1.6 (Phụ lục 6 of Công văn 5932/5942), §6.4 (Biểu 1) and §6.5
# (Biểu 2 of TT 57/2026). Headings and labels are the templates' wording.
RESULT_LABELS = {
    "criteria": "Tiêu chuẩn, Tiêu chí", "result": "Kết quả", "not_met": "Không đạt", "met": "Đạt",
    "level": "Mức %1", "standard": "Tiêu chuẩn %1", "criterion": "Tiêu chí %1", "mark": "x",
}
COVER_LABELS = {"place_year": "%1, năm %2"}
EVIDENCE_COLUMNS_2018 = ["TT", "Mã minh chứng", "Tên minh chứng",
                         "Số, ngày ban hành, hoặc thời điểm khảo sát, điều tra, phỏng vấn, quan sát",
                         "Nơi ban hành hoặc nhóm, cá nhân thực hiện", "Ghi chú"]
SIGNATURE_PRINCIPAL = {"block": "signature", "labels": {"title": "HIỆU TRƯỞNG",
                                                         "note": "(Ký, ghi rõ họ tên và đóng dấu)"}}

REPORT_2018 = {"id": "report", "title": "Báo cáo tự đánh giá", "parts": [
    {"block": "cover", "heading": "BÁO CÁO TỰ ĐÁNH GIÁ", "framed": True, "numbered": False, "labels": COVER_LABELS},
    {"block": "cover", "heading": "BÁO CÁO TỰ ĐÁNH GIÁ", "numbered": False, "labels": COVER_LABELS},
    {"block": "council_list", "heading": "DANH SÁCH VÀ CHỮ KÝ THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ", "new_page": True,
     "columns": ["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ", "Chữ ký"]},
    {"block": "contents", "heading": "MỤC LỤC", "new_page": True, "columns": ["NỘI DUNG", "Trang"], "toc_depth": 5},
    {"block": "abbreviations", "heading": "DANH MỤC CÁC CHỮ VIẾT TẮT", "level": 1, "new_page": True,
     "columns": ["Chữ viết tắt", "Nội dung viết tắt"],
     "rows": [["CBQL", "Cán bộ quản lý"], ["CMHS", "Cha mẹ học sinh"], ["CSVC", "Cơ sở vật chất"],
              ["GDĐT", "Giáo dục và Đào tạo"], ["GV", "Giáo viên"], ["HS", "Học sinh"], ["NV", "Nhân viên"],
              ["TĐG", "Tự đánh giá"], ["UBND", "Ủy ban nhân dân"]]},
    {"block": "section", "heading": "BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ", "level": 1, "new_page": True, "parts": [
        {"block": "section", "heading": "1. Kết quả đánh giá", "parts": [
            {"block": "results_summary", "heading": "1.1. Đánh giá tiêu chí Mức 1, 2 và 3", "labels": RESULT_LABELS},
            {"block": "extra_summary", "heading": "1.2. Đánh giá tiêu chí Mức 4",
             "columns": ["Tiêu chí (Khoản, Điều)", "Đạt", "Không đạt", "Ghi chú"],
             "labels": {"result": "Kết quả", "requirement": "Khoản %1 %2", "mark": "x", "none": "Không"}},
        ]},
        {"block": "school_level", "heading": "2. Kết luận",
         "labels": {"reached": "Trường đạt Mức %1.", "not_reached": "Trường chưa đạt Mức 1."}},
    ]},
    {"block": "school_data", "heading": "Phần I. CƠ SỞ DỮ LIỆU", "level": 1, "new_page": True,
     "labels": {"school_year": "Năm học %1", "note": "Ghi chú", "info": "Thông tin", "content": "Nội dung",
                "name": "Tên trường", "authority": "Cơ quan chủ quản", "address": "Địa chỉ",
                "principal": "Họ và tên hiệu trưởng", "phone": "Điện thoại", "email": "Email", "website": "Website",
                "table": "%1. %2"}},
    {"block": "section", "heading": "Phần II. TỰ ĐÁNH GIÁ", "level": 1, "new_page": True, "parts": [
        {"block": "section", "heading": "A. ĐẶT VẤN ĐỀ", "level": 2, "parts": [
            {"block": "school_text", "heading": "1. Tình hình chung nhà trường", "key": "general_situation"},
            {"block": "school_text", "heading": "2. Mục đích TĐG", "key": "purpose"},
            {"block": "school_text", "heading": "3. Tóm tắt quá trình và những vấn đề nổi bật trong hoạt động TĐG",
             "key": "process"},
        ]},
        {"block": "section", "heading": "B. TỰ ĐÁNH GIÁ", "level": 2, "parts": [
            {"block": "standards", "heading": "I. TỰ ĐÁNH GIÁ TIÊU CHÍ MỨC 1, 2 VÀ 3", "level": 3,
             "layout": "indicator_table",
             "columns": ["Chỉ báo", "Đạt/Không đạt"],
             "labels": {"standard": "Tiêu chuẩn %1: %2", "criterion": "Tiêu chí %1: %2", "level": "Mức %1:",
                        "opening_fields": "introduction", "closing_fields": "strengths weaknesses",
                        "field": "%1. %2:", "self_rating": "%1. Tự đánh giá:", "level_column": "Mức %1",
                        "met": "Đạt", "not_met": "Không đạt", "none": "-", "single": "*",
                        "criterion_result": "Đánh giá tiêu chí: Đạt Mức %1.",
                        "criterion_not_met": "Đánh giá tiêu chí: Không đạt.",
                        "conclusion": "Kết luận về Tiêu chuẩn %1", "counts": "%1. Kết quả:",
                        "count_met": "+ Số lượng tiêu chí đạt: %1/%2 tiêu chí;",
                        "count_not_met": "+ Số lượng tiêu chí không đạt: %1 tiêu chí.",
                        "standard_result": "Kết luận: Đạt Mức %1.", "standard_not_met": "Kết luận: Không đạt."}},
            {"block": "extra_requirements", "heading": "II. TỰ ĐÁNH GIÁ TIÊU CHÍ MỨC 4", "level": 3,
             "labels": {"requirement": "Tiêu chí (Khoản %1 %2): %3", "fields": "description strengths weaknesses improvement_plan",
                        "field": "%1. %2:", "self_rating": "%1. Tự đánh giá: %2", "met": "Đạt", "not_met": "Không đạt",
                        "conclusion": "Kết luận đánh giá tiêu chí Mức 4", "all_met": "Nhà trường đạt các tiêu chí Mức 4.",
                        "not_all_met": "Nhà trường chưa đạt các tiêu chí Mức 4.", "none": "Nhà trường không đánh giá tiêu chí Mức 4."}},
        ]},
    ]},
    {"block": "section", "heading": "Phần III. KẾT LUẬN CHUNG", "level": 1, "new_page": True, "parts": [
        {"block": "school_text", "key": "conclusion"},
        {"block": "standard_counts", "columns": ["Tiêu chuẩn", "Tổng số tiêu chí", "Không đạt", "Mức 1", "Mức 2", "Mức 3"],
         "labels": {"standard": "Tiêu chuẩn %1", "count": "%1 (%2%)", "total": "Cộng"}},
        {"block": "school_level", "labels": {"reached": "Trường đạt Mức %1.", "not_reached": "Trường chưa đạt Mức 1."}},
        SIGNATURE_PRINCIPAL,
    ]},
    {"block": "evidence_list", "heading": "Phần IV. PHỤ LỤC", "level": 1, "new_page": True,
     "columns": EVIDENCE_COLUMNS_2018, "cells": ["number", "code", "title", "issue_info", "issuer", "notes"],
     "labels": {"title": "BẢNG DANH MỤC MÃ MINH CHỨNG", "criterion": "Tiêu chí %1"}},
]}

PLAN_2018 = {"id": "plan", "title": "Kế hoạch cải tiến chất lượng", "parts": [
    {"block": "document_header", "landscape": True,
     "labels": {"type": "KẾ HOẠCH", "excerpt": "Cải tiến chất lượng giáo dục năm học %1"}},
    {"block": "plan_table", "heading": "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG THEO TỪNG TIÊU CHÍ",
     "columns": ["TT", "Tiêu chí", "Nội dung cải tiến", "Mục tiêu", "Biện pháp, giải pháp",
                 "Người, bộ phận thực hiện", "Nguồn lực, kinh phí", "Thời gian thực hiện", "Kết quả dự kiến, minh chứng"],
     "cells": ["number", "criterion", "content", "goal", "actions", "owner", "resources", "timeline", "expected_evidence"]},
    SIGNATURE_PRINCIPAL,
]}

REPORT_2026 = {"id": "report", "title": "Báo cáo tự đánh giá", "parts": [
    {"block": "cover", "heading": "BÁO CÁO TỰ ĐÁNH GIÁ", "framed": True, "numbered": False, "labels": COVER_LABELS},
    {"block": "contents", "heading": "MỤC LỤC", "new_page": True, "columns": ["NỘI DUNG", "Trang"], "toc_depth": 3},
    {"block": "section", "heading": "Phần I. TỔNG QUAN", "level": 1, "new_page": True, "parts": [
        {"block": "school_info", "heading": "1. Thông tin chung", "level": 2,
         "columns": ["Số lớp", "Số học sinh", "Tổng số CBQL, GV, NV", "Cán bộ quản lý", "Giáo viên",
                     "Nhân sự hỗ trợ giáo dục"],
         "cells": ["classes.total", "pupils.total", "staff.total", "staff.principals+staff.vice_principals", "staff.teachers", "staff.employees"],
         "labels": {"name": "a) Tên cơ sở giáo dục:", "address": "b) Địa chỉ, thông tin liên hệ:",
                    "authority": "c) Cơ quan quản lý trực tiếp:", "type": "d) Loại hình và cấp học:",
                    "founded": "đ) Năm thành lập:", "size": "e) Quy mô (năm học %1):"}},
        {"block": "section", "heading": "2. Bối cảnh và đặc điểm", "level": 2, "parts": [
            {"block": "school_text", "heading": "a) Điều kiện kinh tế - xã hội địa phương", "key": "local_context"},
            {"block": "school_text", "heading": "b) Thuận lợi", "key": "advantages"},
            {"block": "school_text", "heading": "c) Khó khăn", "key": "difficulties"},
            {"block": "school_text", "heading": "d) Đặc điểm người học", "key": "learners"},
        ]},
        {"block": "section", "heading": "3. Mục đích, phạm vi, thời gian thực hiện tự đánh giá", "level": 2,
         "text": ["Tự đánh giá nhằm xác định mức đạt của cơ sở giáo dục theo các tiêu chuẩn, tiêu chí quy định tại "
                  "Thông tư số 57/2026/TT-BGDĐT; trên cơ sở đó xây dựng kế hoạch cải tiến chất lượng giáo dục.",
                  "Phạm vi tự đánh giá: toàn bộ các tiêu chuẩn, tiêu chí; thời gian thực hiện trong năm học."]},
        {"block": "section", "heading": "4. Quá trình thực hiện tự đánh giá", "level": 2, "parts": [
            {"block": "school_text", "heading": "a) Lập kế hoạch", "key": "process_planning"},
            {"block": "school_text", "heading": "b) Tổ chức thực hiện", "key": "process_execution"},
            {"block": "school_text", "heading": "c) Kiểm tra, phân tích", "key": "process_review"},
            {"block": "school_text", "heading": "d) Tổng hợp và xác nhận kết quả", "key": "process_confirmation"},
        ]},
        {"block": "school_data", "heading": "THÔNG TIN DỮ LIỆU", "level": 2,
         "labels": {"school_year": "Năm học %1", "note": "Ghi chú", "table": "%1. %2"}},
    ]},
    {"block": "section", "heading": "Phần II. TỰ ĐÁNH GIÁ", "level": 1, "new_page": True, "parts": [
        {"block": "standards", "layout": "level_table",
         "columns": ["Mức", "Hiện trạng, kết quả đạt được của tiêu chí đến thời điểm đánh giá (kèm theo mã minh chứng)",
                     "Đánh giá (Đạt/Không đạt)"],
         "labels": dict({"summary_" + k: v for k, v in RESULT_LABELS.items()}, **{
             "standard": "Tiêu chuẩn %1: %2", "criterion": "Tiêu chí %1: %2", "level": "Mức %1:",
             "status": "Mô tả hiện trạng", "level_row": "Mức %1", "status_field": "status_level_%1",
             "opening_fields": "", "closing_fields": "strengths limitations directions",
             "field": "%1. %2", "conclusion": "Đánh giá chung về Tiêu chuẩn %1",
             "summary": "%1. Tổng hợp kết quả đánh giá các tiêu chí của Tiêu chuẩn %2",
             "met": "Đạt", "not_met": "Không đạt"})},
    ]},
    {"block": "section", "heading": "Phần III. KẾT LUẬN", "level": 1, "new_page": True, "parts": [
        {"block": "school_text", "heading": "1. Khái quát chung", "level": 2, "key": "conclusion"},
        {"block": "section", "heading": "2. Tổng hợp kết quả tự đánh giá", "level": 2, "parts": [
            {"block": "results_summary", "heading": "a) Kết quả đánh giá các tiêu chí",
             "labels": dict(RESULT_LABELS, **{"not_met": "Không đạt Mức 1", "total": "Cộng chung"})},
            {"block": "standard_counts", "heading": "b) Tổng hợp theo tiêu chuẩn",
             "columns": ["Tiêu chuẩn", "Tổng số tiêu chí", "Không đạt (SL, %)", "Mức 1 (SL, %)", "Mức 2 (SL, %)"],
             "labels": {"standard": "Tiêu chuẩn %1", "count": "%1 (%2%)", "total": "Cộng chung"}},
        ]},
        {"block": "school_level", "heading": "3. Mức đạt của cơ sở giáo dục", "level": 2,
         "labels": {"reached": "Cơ sở giáo dục đạt Mức %1.", "not_reached": "Cơ sở giáo dục chưa đạt Mức 1."}},
        {"block": "section", "heading": "4. Đề xuất, kiến nghị", "level": 2, "parts": [
            {"block": "school_text", "heading": "a) Đối với Sở Giáo dục và Đào tạo", "key": "proposals_department"},
            {"block": "school_text", "heading": "b) Đối với Ủy ban nhân dân cấp xã", "key": "proposals_commune"},
            {"block": "school_text", "heading": "c) Đối với tổ chức, cá nhân liên quan (nếu có)", "key": "proposals_others"},
        ]},
        {"block": "section", "text": ["Người đứng đầu cơ sở giáo dục chịu trách nhiệm về tính trung thực, chính xác "
                                      "của thông tin, dữ liệu và minh chứng trong báo cáo tự đánh giá."]},
        SIGNATURE_PRINCIPAL,
    ]},
    {"block": "section", "heading": "Phần IV. PHỤ LỤC", "level": 1, "new_page": True, "parts": [
        {"block": "evidence_list", "heading": "1. Danh mục minh chứng", "level": 2,
         "columns": ["TT", "Mã minh chứng", "Tên minh chứng", "Định dạng, vị trí lưu trữ hoặc đường dẫn điện tử", "Ghi chú"],
         "cells": ["number", "code", "title", "location", "notes"], "labels": {}},
        {"block": "council_list", "heading": "2. Danh sách Hội đồng tự đánh giá", "level": 2,
         "columns": ["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ", "Chữ ký"]},
    ]},
]}

PLAN_2026 = {"id": "plan", "title": "Kế hoạch cải tiến chất lượng giáo dục", "parts": [
    {"block": "document_header", "landscape": True,
     "labels": {"type": "KẾ HOẠCH", "excerpt": "Cải tiến chất lượng giáo dục năm học %1"}},
    {"block": "school_info", "heading": "I. THÔNG TIN CHUNG",
     "labels": {"name": "1. Tên cơ sở giáo dục:", "address": "2. Địa chỉ:", "authority": "3. Cơ quan quản lý trực tiếp:",
                "type": "4. Loại hình và cấp học:"}},
    {"block": "school_text", "heading": "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "key": "plan_basis"},
    {"block": "section", "heading": "III. MỤC ĐÍCH, YÊU CẦU",
     "text": ["Kế hoạch tập trung vào các vấn đề trọng tâm cần ưu tiên cải tiến, không dàn trải cho tất cả các tiêu chí.",
              "Mỗi nội dung cải tiến xác định rõ mục tiêu, hoạt động, giải pháp, chỉ số đánh giá kết quả, thời gian, "
              "nguồn lực, đơn vị hoặc cá nhân phụ trách và kết quả cần đạt."]},
    {"block": "plan_issues", "heading": "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
     "columns": ["TT", "Tiêu chuẩn", "Tiêu chí liên quan (nếu có)", "Đánh giá hiện trạng", "Điểm hạn chế",
                 "Nguyên nhân của hạn chế"],
     "cells": ["number", "standard", "criterion", "current_level", "content", "causes"],
     "labels": {"standard": "Tiêu chuẩn %1", "level": "Đạt Mức %1", "not_met": "Không đạt"}},
    {"block": "plan_table", "heading": "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
     "columns": ["TT", "Nội dung cải tiến", "Mục tiêu cải tiến", "Hoạt động/giải pháp", "Chỉ số đánh giá kết quả",
                 "Thời gian thực hiện", "Đơn vị/cá nhân phụ trách", "Nguồn lực bảo đảm",
                 "Thông tin, dữ liệu hoặc minh chứng dự kiến", "Mức độ thực hiện"],
     "cells": ["number", "content", "goal", "actions", "success_indicators", "timeline", "owner", "resources",
               "expected_evidence", "progress"],
     "labels": {"column_numbers": "(%1)"}},
    {"block": "follow_up", "heading": "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)",
     "columns": ["Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện", "Điều chỉnh (nếu có)", "Người đánh giá"],
     "rows": ["Cuối học kỳ I", "Cuối năm học"]},
    {"block": "school_text", "heading": "VII. TỔ CHỨC THỰC HIỆN", "key": "plan_organisation"},
    {"block": "school_text", "heading": "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO", "key": "plan_reporting"},
    SIGNATURE_PRINCIPAL,
]}

REGIME_2018["documents"] = [REPORT_2018, PLAN_2018]
REGIME_2026["documents"] = [REPORT_2026, PLAN_2026]


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
