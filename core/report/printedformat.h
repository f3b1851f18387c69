#pragma once

#include <QTextFormat>

namespace Minh::Core::PrintedFormat {

// Properties builders put on QTextBlockFormat to ask the renderer for page-dependent content,
// which only exists once the pages are laid out.

// An empty block that the renderer replaces with the table of contents: every heading of the
// document (headingLevel 1..TocDepth) with its page number, filled in a second layout pass.
inline constexpr int TocPlaceholder = QTextFormat::UserProperty + 0x4d00;
// QString on the placeholder: the column titles of the table of contents ("NỘI DUNG", "Trang");
// both empty: no header row.
inline constexpr int TocTextColumnTitle = QTextFormat::UserProperty + 0x4d01;
inline constexpr int TocPageColumnTitle = QTextFormat::UserProperty + 0x4d02;
// int on the placeholder: the deepest heading level listed (default 3).
inline constexpr int TocDepth = QTextFormat::UserProperty + 0x4d03;
// bool on a heading: kept with the next block but not listed in the table of contents (titles of
// covers and forms).
inline constexpr int NotInToc = QTextFormat::UserProperty + 0x4d04;
// QString on a heading: the text listed in the table of contents instead of the heading's own.
inline constexpr int TocText = QTextFormat::UserProperty + 0x4d05;
// bool on any block: keep it on the page of the next block, like a heading, without being one
// (labels such as "Nơi nhận:" above their list).
inline constexpr int KeepWithNext = QTextFormat::UserProperty + 0x4d06;
// bool on a table: a block kept with it keeps it whole, so the table moves to the next page
// rather than splitting (the signature block: a title on one page and the names on the next
// cannot be signed).
inline constexpr int KeepTogether = QTextFormat::UserProperty + 0x4d07;

} // namespace Minh::Core::PrintedFormat
