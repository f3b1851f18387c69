#include "outlinereader.h"

#include "frameworkparser.h"

#include <QJsonArray>
#include <QSet>

namespace Minh::Core {

namespace {

using Reader = FrameworkJsonReader;

const QSet<QString> &outlineBlocks()
{
    // The blocks Minh can generate; FORMAT.md describes each.
    static const QSet<QString> blocks{
        QStringLiteral("section"),        QStringLiteral("cover"),           QStringLiteral("council_list"),
        QStringLiteral("contents"),       QStringLiteral("abbreviations"),   QStringLiteral("results_summary"),
        QStringLiteral("extra_summary"),  QStringLiteral("school_level"),    QStringLiteral("school_info"),
        QStringLiteral("school_data"),    QStringLiteral("school_text"),     QStringLiteral("standards"),
        QStringLiteral("extra_requirements"), QStringLiteral("standard_counts"), QStringLiteral("evidence_list"),
        QStringLiteral("signature"),      QStringLiteral("document_header"), QStringLiteral("plan_issues"),
        QStringLiteral("plan_table"),     QStringLiteral("follow_up")};
    return blocks;
}

QList<OutlinePart> readParts(Reader &r, const QJsonObject &o, const QString &key, const QString &path, int depth)
{
    QList<OutlinePart> parts;
    const QJsonArray a = r.array(o, key, path, false);
    if (depth > 6 && !a.isEmpty()) {
        r.fail(FrameworkParser::tr("the parts in “%1” are nested too deeply.").arg(path));
        return parts;
    }
    for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
        const QString p = Reader::at(Reader::join(path, key), i);
        const QJsonObject j = r.object(a.at(i), p,
                                       {"block", "heading", "level", "key", "layout", "text", "columns", "cells", "rows",
                                        "labels", "landscape", "new_page", "numbered", "framed", "toc_depth", "parts"});
        OutlinePart part;
        part.block = r.string(j, QStringLiteral("block"), p);
        if (!r.failed() && !outlineBlocks().contains(part.block)) {
            r.fail(FrameworkParser::tr("“%1” is not a kind of block Minh can print (in “%2”).").arg(part.block, p));
        }
        part.heading = r.string(j, QStringLiteral("heading"), p, false);
        part.level = j.contains(QStringLiteral("level")) ? r.integer(j, QStringLiteral("level"), p, 0, 6) : 0;
        part.key = r.string(j, QStringLiteral("key"), p, false);
        part.layout = r.string(j, QStringLiteral("layout"), p, false);
        part.text = r.strings(j, QStringLiteral("text"), p);
        part.columns = r.strings(j, QStringLiteral("columns"), p);
        part.cells = r.strings(j, QStringLiteral("cells"), p);
        if (!part.cells.isEmpty() && part.cells.size() != part.columns.size()) {
            r.fail(FrameworkParser::tr("“%1” must name what each of its columns holds.").arg(Reader::join(p, QStringLiteral("cells"))));
        }
        const QJsonArray rows = r.array(j, QStringLiteral("rows"), p, false);
        for (qsizetype row = 0; row < rows.size(); ++row) {
            QStringList cells;
            const QJsonValue value = rows.at(row);
            if (value.isString()) {
                cells.append(value.toString());
            } else {
                const QJsonArray rowCells = value.toArray();
                for (const QJsonValue &cell : rowCells) {
                    if (!cell.isString()) {
                        r.fail(FrameworkParser::tr("“%1” must hold texts.").arg(Reader::at(Reader::join(p, QStringLiteral("rows")), row)));
                    }
                    cells.append(cell.toString());
                }
            }
            part.rows.append(cells);
        }
        if (j.contains(QStringLiteral("labels")) && !j.value(QStringLiteral("labels")).isObject()) {
            r.fail(FrameworkParser::tr("“%1” must be an object of texts.").arg(Reader::join(p, QStringLiteral("labels"))));
        } else if (j.contains(QStringLiteral("labels"))) {
            const QJsonObject labels = j.value(QStringLiteral("labels")).toObject();
            for (auto it = labels.begin(); it != labels.end(); ++it) {
                if (!it.value().isString()) {
                    r.fail(FrameworkParser::tr("“%1” must be a text.").arg(Reader::join(Reader::join(p, QStringLiteral("labels")), it.key())));
                }
                part.labels.insert(it.key(), it.value().toString());
            }
        }
        part.landscape = j.contains(QStringLiteral("landscape")) && r.boolean(j, QStringLiteral("landscape"), p);
        part.newPage = j.contains(QStringLiteral("new_page")) && r.boolean(j, QStringLiteral("new_page"), p);
        part.numbered = !j.contains(QStringLiteral("numbered")) || r.boolean(j, QStringLiteral("numbered"), p);
        part.framed = j.contains(QStringLiteral("framed")) && r.boolean(j, QStringLiteral("framed"), p);
        part.tocDepth = j.contains(QStringLiteral("toc_depth")) ? r.integer(j, QStringLiteral("toc_depth"), p, 1, 6) : 0;
        part.parts = readParts(r, j, QStringLiteral("parts"), p, depth + 1);
        parts.append(part);
    }
    return parts;
}

} // namespace

QList<DocumentOutline> OutlineReader::read(Reader &r, const QJsonObject &regime)
{
    QList<DocumentOutline> documents;
    const QString path = QStringLiteral("regime.documents");
    const QJsonArray a = r.array(regime, QStringLiteral("documents"), QStringLiteral("regime"), false);
    QSet<QString> ids;
    for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
        const QString p = Reader::at(path, i);
        const QJsonObject j = r.object(a.at(i), p, {"id", "title", "parts"});
        DocumentOutline document;
        document.id = r.string(j, QStringLiteral("id"), p);
        document.title = r.string(j, QStringLiteral("title"), p);
        if (ids.contains(document.id)) {
            r.fail(FrameworkParser::tr("the document “%1” is listed twice in “%2”.").arg(document.id, path));
        }
        ids.insert(document.id);
        document.parts = readParts(r, j, QStringLiteral("parts"), p, 0);
        documents.append(document);
    }
    return documents;
}


} // namespace Minh::Core
