#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Minh::Core {

// One part of a printed document's outline, as the regime's template lays it out: a heading, the
// kind of block Minh generates under it (a table of the council, the criteria, …) and the
// Vietnamese wording of that block. All wording is framework data; C++ knows only the block kinds.
struct OutlinePart
{
    QString block;           // kind of generated block; see FORMAT.md ("section" only has text)
    QString heading;
    int level = 0;           // heading level (1 = Phần) listed in the table of contents; 0: not listed
    QString key;             // the school's text or setting the block prints, when it prints one
    QString layout;          // variant of the block, e.g. "indicator_table" or "level_table"
    QStringList text;        // pre-printed paragraphs
    QStringList columns;     // column titles of the block's table
    QStringList cells;       // what each column holds (plan tables), parallel to columns
    QList<QStringList> rows; // fixed rows (abbreviations, follow-up times)
    QMap<QString, QString> labels; // the block's other wording, by key
    bool landscape = false;  // the part starts a section of landscape pages
    bool newPage = false;    // the part starts on a new page
    bool numbered = true;    // its pages carry page numbers (covers do not)
    bool framed = false;     // its pages have a border (the main cover)
    int tocDepth = 0;        // "contents": deepest heading level listed
    QList<OutlinePart> parts;

    QString label(const QString &name) const { return labels.value(name); }
};

// The outline of one printed document of a regime ("report", "plan").
struct DocumentOutline
{
    QString id;
    QString title;
    QList<OutlinePart> parts;
};

} // namespace Minh::Core
