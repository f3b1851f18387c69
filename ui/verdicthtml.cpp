#include "verdicthtml.h"

#include <QStringList>

namespace Minh::Gui {

QString VerdictHtml::cell(Core::Verdict verdict, const QString &scheme, const QString &subject)
{
    QString label = tr("Not yet judged");
    QString colour = QStringLiteral("#555555");
    switch (verdict) {
    case Core::Verdict::Met:
        label = tr("Met");
        colour = QStringLiteral("#1b6e20");
        break;
    case Core::Verdict::NotMet:
        label = tr("Not met");
        colour = QStringLiteral("#b3261e");
        break;
    case Core::Verdict::NotJudged:
        break;
    }
    QString choices;
    if (!subject.isEmpty()) {
        const QString target = scheme + QLatin1Char(':') + subject;
        choices = QStringLiteral("<br><a href='%1:met'>%2</a> · <a href='%1:notmet'>%3</a> · <a href='%1:none'>%4</a>")
                      .arg(target, escape(tr("Met")), escape(tr("Not met")), escape(tr("Not yet judged")));
    }
    return QStringLiteral("<td style='color:%1'><b>%2</b><small>%3</small></td>").arg(colour, escape(label), choices);
}

QString VerdictHtml::noteCell(const QString &note)
{
    return QStringLiteral("<td style='color:#555555'><b>%1</b></td>").arg(escape(note));
}

std::optional<std::pair<QString, Core::Verdict>> VerdictHtml::parse(const QUrl &link, const QString &scheme)
{
    const QStringList parts = link.toString().split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.at(0) != scheme || parts.at(1).isEmpty()) {
        return std::nullopt;
    }
    const Core::Verdict verdict = parts.at(2) == QStringLiteral("met")      ? Core::Verdict::Met
                                  : parts.at(2) == QStringLiteral("notmet") ? Core::Verdict::NotMet
                                                                            : Core::Verdict::NotJudged;
    return std::make_pair(parts.at(1), verdict);
}

} // namespace Minh::Gui
