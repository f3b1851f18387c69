#include "odttableofcontents.h"

#include "odtpagestyles.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Minh::Core {

namespace {

// Word joiners around the markers: invisible should one ever stay behind.
const QString TableMarker = QStringLiteral("\u2060MINH-CONTENTS\u2060");

QString entryMarker(int index)
{
    return QStringLiteral("\u2060MINH-CONTENTS-ENTRY-%1\u2060").arg(index);
}

} // namespace

OdtTableOfContents::OdtTableOfContents(PrintedDocumentRenderer::Contents contents)
    : m_contents(std::move(contents))
{}

void OdtTableOfContents::mark(QTextDocument *copy, int section) const
{
    if (m_contents.entries.isEmpty()) {
        return;
    }
    // The table first: the heading markers shift positions, not block numbers.
    if (m_contents.section == section) {
        QTextCursor cursor(copy);
        cursor.setPosition(m_contents.position);
        cursor.insertText(TableMarker);
    }
    for (int i = 0; i < m_contents.entries.size(); ++i) {
        const PrintedDocumentRenderer::Contents::Entry &entry = m_contents.entries.at(i);
        if (entry.section == section) {
            QTextCursor(copy->findBlockByNumber(entry.block)).insertText(entryMarker(i));
        }
    }
}

QString OdtTableOfContents::complete(QString content) const
{
    static const QRegularExpression entryPattern(QStringLiteral("\u2060MINH-CONTENTS-ENTRY-(\\d+)\u2060"));
    QString result;
    result.reserve(content.size() + 100 * m_contents.entries.size());
    qsizetype copied = 0;
    for (auto it = entryPattern.globalMatch(content); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int index = match.captured(1).toInt();
        result += QStringView(content).mid(copied, match.capturedStart() - copied);
        if (index >= 0 && index < m_contents.entries.size()) {
            const PrintedDocumentRenderer::Contents::Entry &entry = m_contents.entries.at(index);
            result += QStringLiteral("<text:toc-mark text:string-value=\"%1\" text:outline-level=\"%2\"/>")
                          .arg(entry.text.toHtmlEscaped(), QString::number(entry.level));
        }
        copied = match.capturedEnd();
    }
    result += QStringView(content).mid(copied);

    // The table is replaced whole; Qt writes a table without nested tables for it.
    const qsizetype at = result.indexOf(TableMarker);
    if (at < 0) {
        return result;
    }
    const QString close = QStringLiteral("</table:table>");
    const qsizetype start = result.lastIndexOf(QStringLiteral("<table:table "), at);
    const qsizetype end = result.indexOf(close, at);
    if (start < 0 || end < 0) {
        return result.remove(TableMarker);
    }
    return result.replace(start, end + close.size() - start, indexXml());
}

QString OdtTableOfContents::indexXml() const
{
    int depth = 1;
    QString body;
    for (const PrintedDocumentRenderer::Contents::Entry &entry : m_contents.entries) {
        depth = std::max(depth, entry.level);
        body += QStringLiteral("<text:p text:style-name=\"%1\">%2<text:tab/>%3</text:p>")
                    .arg(OdtPageStyles::contentsStyle(entry.level), entry.text.toHtmlEscaped(),
                         QString::number(entry.page));
    }
    QString templates;
    for (int level = 1; level <= depth; ++level) {
        templates += QStringLiteral("<text:table-of-content-entry-template text:outline-level=\"%1\" "
                                    "text:style-name=\"%2\"><text:index-entry-text/>"
                                    "<text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/>"
                                    "<text:index-entry-page-number/></text:table-of-content-entry-template>")
                         .arg(level)
                         .arg(OdtPageStyles::contentsStyle(level));
    }
    QString title;
    if (!m_contents.textTitle.isEmpty() || !m_contents.pageTitle.isEmpty()) {
        title = QStringLiteral("<text:p text:style-name=\"%1\">%2<text:tab/>%3</text:p>")
                    .arg(OdtPageStyles::contentsTitleStyle(), m_contents.textTitle.toHtmlEscaped(),
                         m_contents.pageTitle.toHtmlEscaped());
    }
    // Only the index marks are listed: the outline would also bring the titles of covers and forms.
    // The empty title template keeps LibreOffice from adding its own title when it updates.
    return title +
           QStringLiteral("<text:table-of-content text:name=\"MinhContents\" text:protected=\"true\">"
                          "<text:table-of-content-source text:outline-level=\"%1\" text:use-outline-level=\"false\" "
                          "text:use-index-marks=\"true\"><text:index-title-template/>%2</text:table-of-content-source>"
                          "<text:index-body>%3</text:index-body></text:table-of-content>")
               .arg(QString::number(depth), templates, body);
}

} // namespace Minh::Core
