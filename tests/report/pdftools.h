#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// The real PDF and ODT tools (poppler-utils, unzip) that check what Minh wrote.
namespace PdfTools {

inline QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline QString text(const QString &pdf, int first = 0, int last = 0, bool layout = false)
{
    QStringList arguments;
    if (first > 0) {
        arguments << QStringLiteral("-f") << QString::number(first);
    }
    if (last > 0) {
        arguments << QStringLiteral("-l") << QString::number(last);
    }
    if (layout) {
        arguments << QStringLiteral("-layout");
    }
    arguments << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments);
}

// The text of the page bodies only: below the 20 mm top margin, where the page numbers are and
// where the renderer's PDF carries, clipped and invisible, the last line of the page before (see
// PrintedDocumentRenderer::paintPage). Points at 72 dpi; wide enough for landscape pages.
inline QString bodyText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-x"), QStringLiteral("0"),
                                             QStringLiteral("-y"), QStringLiteral("56"), QStringLiteral("-W"), QStringLiteral("900"),
                                             QStringLiteral("-H"), QStringLiteral("730"), pdf, QStringLiteral("-")});
}

// Page texts in order, split on the form feed pdftotext puts after each page.
inline QStringList pages(const QString &pdf)
{
    QStringList result = text(pdf).split(QChar(u'\f'));
    if (!result.isEmpty() && result.last().trimmed().isEmpty()) {
        result.removeLast();
    }
    return result;
}

// "Page    3 size: 841.89 x 595.276 pts (A4)" → true when wider than high.
inline QList<bool> landscapePages(const QString &pdf, int count)
{
    const QString info = run(QStringLiteral("pdfinfo"),
                             {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QString::number(count), pdf});
    QList<bool> result;
    static const QRegularExpression size(QStringLiteral("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+)"));
    auto it = size.globalMatch(info);
    while (it.hasNext()) {
        const auto match = it.next();
        result.append(match.captured(1).toDouble() > match.captured(2).toDouble());
    }
    return result;
}

inline int pageCount(const QString &pdf)
{
    static const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
    return pagesLine.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

// The font rows of pdffonts: {name, embedded}.
inline QList<QPair<QString, bool>> fonts(const QString &pdf)
{
    QList<QPair<QString, bool>> result;
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    for (int i = 2; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() >= 5) {
            // name type [encoding words…] emb sub uni object ID: "emb" is 5th from the end.
            result.append({fields.first(), fields.at(fields.size() - 5) == QLatin1String("yes")});
        }
    }
    return result;
}

// A part of an ODT: content.xml, styles.xml…
inline QString odtContent(const QString &odt, const QString &part = QStringLiteral("content.xml"))
{
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, part});
}

inline QString lastLine(const QString &page)
{
    QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty()) {
        lines.removeLast();
    }
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

} // namespace PdfTools
